// A canvas whose title and subtitle are as long as real ones get: for the toolbar at small window
// sizes (a projector at 1024×768, a laptop mirrored at 900×600).

import type { FakeCore } from "./backend";

export function longTitle(core: FakeCore): void {
  const doc = core.create("Q3 leadership offsite — customer focus", "basic");
  doc.subtitle = "Northwind Audio · Lisbon, 14–15 September";
  core.addCard(doc, "End goal", "Best product", -40, 0.2, { owner: "Ana", status: "active" });
  core.addCard(doc, "Growth strategy", "Customer success team", 10, 0.2, { owner: "Marc", status: "planned" });
  core.install(doc);
}
