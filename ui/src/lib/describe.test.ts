import { describe, expect, test } from "vitest";
import { cardDescription } from "./describe";

const card = { owner: "Ana", status: "active" as const, impact: 3, target: -20, votes: 0 };

describe("a card's description for a screen reader", () => {
  test("names its owner, status, impact and target", () => {
    expect(cardDescription(card, false)).toBe("owner Ana, status active, impact high, target -20");
  });

  test("leaves out an owner and a target it does not have", () => {
    expect(cardDescription({ ...card, owner: " ", target: null, impact: 1 }, false)).toBe("status active, impact low");
  });

  test("counts its votes, and says when the search leaves it out", () => {
    expect(cardDescription({ ...card, votes: 1 }, true)).toBe("owner Ana, status active, impact high, target -20, 1 vote, not matching the filter");
    expect(cardDescription({ ...card, votes: 5, impact: 2 }, false)).toContain("impact medium, target -20, 5 votes");
  });
});
