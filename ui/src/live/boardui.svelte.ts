// What the board shows only on this device: the card picked for renaming or deleting, and the
// one title field that may be open (adding to a lane, or renaming a draft).

export type Editor = { kind: "add"; areaId: string } | { kind: "rename"; id: string } | null;

export class BoardUi {
  selected = $state<string | null>(null);
  editor = $state<Editor>(null);
}

/** The element of a card on the board, to give it focus after it moved lanes. */
export function cardElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`);
}

/** Every lane's band on screen, top to bottom, for a drag to find the lane under the pointer. */
export function laneBoxes(): { areaId: string; top: number; height: number }[] {
  return [...document.querySelectorAll<HTMLElement>("[data-live-band]")].map((element) => {
    const rect = element.getBoundingClientRect();
    return { areaId: element.dataset.areaId ?? "", top: rect.top, height: rect.height };
  });
}
