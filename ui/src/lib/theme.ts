// The theme the user chose: the system's (prefers-color-scheme), or always light or dark.

export type ThemeChoice = "system" | "light" | "dark";

export const THEME_CHOICES: { id: ThemeChoice; label: string }[] = [
  { id: "system", label: "System" },
  { id: "light", label: "Light" },
  { id: "dark", label: "Dark" },
];

/** What was stored, or "system" for nothing or anything unknown (an older or edited value). */
export function parseThemeChoice(stored: string | null): ThemeChoice {
  return THEME_CHOICES.some((choice) => choice.id === stored) ? (stored as ThemeChoice) : "system";
}
