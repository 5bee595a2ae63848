// The home screen's lists: a file is shown once, in the library when it is there.

import type { LibraryEntry_Serialize as LibraryEntry } from "../bindings";

/** The recent files that are not already listed as library canvases (same path). */
export function recentOutsideLibrary(recent: LibraryEntry[], canvases: LibraryEntry[]): LibraryEntry[] {
  const inLibrary = new Set(canvases.map((entry) => entry.path));
  return recent.filter((entry) => !inLibrary.has(entry.path));
}
