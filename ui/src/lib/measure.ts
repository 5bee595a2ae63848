// Reads the board's on-screen geometry at the start of a pointer gesture, for the pure maths in
// drag.ts. The only place the drag code touches the DOM.

import type { DragCard, DragStart, LaneBox } from "./drag";
import { ROW_PITCH } from "./layout";

interface CardPlace {
  id: string;
  area_id: string;
  position: number | null;
  lane_offset: number | null;
}

export function cardElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`);
}

export function laneBands(): { element: HTMLElement; box: LaneBox }[] {
  return [...document.querySelectorAll<HTMLElement>("[data-lane-band]")].map((element) => {
    const rect = element.getBoundingClientRect();
    // The board is scaled by the zoom: client pixels per board pixel.
    const scale = element.offsetHeight > 0 ? rect.height / element.offsetHeight : 1;
    return { element, box: { areaId: element.dataset.areaId ?? "", top: rect.top, height: rect.height, room: ROW_PITCH * scale } };
  });
}

/** The drag's starting geometry for `cards`, grabbed by `grabbedId` at the pointer. */
export function measureDrag(
  grabbedId: string,
  cards: CardPlace[],
  pointer: { x: number; y: number },
): DragStart | null {
  const bands = laneBands();
  const first = bands[0]?.element.getBoundingClientRect();
  const grabbed = cardElement(grabbedId)?.getBoundingClientRect();
  if (!first || !grabbed) return null;
  const dragged: DragCard[] = [];
  for (const card of cards) {
    const element = cardElement(card.id);
    if (!element) continue;
    // The offset its drawn row stands for, which can differ from its stored offset (the core
    // gives the rows).
    const shown = Number(element.dataset.offset);
    dragged.push({
      id: card.id,
      areaId: card.area_id,
      position: card.position ?? 0,
      offset: Number.isFinite(shown) ? shown : (card.lane_offset ?? 0.5),
      top: element.getBoundingClientRect().top,
    });
  }
  return {
    pointerX: pointer.x,
    pointerY: pointer.y,
    grabbedId,
    trackLeft: first.left,
    trackWidth: first.width,
    lanes: bands.map((band) => band.box),
    cardHeight: grabbed.height,
    cards: dragged,
  };
}
