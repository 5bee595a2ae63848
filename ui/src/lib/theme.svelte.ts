// The chosen theme, kept in localStorage (it persists in the app's webview) and shown as
// `data-theme` on the root element; without it the stylesheet follows the system.

import { parseThemeChoice, type ThemeChoice } from "./theme";

const STORAGE_KEY = "stratmap.theme";

function readStored(): ThemeChoice {
  try {
    return parseThemeChoice(localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage refused (a locked-down webview): the system's theme, as before there was a choice.
    return "system";
  }
}

/** Sets the root element's attribute; called before the first render so no other theme flashes. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === "system") delete root.dataset.theme;
  else root.dataset.theme = choice;
}

class Theme {
  choice = $state<ThemeChoice>(readStored());

  choose(choice: ThemeChoice): void {
    this.choice = choice;
    applyTheme(choice);
    try {
      localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Not remembered, but applied for this session.
    }
  }
}

export const theme = new Theme();
