// The countdown every device shows. The host sends what is left when it sends a view; each page
// counts down from the moment that view arrived, so clocks need not agree.

/** "04:59" from milliseconds left: whole seconds rounded up, so 0:00 means the time is up. */
export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${two(minutes)}:${two(rest)}`;
}

/** Milliseconds left at `now`, given `remainingMs` as of `receivedAt` (both performance.now()). */
export function remainingAt(remainingMs: number, receivedAt: number, now: number): number {
  return Math.max(0, remainingMs - (now - receivedAt));
}

/** Seconds for a timer of `minutes`, or null when that is no positive whole number of seconds
 *  the wire can carry (the host itself refuses timers that are too long, naming its limit). */
export function minutesToSeconds(minutes: number): number | null {
  if (!Number.isFinite(minutes)) return null;
  const seconds = Math.round(minutes * 60);
  return seconds >= 1 && seconds <= 0xffff_ffff ? seconds : null;
}
