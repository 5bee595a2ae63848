import { describe, expect, test } from "vitest";
import { readingOrder } from "./tab-order";

const card = (id: string, title: string, position: number) => ({ id, title, position });

describe("a lane's reading order", () => {
  test("is left to right along the axis, whatever order the cards arrived in", () => {
    const lane = [card("a", "Best-in-class hardware", -70), card("b", "Whole-journey experience", 45), card("c", "Service bundles", 20)];
    expect(readingOrder(lane).map((c) => c.title)).toEqual(["Best-in-class hardware", "Service bundles", "Whole-journey experience"]);
    // The list given is not reordered in place.
    expect(lane.map((c) => c.id)).toEqual(["a", "b", "c"]);
  });

  test("cards at one place read by title, then by id, as the core orders them", () => {
    const lane = [card("2", "Same place", 10), card("9", "Another", 10), card("1", "Same place", 10), card("5", "Right", 12.5)];
    expect(readingOrder(lane).map((c) => c.id)).toEqual(["9", "1", "2", "5"]);
  });

  test("titles compare by code point, as the core's strings do (not by UTF-16 unit)", () => {
    // U+FF21 (one UTF-16 unit, 0xFF21) comes before U+1F600 (a surrogate pair starting 0xD83D) by code
    // point; JavaScript's own comparison puts the pair first.
    const lane = [card("a", "\u{1F600}", 0), card("b", "\uFF21", 0)];
    expect(readingOrder(lane).map((c) => c.id)).toEqual(["b", "a"]);
  });

  test("−0 reads before +0, as f64::total_cmp has it", () => {
    expect(readingOrder([card("a", "x", 0), card("b", "x", -0)]).map((c) => c.id)).toEqual(["b", "a"]);
  });
});
