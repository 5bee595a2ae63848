import { describe, expect, it } from "vitest";
import { RANKING_CASE } from "./core-rules";
import { voteRanking } from "./offsite";

describe("the mock's vote ranking", () => {
  it("ranks the core's voted canvas as the core does, ties included", () => {
    const votes = RANKING_CASE.cards.map((card) => card.votes);
    expect(new Set(votes).size).toBeLessThan(votes.filter((v) => v > 0).length);
    expect(voteRanking(RANKING_CASE.areas, RANKING_CASE.cards)).toEqual(RANKING_CASE.ranking);
  });
});
