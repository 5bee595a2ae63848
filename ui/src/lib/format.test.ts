import { describe, expect, test } from "vitest";
import { formatUpdated, parseOptionalNumber, parseTags, plural } from "./format";

describe("formats", () => {
  test("plural", () => {
    expect(plural(1, "area", "areas")).toBe("1 area");
    expect(plural(3, "area", "areas")).toBe("3 areas");
  });

  test("tags", () => {
    expect(parseTags(" priority, q3 ,, ")).toEqual(["priority", "q3"]);
  });

  test("a typed number is kept as typed, out of range included", () => {
    expect(parseOptionalNumber("")).toBeNull();
    expect(parseOptionalNumber(" 40 ")).toBe(40);
    expect(parseOptionalNumber("\u221240")).toBe(-40);
    expect(parseOptionalNumber("150")).toBe(150);
    expect(parseOptionalNumber("abc")).toBeUndefined();
  });

  test("dates", () => {
    expect(formatUpdated("not a date")).toBe("not a date");
    expect(formatUpdated("2026-11-20T09:00:00Z", "en-GB")).toMatch(/20 Nov 2026/);
  });
});
