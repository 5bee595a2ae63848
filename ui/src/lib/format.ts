// Small display formats for the home screen and the panel.

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "12 Nov 2026, 14:05" in the user's locale; the raw text when it is not a date. */
export function formatUpdated(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** Tags typed as "a, b ,c" → ["a", "b", "c"], blanks dropped. */
export function parseTags(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
}

/**
 * A typed number field: "" → null (no value), a number → that number unchanged (the core judges
 * its range), anything else → undefined (not a number at all).
 */
export function parseOptionalNumber(text: string): number | null | undefined {
  const trimmed = text.trim().replace("\u2212", "-");
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}
