import { describe, expect, it } from "vitest";
import { LOG_CASES } from "./core-rules";
import { addAction, moveAction } from "./offsite";

describe("the mock's decision log", () => {
  it("words adds and moves as the core does", () => {
    expect(LOG_CASES.some((c) => c.kind === "add")).toBe(true);
    expect(LOG_CASES.filter((c) => c.kind === "move").length).toBeGreaterThan(3);
    for (const c of LOG_CASES) {
      const words = c.kind === "add" ? addAction(c.to, c.to_area) : moveAction(c.from_area ?? "", c.from ?? 0, c.to_area, c.to);
      expect(words).toBe(c.action);
    }
  });
});
