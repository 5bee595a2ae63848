// Where a note hung on an element fits: lanes contain their paint (content-visibility), so a note
// that runs past its lane's edge is cut off rather than drawn over the next lane.

/** The nearest ancestor that cuts off what its children draw outside it. */
function clippingAncestor(element: Element): Element | null {
  for (let at = element.parentElement; at; at = at.parentElement) {
    const style = getComputedStyle(at);
    const contain = style.getPropertyValue("contain");
    if (style.getPropertyValue("content-visibility") === "auto" || /paint|strict|content/.test(contain)) return at;
    if (style.overflowX !== "visible" || style.overflowY !== "visible") return at;
  }
  return null;
}

/** Whether a note `height` px tall (plus `gap`) fits under `anchor` worse than over it. */
export function fitsBetterAbove(anchor: Element, height: number, gap: number): boolean {
  const box = anchor.getBoundingClientRect();
  const clip = clippingAncestor(anchor)?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
  const below = clip.bottom - box.bottom;
  const above = box.top - clip.top;
  return below < height + gap && above > below;
}
