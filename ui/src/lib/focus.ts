// Where the keyboard goes when what it was on goes away. One rule for every dialog, panel and
// popover (the control that opened it gets the focus back when it closes), one for a focused
// control that disappears, is re-made or becomes disabled (its neighbour gets the focus), and
// the Tab trap of a modal view. Without them the focus falls to <body>, and a keyboard or screen
// reader user is thrown back to the top of the page.

const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex], [contenteditable="true"]';

/** Whether the keyboard can reach `element` now: enabled, shown, not inert, and in Tab order
 *  (`tabOrder`), or focusable by script at least (the opener of a panel may be either). */
export function canFocus(element: Element, tabOrder = true): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.isConnected || !element.matches(FOCUSABLE)) return false;
  if (element.matches(":disabled") || element.closest("[inert]") !== null) return false;
  if (tabOrder && element.tabIndex < 0) return false;
  return element.getClientRects().length > 0;
}

/** The controls inside `root` that Tab reaches, in document order. */
export function tabbables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll(FOCUSABLE)].filter((element) => canFocus(element));
}

/** A focused control's place, kept so that its neighbour can still be found once it is gone. */
interface Place {
  element: HTMLElement;
  /** From the control up to <body>: each ancestor and the index, among its children, of the
   *  child on the way down (where the control was, once that child is removed). */
  path: { parent: Element; index: number }[];
  /** What makes a re-made copy of the control the same control: its kind and its name. */
  likeness: string;
}

function likenessOf(element: HTMLElement): string {
  const input = element as HTMLInputElement;
  const label = element.getAttribute("aria-label") ?? input.labels?.[0]?.textContent ?? element.textContent ?? "";
  return `${element.tagName} ${input.type ?? ""} ${label.replace(/\s+/g, " ").trim()}`;
}

function placeOf(element: HTMLElement): Place {
  const path: Place["path"] = [];
  for (let child: Element = element, parent = element.parentElement; parent; child = parent, parent = parent.parentElement) {
    path.push({ parent, index: Array.prototype.indexOf.call(parent.children, child) });
    if (parent === document.body) break;
  }
  return { element, path, likeness: likenessOf(element) };
}

/** Where the keyboard goes instead of `place`'s control: the same control re-made if there is
 *  one, else the next control after where it was (the one before when it was last), looked for
 *  in the nearest part of the page still shown, then further out. */
function neighbourOf(place: Place): HTMLElement | null {
  const { element, path } = place;
  const shown = path.findIndex(({ parent }) => parent.isConnected);
  if (shown === -1) return null;
  const others = (root: Element) => tabbables(root).filter((candidate) => candidate !== element);
  const same = others(path[shown]?.parent ?? document.body).find((candidate) => likenessOf(candidate) === place.likeness);
  if (same) return same;
  for (const { parent, index } of path.slice(shown)) {
    const candidates = others(parent);
    // Where the control was: itself while still in the page, else what now stands at its index.
    const at = element.isConnected ? element : (parent.children[index] ?? null);
    const after = at ? candidates.find((candidate) => candidate === at || at.contains(candidate) || follows(at, candidate)) : undefined;
    const found = after ?? candidates.at(-1);
    if (found) return found;
  }
  return null;
}

function follows(reference: Element, other: Element): boolean {
  return (reference.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/** Where the keyboard was when a dialog, panel or popover opened, to give it back when it closes. */
export interface FocusOrigin {
  /** Puts the focus back on the opener (or, if it is gone or disabled, on its neighbour), unless
   *  the user has put it somewhere else meanwhile: only when it is lost or still inside `closing`. */
  restore(closing?: Element | null): void;
}

export function focusOrigin(): FocusOrigin {
  const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  const place = opener ? placeOf(opener) : null;
  return {
    restore(closing) {
      const active = document.activeElement;
      if (!place || !(focusLost() || (closing && active && closing.contains(active)))) return;
      const target = canFocus(place.element, false) ? place.element : neighbourOf(place);
      target?.focus();
    },
  };
}

/** Keeps Tab and Shift+Tab inside `container` (a modal view), going round from the last control
 *  to the first. Returns whether it handled the key. */
export function trapTab(event: KeyboardEvent, container: HTMLElement): boolean {
  if (event.key !== "Tab" || event.ctrlKey || event.altKey || event.metaKey) return false;
  const controls = tabbables(container);
  const at = controls.indexOf(document.activeElement as HTMLElement);
  const next = event.shiftKey ? (at <= 0 ? controls.at(-1) : controls[at - 1]) : at === -1 || at === controls.length - 1 ? controls[0] : controls[at + 1];
  event.preventDefault();
  (next ?? container).focus();
  return true;
}

/**
 * Watches the page for a focused control that the page takes away: moved (a list re-ordered), re-
 * made, removed, or disabled, hidden or made inert. A moved control keeps the focus; otherwise its
 * neighbour gets it, once whatever removed it had its chance to put the focus somewhere itself.
 * Nothing is done when the user left the control (a click elsewhere). Returns the way to stop.
 */
export function watchFocus(): () => void {
  let last: Place | null = null;
  const onfocusin = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement) last = placeOf(event.target);
  };
  // A press elsewhere is the user leaving the control: where it goes later is no longer ours.
  const onpointerdown = (event: PointerEvent) => {
    if (last && !(event.target instanceof Node && last.element.contains(event.target))) last = null;
  };
  const observer = new MutationObserver((records) => {
    const lost = last;
    if (!lost) return;
    const { element } = lost;
    // A disabled control may keep the focus until the browser next updates the page.
    const gone = () => focusLost() || (document.activeElement === element && !canFocus(element, false));
    if (!gone()) return;
    const touched = records.some((record) =>
      record.type === "attributes" ? record.target.contains(element) : [...record.removedNodes].some((node) => node.contains(element)),
    );
    if (!touched) return;
    if (canFocus(element, false)) {
      // Taken out and put back in another place (a keyed list re-ordered): still the same control.
      element.focus({ preventScroll: true });
      return;
    }
    setTimeout(() => {
      if (last !== lost || !gone() || canFocus(element, false)) return;
      neighbourOf(lost)?.focus();
    }, 0);
  });
  document.addEventListener("focusin", onfocusin);
  document.addEventListener("pointerdown", onpointerdown, true);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["disabled", "hidden", "inert"] });
  return () => {
    document.removeEventListener("focusin", onfocusin);
    document.removeEventListener("pointerdown", onpointerdown, true);
    observer.disconnect();
  };
}

/**
 * A side panel beside the board, for `{@attach}`: it takes the focus when it opens (unless what
 * it shows took it already), Escape inside it closes it (unless something in it used that
 * Escape), and once it is closed the keyboard goes back to the control that opened it. Made when
 * the panel's component starts, before its content can move the focus.
 */
export function sidePanel(close: () => void): (panel: HTMLElement) => () => void {
  const origin = focusOrigin();
  return (panel) => {
    // After the panel's content has run its own effects (a form may focus its first field).
    void Promise.resolve().then(() => {
      if (panel.isConnected && !panel.contains(document.activeElement)) panel.focus({ preventScroll: true });
    });
    // On the window, after the panel's own handlers (Svelte's are delegated to the app's root):
    // one that stopped the key or used it keeps the panel open.
    const onkeydown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (!(event.target instanceof Node && panel.contains(event.target))) return;
      event.preventDefault();
      close();
    };
    window.addEventListener("keydown", onkeydown);
    return () => {
      window.removeEventListener("keydown", onkeydown);
      origin.restore(panel);
    };
  };
}
