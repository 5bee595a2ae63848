// The axis: positions run from −100 (product-centric) to +100 (customer-centric), 0 = balanced.
// Pure maps between a position and a fraction of the track's width, and the words for a place.

export const AXIS_MIN = -100;
export const AXIS_MAX = 100;
export const AXIS_TICKS = [-100, -50, 0, 50, 100] as const;

/** Where `position` sits across the track: 0 at the product pole, 1 at the customer pole. */
export function positionToFraction(position: number): number {
  return (position - AXIS_MIN) / (AXIS_MAX - AXIS_MIN);
}

/** The position at `fraction` of the track's width, not rounded, not clamped. */
export function fractionToPosition(fraction: number): number {
  return AXIS_MIN + fraction * (AXIS_MAX - AXIS_MIN);
}

/** Keeps a value the pointer produced on the axis. Only for pointer input, never typed values. */
export function clampToAxis(position: number): number {
  return Math.min(AXIS_MAX, Math.max(AXIS_MIN, position));
}

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * The position under a pointer at `clientX` over a track whose box starts at `left` and is
 * `width` wide: clamped to the axis and rounded to a whole step.
 */
export function pointerToPosition(clientX: number, left: number, width: number): number {
  if (width <= 0) return 0;
  return Math.round(clampToAxis(fractionToPosition((clientX - left) / width)));
}

/** "+70", "-40", "0": the sign always shown, so a projector reads it at a glance; the core's
 *  formatter (model/figures.rs), checked against it over shared cases in axis.test.ts. */
export function formatPosition(position: number): string {
  // Halves away from zero, as the core rounds (Math.round takes −2.5 to −2).
  const rounded = (Math.sign(position) * Math.round(Math.abs(position) * 10)) / 10;
  if (rounded === 0) return "0";
  return rounded > 0 ? `+${rounded}` : `${rounded}`;
}

/** The same figure with a real minus sign, for display text (not for aria values). */
export function displayPosition(position: number): string {
  return formatPosition(position).replace("-", "\u2212");
}

/** Which pole a position leans to. */
export function poleWord(position: number): "product-centric" | "customer-centric" | "balanced" {
  if (position > 0) return "customer-centric";
  if (position < 0) return "product-centric";
  return "balanced";
}

/** What a screen reader says for a card: "+70, customer-centric, Marketing strategy". */
export function cardValueText(position: number, areaName: string): string {
  return `${formatPosition(position)}, ${poleWord(position)}, ${areaName}`;
}

/** What a screen reader says for an area's target marker. */
export function targetValueText(target: number | null, areaName: string): string {
  if (target === null) return `no target set, ${areaName}`;
  return `target ${formatPosition(target)}, ${poleWord(target)}, ${areaName}`;
}
