// Keyboard moves of a card or a target marker: one key press = one step = one operation.

import { AXIS_MAX, AXIS_MIN } from "./axis";

export const SMALL_STEP = 5;
export const LARGE_STEP = 20;

export interface KeyPress {
  key: string;
  shiftKey: boolean;
}

/**
 * The new position a key press asks for, or null when the key is not a move. Stays on the axis:
 * at a pole, a step further gives the pole itself (and the caller sees that nothing changes).
 */
export function keyToPosition(press: KeyPress, position: number): number | null {
  const step = press.shiftKey ? LARGE_STEP : SMALL_STEP;
  let next: number;
  switch (press.key) {
    case "ArrowRight":
    case "ArrowUp":
      next = position + step;
      break;
    case "ArrowLeft":
    case "ArrowDown":
      next = position - step;
      break;
    case "PageUp":
      next = position + LARGE_STEP;
      break;
    case "PageDown":
      next = position - LARGE_STEP;
      break;
    case "Home":
      next = AXIS_MIN;
      break;
    case "End":
      next = AXIS_MAX;
      break;
    default:
      return null;
  }
  return Math.min(AXIS_MAX, Math.max(AXIS_MIN, next));
}

/** Moving a selection by a key: every card moves by the focused card's change, kept on the axis. */
export function shiftPositions(positions: number[], delta: number): number[] {
  return positions.map((p) => Math.min(AXIS_MAX, Math.max(AXIS_MIN, p + delta)));
}

/** Whether the platform's command modifier is down (Cmd on macOS, Ctrl elsewhere). */
export function commandKey(event: { ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.ctrlKey || event.metaKey;
}

export type Shortcut = "undo" | "redo" | null;

/** Ctrl/Cmd+Z = undo; Ctrl/Cmd+Shift+Z and Ctrl+Y = redo. */
export function shortcutFor(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): Shortcut {
  if (!commandKey(event) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && !event.shiftKey) return "redo";
  return null;
}

export type ZoomShortcut = "in" | "out" | "actual-size" | null;

/**
 * The usual zoom keys: Ctrl/Cmd with "+" or "=" zooms in (one key on most layouts, with or without
 * Shift), with "-" out, with "0" back to 100 %. The numeric keypad's keys give the same `key`.
 */
export function zoomShortcutFor(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): ZoomShortcut {
  if (!commandKey(event) || event.altKey) return null;
  switch (event.key) {
    case "+":
    case "=":
      return "in";
    case "-":
    case "_":
      return "out";
    case "0":
      return "actual-size";
    default:
      return null;
  }
}
