// The fake backend's decision log: each command's entry, worded as the core's decisions.rs words
// it (checked against the core's own words on shared cases, log.test.ts).

import type { Decision_Serialize as Decision, InitiativeDetails_Deserialize as Details } from "../src/bindings";
import { formatPosition } from "../src/lib/axis";
import type { Doc } from "./doc";
import { position as assessmentPosition } from "./offsite";

/** An initiative's details as the log compares them. */
export type DetailsFacts = Pick<Details, "title" | "target" | "owner" | "status" | "impact" | "notes" | "tags">;

const orNone = (value: number | null | undefined): string => (value == null ? "none" : formatPosition(value));

export function addAction(position: number, area: string): string {
  return `added at ${formatPosition(position)} in ${area}`;
}

export function moveAction(fromArea: string, from: number, toArea: string, to: number): string {
  if (fromArea !== toArea) return `moved from ${fromArea} (${formatPosition(from)}) to ${toArea} (${formatPosition(to)})`;
  if (from !== to) return `moved from ${formatPosition(from)} to ${formatPosition(to)}`;
  return "moved within its lane";
}

export function deleteAction(position: number, area: string): string {
  return `deleted (was at ${formatPosition(position)} in ${area})`;
}

export function editAction(old: DetailsFacts, next: DetailsFacts): string {
  const changed: string[] = [];
  if (next.title !== old.title) changed.push(`renamed from "${old.title}"`);
  if (next.target !== old.target) changed.push(`target ${orNone(old.target)} → ${orNone(next.target)}`);
  const differs = {
    owner: next.owner !== old.owner,
    status: next.status !== old.status,
    impact: next.impact !== old.impact,
    notes: next.notes !== old.notes,
    tags: JSON.stringify(next.tags) !== JSON.stringify(old.tags),
  };
  for (const [name, yes] of Object.entries(differs)) if (yes) changed.push(`${name} changed`);
  return changed.length === 0 ? "details saved unchanged" : changed.join("; ");
}

export function targetAction(from: number | null, to: number | null): string {
  return `area target ${orNone(from)} → ${orNone(to)}`;
}

export function areaAction(oldName: string, name: string): string {
  return oldName === name ? "area details edited" : `area renamed from "${oldName}"`;
}

export const CANVAS_ACTION = "canvas details edited";

export function assessmentAction(answers: number[] | null): string {
  return answers ? `answered the self-assessment (${formatPosition(assessmentPosition(answers))})` : "self-assessment removed";
}

export function startVotingAction(allowance: number): string {
  return `new round opened, ${allowance} votes each`;
}

export function restoreAction(snapshot: string): string {
  return `restored snapshot "${snapshot}"`;
}

export const BALLOT_ACTION = "cast a ballot";
export const REVEAL_ACTION = "votes revealed";
/** The subject of a voting round's own entries. */
export const VOTING = "Dot voting";

/** Appends the entries of the command `cmd` (with `args`) that turned `before` into `doc`. */
export function logEdit(doc: Doc, before: Doc, cmd: string, args: Record<string, unknown>, at: string): void {
  const change = (doc.log.at(-1)?.change ?? 0) + 1;
  const entry = (e: Partial<Decision>): Decision => ({
    change, at, initiative_id: null, area_id: null, subject: doc.title, kind: "other", action: cmd.replace(/_/g, " "),
    from_position: null, to_position: null, reason: "", ...e,
  });
  const push = (e: Partial<Decision>) => doc.log.push(entry(e));
  const areaName = (d: Doc, id: string) => d.areas.find((a) => a.id === id)?.name ?? "";
  const area = doc.areas.find((a) => a.id === args.areaId);
  const areaBefore = before.areas.find((a) => a.id === args.areaId);
  switch (cmd) {
    case "edit_initiative": {
      const old = before.initiatives.find((c) => c.id === args.id);
      const next = doc.initiatives.find((c) => c.id === args.id);
      if (old && next) push({ initiative_id: next.id, area_id: next.area_id, subject: next.title, kind: "edit", action: editAction(old, next) });
      break;
    }
    case "set_area_target":
      if (area && areaBefore) push({ area_id: area.id, subject: area.name, kind: "target", action: targetAction(areaBefore.target, area.target), from_position: areaBefore.target, to_position: area.target });
      break;
    case "edit_area":
      if (area && areaBefore) push({ area_id: area.id, subject: area.name, kind: "area", action: areaAction(areaBefore.name, area.name) });
      break;
    case "edit_canvas":
      push({ subject: doc.title, kind: "canvas", action: CANVAS_ACTION });
      break;
    case "answer_assessment":
      push({ subject: String(args.participant), kind: "assessment", action: assessmentAction(args.answers as number[]) });
      break;
    case "remove_assessment":
      push({ subject: String(args.participant), kind: "assessment", action: assessmentAction(null) });
      break;
    case "start_voting":
      push({ subject: VOTING, kind: "voting", action: startVotingAction(Number(args.allowance)) });
      break;
    case "cast_ballot":
      push({ subject: (args.ballot as { participant: string }).participant.trim(), kind: "voting", action: BALLOT_ACTION });
      break;
    case "reveal_votes":
      push({ subject: VOTING, kind: "voting", action: REVEAL_ACTION });
      break;
    case "restore_snapshot":
      push({ subject: doc.title, kind: "restore", action: restoreAction(String(args.name)) });
      break;
    default:
      // Adds, moves and deletes, read from what changed.
      for (const card of doc.initiatives) {
        const old = before.initiatives.find((c) => c.id === card.id);
        const at = card.position ?? 0;
        if (!old) {
          push({ initiative_id: card.id, area_id: card.area_id, subject: card.title, kind: "add", action: addAction(at, areaName(doc, card.area_id)), to_position: card.position });
        } else if (old.position !== card.position || old.area_id !== card.area_id || old.lane_offset !== card.lane_offset) {
          const action = moveAction(areaName(before, old.area_id), old.position ?? 0, areaName(doc, card.area_id), at);
          push({ initiative_id: card.id, area_id: card.area_id, subject: card.title, kind: "move", action, from_position: old.position, to_position: card.position });
        }
      }
      for (const old of before.initiatives) {
        if (doc.initiatives.some((c) => c.id === old.id)) continue;
        push({ initiative_id: old.id, area_id: old.area_id, subject: old.title, kind: "delete", action: deleteAction(old.position ?? 0, areaName(before, old.area_id)), from_position: old.position });
      }
  }
  if (!doc.log.some((d) => d.change === change)) push({});
}
