import { describe, expect, test } from "vitest";
import { ACTUAL_SIZE, MAX_ZOOM, MIN_ZOOM, READABLE_ZOOM, fitWidthZoom, openingZoom, scrollForZoom, wheelZoom, zoomIn, zoomOut } from "./zoom";

describe("zoom", () => {
  test("steps in and out within bounds", () => {
    expect(zoomIn(1)).toBe(1.2);
    expect(zoomOut(1.2)).toBe(1);
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM);
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM);
  });

  test("the wheel zooms in on a negative delta", () => {
    expect(wheelZoom(1, -100)).toBeGreaterThan(1);
    expect(wheelZoom(1, 100)).toBeLessThan(1);
  });

  test("fit fills the width, whatever the board's height", () => {
    expect(fitWidthZoom(1184, 1480)).toBe(0.8);
    expect(fitWidthZoom(1332, 1480)).toBe(0.9);
    expect(fitWidthZoom(1000, 1480)).toBe(0.67); // rounded down, so the board never overflows
    expect(fitWidthZoom(5000, 1000)).toBe(1.5);
  });

  test("fit stops at a readable zoom in a narrow window", () => {
    expect(fitWidthZoom(400, 1480)).toBe(READABLE_ZOOM);
    expect(READABLE_ZOOM).toBeGreaterThan(MIN_ZOOM);
  });

  test("a canvas opens fitted when that is readable, else at 100 % (a page zoomed to 200 %)", () => {
    expect(openingZoom(1392, 1480)).toBe(fitWidthZoom(1392, 1480));
    expect(openingZoom(976, 1480)).toBe(0.65);
    // 720 CSS pixels wide: fitting would need 0.45, shrinking the text the reader enlarged.
    expect(openingZoom(672, 1480)).toBe(ACTUAL_SIZE);
  });

  test("the point under the pointer stays put", () => {
    // Board point at 300 (scroll 100 + pointer 200) at zoom 1 is at 600 at zoom 2.
    expect(scrollForZoom(100, 200, 1, 2)).toBe(400);
    expect(scrollForZoom(0, 10, 2, 1)).toBe(0);
  });
});
