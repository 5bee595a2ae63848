import { describe, expect, test } from "vitest";
import { matches, parseQuery } from "./filter";

const card = {
  title: "Customer success team",
  notes: "Feeds insights to product",
  owner: "Ana Souza",
  status: "planned" as const,
  tags: ["priority", "q3"],
};

describe("search", () => {
  test("parses words and field terms", () => {
    expect(parseQuery("  success  owner:Ana status:act tag: ")).toEqual([
      { field: "any", text: "success" },
      { field: "owner", text: "ana" },
      { field: "status", text: "act" },
    ]);
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
  ])("%s → %s", (query, expected) => {
    expect(matches(card, parseQuery(query))).toBe(expected);
  });
});
