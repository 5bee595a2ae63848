// The host speaks a newer protocol than this page: load the page again (the host serves the
// matching one). Twice within a few seconds would be a loop, so the second time the page asks.

const KEY = "stratmap-live-reloaded-at";
const LOOP_MS = 10_000;

/** Reloads, or returns false when the page reloaded a moment ago already. */
export function reloadPage(): boolean {
  let last = 0;
  try {
    last = Number(sessionStorage.getItem(KEY) ?? 0);
    sessionStorage.setItem(KEY, String(Date.now()));
  } catch {
    // No storage (private mode): reload anyway.
  }
  if (Date.now() - last < LOOP_MS) return false;
  location.reload();
  return true;
}

export const OUT_OF_DATE = "This page is out of date and reloading did not help: close it and open the link again.";
