// Which details dialog is open (an area's, or the canvas's title block), and the edits they send.

import { commands, type AreaDetails, type AreaView_Serialize as AreaView, type CanvasDetails_Deserialize as CanvasDetails } from "../bindings";
import { session } from "./canvas.svelte";
import type { Refused } from "./fields.svelte";

class DetailsDialogs {
  /** The area whose details are being edited. */
  areaId = $state<string | null>(null);
  canvas = $state(false);

  /** The target (its own op, as a drag of its marker sends) goes first, so that a refused one
   *  leaves everything as it was; then the name, colour and poles, as one change. Each only
   *  when it changed. */
  async saveArea(area: AreaView, details: AreaDetails, target: number | null, refusedTarget: Refused): Promise<void> {
    if (target !== area.target && !(await session.setTarget(area.id, target, refusedTarget))) return;
    // A colour picker gives its value in lower case.
    const same =
      details.name === area.name &&
      details.colour.toLowerCase() === area.colour.toLowerCase() &&
      details.product_pole === area.product_pole &&
      details.customer_pole === area.customer_pole;
    if (same || (await session.edit(() => commands.editArea(area.id, details)))) this.areaId = null;
  }

  async saveCanvas(details: CanvasDetails): Promise<void> {
    if (await session.edit(() => commands.editCanvas(details))) this.canvas = false;
  }
}

export const dialogs = new DetailsDialogs();
