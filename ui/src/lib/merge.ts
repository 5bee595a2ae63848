// Applies what an edit changed (the core's ViewChange) to the view on screen. Cards the edit did
// not touch keep their objects, and lanes it did not touch keep their card arrays, so Svelte
// redraws only the cards that changed: a drag on 1 000 cards redraws one card, not 1 000.

import type {
  AreaView_Serialize as AreaView,
  CanvasView_Serialize as CanvasView,
  Initiative_Serialize as Initiative,
  ViewChange_Serialize as ViewChange,
} from "../bindings";

export function applyChange(view: CanvasView, change: ViewChange): CanvasView {
  const removed = new Set(change.removed);
  const upserted = new Map(change.upserted.map((card) => [card.id, card]));
  // Lanes whose card lists change: where a changed card was, and where it is now.
  const touchedLanes = new Set(change.upserted.map((card) => card.area_id));
  for (const area of view.areas) {
    if (area.initiatives.some((card) => removed.has(card.id) || upserted.has(card.id))) touchedLanes.add(area.id);
  }
  const previous = new Map(view.areas.map((area) => [area.id, area]));
  const areas: AreaView[] = change.areas.map((summary) => {
    const before: Initiative[] = previous.get(summary.id)?.initiatives ?? [];
    if (!touchedLanes.has(summary.id)) return { ...summary, initiatives: before };
    const kept = before
      .filter((card) => !removed.has(card.id))
      .map((card) => upserted.get(card.id) ?? card)
      .filter((card) => card.area_id === summary.id);
    const keptIds = new Set(kept.map((card) => card.id));
    const arrived = change.upserted.filter((card) => card.area_id === summary.id && !keptIds.has(card.id));
    return { ...summary, initiatives: [...kept, ...arrived] };
  });
  return {
    ...view, canvas: change.canvas, areas, can_undo: change.can_undo, can_redo: change.can_redo,
    undo_label: change.undo_label, redo_label: change.redo_label, offsite: change.offsite,
  };
}
