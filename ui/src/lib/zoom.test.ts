import { describe, expect, test } from "vitest";
import { MAX_ZOOM, MIN_ZOOM, fitWidthZoom, fitZoom, scrollForZoom, wheelZoom, zoomIn, zoomOut } from "./zoom";

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

  test("fit shows the whole board", () => {
    expect(fitZoom({ width: 1000, height: 500 }, { width: 2000, height: 500 })).toBe(0.5);
    expect(fitZoom({ width: 1000, height: 500 }, { width: 1000, height: 1000 })).toBe(0.5);
    expect(fitZoom({ width: 5000, height: 5000 }, { width: 1000, height: 1000 })).toBe(1.5);
    expect(fitWidthZoom(740, 1480)).toBe(0.5);
  });

  test("the point under the pointer stays put", () => {
    // Board point at 300 (scroll 100 + pointer 200) at zoom 1 is at 600 at zoom 2.
    expect(scrollForZoom(100, 200, 1, 2)).toBe(400);
    expect(scrollForZoom(0, 10, 2, 1)).toBe(0);
  });
});
