// Which details dialog is open (an area's, or the canvas's title block), and the edits they send.

import { commands, type AreaDetails, type CanvasDetails_Deserialize as CanvasDetails } from "../bindings";
import { session } from "./canvas.svelte";

class DetailsDialogs {
  /** The area whose details are being edited. */
  areaId = $state<string | null>(null);
  canvas = $state(false);

  async saveArea(areaId: string, details: AreaDetails): Promise<void> {
    if (await session.edit(() => commands.editArea(areaId, details))) this.areaId = null;
  }

  async saveCanvas(details: CanvasDetails): Promise<void> {
    if (await session.edit(() => commands.editCanvas(details))) this.canvas = false;
  }
}

export const dialogs = new DetailsDialogs();
