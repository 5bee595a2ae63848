import { describe, expect, test } from "vitest";
import { keyToPosition, shiftPositions, shortcutFor, zoomShortcutFor } from "./keyboard";

describe("a key press on a card", () => {
  test.each([
    ["ArrowRight", false, 10, 15],
    ["ArrowLeft", false, 10, 5],
    ["ArrowRight", true, 10, 30],
    ["ArrowLeft", true, 10, -10],
    ["ArrowUp", false, 0, 5],
    ["ArrowDown", true, 0, -20],
    ["PageUp", false, 0, 20],
    ["PageDown", false, 0, -20],
    ["Home", false, 35, -100],
    ["End", false, 35, 100],
    ["ArrowRight", false, 98, 100], // the step stops at the pole
    ["ArrowLeft", true, -90, -100],
  ])("%s (shift %s) from %d → %d", (key, shiftKey, from, to) => {
    expect(keyToPosition({ key, shiftKey }, from)).toBe(to);
  });

  test.each(["Enter", "a", "Tab", " "])("%s is not a move", (key) => {
    expect(keyToPosition({ key, shiftKey: false }, 0)).toBeNull();
  });

  test("a selection moves together and stays on the axis", () => {
    expect(shiftPositions([-10, 90], 20)).toEqual([10, 100]);
  });
});

describe("undo and redo shortcuts", () => {
  const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...mods,
  });

  test.each([
    [press("z", { ctrlKey: true }), "undo"],
    [press("z", { metaKey: true }), "undo"],
    [press("Z", { ctrlKey: true, shiftKey: true }), "redo"],
    [press("z", { metaKey: true, shiftKey: true }), "redo"],
    [press("y", { ctrlKey: true }), "redo"],
    [press("z", {}), null],
    [press("z", { ctrlKey: true, altKey: true }), null],
    [press("x", { ctrlKey: true }), null],
  ])("%o → %s", (event, shortcut) => {
    expect(shortcutFor(event)).toBe(shortcut);
  });
});

describe("zoom shortcuts", () => {
  const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }>) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });

  test.each([
    [press("=", { ctrlKey: true }), "in"],
    [press("+", { ctrlKey: true }), "in"],
    [press("+", { metaKey: true }), "in"],
    [press("-", { ctrlKey: true }), "out"],
    [press("_", { ctrlKey: true }), "out"],
    [press("-", { metaKey: true }), "out"],
    [press("0", { ctrlKey: true }), "actual-size"],
    [press("0", { metaKey: true }), "actual-size"],
    [press("=", {}), null],
    [press("-", {}), null],
    [press("0", {}), null],
    [press("0", { ctrlKey: true, altKey: true }), null],
    [press("z", { ctrlKey: true }), null],
  ])("%o → %s", (event, shortcut) => {
    expect(zoomShortcutFor(event)).toBe(shortcut);
  });

  test("undo and redo keys are not zoom keys, nor zoom keys undo", () => {
    expect(zoomShortcutFor(press("z", { ctrlKey: true }))).toBeNull();
    expect(shortcutFor({ ...press("=", { ctrlKey: true }), shiftKey: false })).toBeNull();
    expect(shortcutFor({ ...press("0", { ctrlKey: true }), shiftKey: false })).toBeNull();
  });
});
