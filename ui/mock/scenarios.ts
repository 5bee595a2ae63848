// Starting states for the mocked build, chosen with `?scenario=` in the page address.

import type { Status } from "../src/bindings";
import type { FakeCore } from "./backend";
import { longTitle } from "./long-title";
import { CROWDED } from "./crowded";

type Seed = [area: string, title: string, position: number, offset: number, owner: string, status: Status, impact: number];

const OFFSITE: Seed[] = [
  ["End goal", "Best-in-class hardware", -70, 0.1, "Priya", "active", 3],
  ["End goal", "Whole-journey experience", 45, 1, "Marc", "planned", 2],
  ["End goal", "Service bundles", 20, 0.05, "Ana", "idea", 1],
  ["Growth strategy", "Next-gen product line", -55, 0.6, "Jonas", "active", 3],
  ["Growth strategy", "Customer success team", 60, 0.15, "Ana", "planned", 2],
  ["Growth strategy", "Expansion to Nordics", -15, 0.05, "Lea", "idea", 1],
  ["Marketing strategy", "Referral programme", 70, 1, "Marc", "active", 2],
  ["Marketing strategy", "Trade-show campaigns", -40, 0.1, "Lea", "done", 2],
  ["Marketing strategy", "Behavioural e-mail", 35, 0.05, "Priya", "planned", 1],
  ["R&D and innovation", "Moonshot lab", -85, 0.4, "Jonas", "active", 3],
  ["R&D and innovation", "Weekly experiments", 50, 0.1, "Sam", "idea", 2],
  ["Success metrics", "NPS in every KPI", 75, 0.3, "Ana", "planned", 3],
  ["Success metrics", "Units shipped", -60, 0.6, "Marc", "active", 2],
  ["Organisation", "Journey squads", 40, 0.6, "Lea", "idea", 2],
  ["Organisation", "Product-line P&L", -50, 0.1, "Jonas", "active", 2],
  ["Customer research", "Churn interviews", 65, 0, "Sam", "active", 2],
  ["Customer research", "Usage analytics", 30, 1, "Priya", "planned", 1],
  ["Customer research", "Inventor days", -45, 0.4, "Jonas", "idea", 1],
  ["Time horizon", "Ten-year roadmap", -75, 0.3, "Marc", "planned", 2],
  ["Time horizon", "Quarterly bets", 25, 0.1, "Sam", "active", 2],
];

function offsite(core: FakeCore): void {
  const doc = core.create("Leadership offsite 2027", "full");
  doc.subtitle = "Northwind Audio · Lisbon, 14–15 January";
  for (const [area, title, position, offset, owner, status, impact] of OFFSITE) {
    core.addCard(doc, area, title, position, offset, { owner, status, impact, tags: impact === 3 ? ["priority"] : [] });
  }
  // Initiatives the team wants to move: their target arrows show on the canvas.
  const cardTargets: Record<string, number> = { "Next-gen product line": -20, "Trade-show campaigns": 10, "Units shipped": -20 };
  for (const card of doc.initiatives) card.target = cardTargets[card.title] ?? null;
  const targets: Record<string, number> = { "End goal": 40, "Growth strategy": 30, "Marketing strategy": 60, "Success metrics": 50 };
  for (const area of doc.areas) area.target = targets[area.name] ?? null;
  core.install(doc);
}

/** The offsite after its tools were used: three self-assessments and a revealed voting round. */
function offsiteResults(core: FakeCore): void {
  offsite(core);
  const doc = core.open;
  if (!doc) return;
  const answers = (customer: number, product: number) => Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? product : customer));
  doc.assessments = [
    { participant: "Ana", answers: answers(3, 1) },
    { participant: "Jonas", answers: answers(1, 3) },
    { participant: "Marc", answers: answers(3, 2) },
  ];
  const votes: Record<string, number> = { "Customer success team": 5, "Referral programme": 3, "Moonshot lab": 1 };
  const id = (title: string) => doc.initiatives.find((card) => card.title === title)?.id ?? "";
  doc.voting = {
    allowance: 3,
    revealed: true,
    ballots: [
      { participant: "Ana", votes: [{ initiative_id: id("Customer success team"), count: 2 }, { initiative_id: id("Referral programme"), count: 1 }] },
      { participant: "Marc", votes: [{ initiative_id: id("Customer success team"), count: 3 }] },
      { participant: "Lea", votes: [{ initiative_id: id("Referral programme"), count: 2 }, { initiative_id: id("Moonshot lab"), count: 1 }] },
    ],
  };
  for (const card of doc.initiatives) card.votes = votes[card.title] ?? 0;
}

function basic(core: FakeCore): void {
  const doc = core.create("Strategy day", "basic");
  core.addCard(doc, "End goal", "Best product", -40, 0.2, { owner: "Ana", status: "active" });
  core.addCard(doc, "Growth strategy", "Customer success team", 10, 0.2, { owner: "Marc", status: "planned" });
  core.addCard(doc, "Marketing strategy", "Referral programme", 70, 0.2, { owner: "Lea", status: "idea" });
  core.install(doc);
}

/** A thousand cards over the full template, spread evenly and deterministically. */
function bench(core: FakeCore): void {
  const doc = core.create("A thousand initiatives", "full");
  let seed = 7;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let index = 0; index < 1000; index += 1) {
    const area = doc.areas[index % doc.areas.length];
    if (!area) continue;
    core.addCard(doc, area.name, `Initiative ${index + 1}`, Math.round(next() * 200 - 100), Math.round(next() * 1000) / 1000);
  }
  core.install(doc);
}

/** The core's crowded canvas (generated with its ids), as the core stores it. */
function crowded(core: FakeCore): void {
  const doc = core.create(CROWDED.title, "basic");
  doc.areas = CROWDED.areas.map(({ order: _order, ...area }) => ({ ...area }));
  doc.initiatives = CROWDED.initiatives.map((card) => ({ ...card, status: card.status as Status, tags: [] }));
  core.install(doc);
}

function home(core: FakeCore): void {
  const first = core.create("Leadership offsite 2026", "full");
  core.addCard(first, "End goal", "Best product", -40, 0.2);
  core.create("Board review", "basic");
  // Opened from a shared folder: recent, but not in the library.
  const shared = core.create("Partner workshop", "basic");
  core.files.delete(shared.path);
  shared.path = "/home/team/Shared/Partner workshop.stratmap";
  core.files.set(shared.path, shared);
  // The first is in the library and recent too: the home screen lists it once.
  core.recent = [first.path, shared.path];
  core.broken.push({
    path: `${core.folder}/Old plan.stratmap`,
    file_name: "Old plan.stratmap",
    title: "",
    updated_at: "2026-10-02T10:00:00Z",
    area_count: 0,
    initiative_count: 0,
    problem: "made by a newer Stratmap (file version 9, this app reads up to 1); update Stratmap to open it",
  });
}

export function seed(core: FakeCore, scenario: string): void {
  switch (scenario) {
    case "offsite":
      return offsite(core);
    case "offsite-results":
      return offsiteResults(core);
    case "basic":
      return basic(core);
    case "bench":
      return bench(core);
    case "long-title":
      return longTitle(core);
    case "crowded":
      return crowded(core);
    case "home":
      return home(core);
    case "problem":
      core.problem = { code: "newer_version", message: "/home/team/plan.stratmap: made by a newer Stratmap; update Stratmap to open it. The file was left untouched" };
      return;
    default:
      return;
  }
}
