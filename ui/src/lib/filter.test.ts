import { describe, expect, test } from "vitest";
import { matches, parseQuery } from "./filter";

const card = {
  title: "Customer success team",
  notes: "Feeds insights to product",
  owner: "Ana Souza",
  status: "planned" as const,
  tags: ["priority", "q3"],
  votes: 3,
};

describe("search", () => {
  test("parses words and field terms", () => {
    expect(parseQuery("  success  owner:Ana status:act tag: ")).toEqual([
      { field: "any", text: "success" },
      { field: "owner", text: "ana" },
      { field: "status", text: "act" },
    ]);
  });

  test("votes:N takes a whole number; anything else is an ordinary word", () => {
    expect(parseQuery("votes:02 votes:two votes:")).toEqual([
      { field: "votes", text: "2" },
      { field: "any", text: "votes:two" },
    ]);
  });

  test("votes:N means at least N votes", () => {
    expect(matches({ ...card, votes: 0 }, parseQuery("votes:1"))).toBe(false);
    expect(matches({ ...card, votes: 1 }, parseQuery("votes:1"))).toBe(true);
    expect(matches({ ...card, votes: 12 }, parseQuery("votes:2"))).toBe(true);
  });

  test.each([
    ["", true],
    ["success", true],
    ["SUCCESS team", true],
    ["insights", true],
    ["souza", true],
    ["planned", true],
    ["q3", true],
    ["owner:ana", true],
    ["owner:marc", false],
    ["status:plan", true],
    ["status:active", false],
    ["tag:prio", true],
    ["tag:q4", false],
    ["success marketing", false],
    ["votes:0", true],
    ["votes:3", true],
    ["votes:4", false],
    ["VOTES:2 owner:ana", true],
    ["votes:2 owner:marc", false],
  ])("%s → %s", (query, expected) => {
    expect(matches(card, parseQuery(query))).toBe(expected);
  });
});
