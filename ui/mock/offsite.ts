// The fake backend's offsite tools: snapshots and compare, self-assessment, dot voting and the
// decision log, with the core's rules and messages (kept short: the core's tests hold the rules).

import type {
  Ballot,
  CommandError,
  Comparison_Serialize as Comparison,
  Initiative_Serialize as Initiative,
  OffsiteView_Serialize as OffsiteView,
  SnapshotInfo,
} from "../src/bindings";
import type { Doc } from "./doc";
import { STATEMENTS, TEXT_LIMITS } from "./core-rules";

const fail = (code: string, message: string, field: string | null = null): CommandError => ({ code, message, field });

/** Names compared as the core's `name_key` does: outer spaces off, inner runs one, lower case. */
const nameKey = (name: string): string => name.trim().split(/\s+/).join(" ").toLowerCase();

export { STATEMENTS };

export function position(answers: number[]): number {
  let sum = 0;
  answers.forEach((a, i) => (sum += STATEMENTS[i]?.pole === "customer" ? a : -a));
  return (sum * 100) / 28;
}

export function offsiteView(doc: Doc): OffsiteView {
  const participants = doc.assessments.map((a) => ({ participant: a.participant, position: position(a.answers) }));
  const values = participants.map((p) => p.position ?? 0);
  const mean = values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
  return {
    assessment: {
      participants,
      mean,
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      spread: mean === null ? null : Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length),
    },
    voting: doc.voting
      ? {
          allowance: doc.voting.allowance,
          revealed: doc.voting.revealed,
          voters: doc.voting.ballots.map((b) => b.participant),
          ranking: doc.voting.revealed ? voteRanking(doc.areas, doc.initiatives) : [],
        }
      : null,
  };
}

type Ranked = Pick<Initiative, "id" | "area_id" | "title" | "position" | "votes">;

 /** The core's vote ranking (Document::vote_ranking), checked against its answers in
 *  ranking.test.ts: voted cards, most first, equal totals lane by lane and along the axis. */
export function voteRanking(areas: readonly { id: string }[], cards: readonly Ranked[]): string[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const reading = (a: Ranked, b: Ranked) => (a.position ?? 0) - (b.position ?? 0) || text(a.title, b.title) || text(a.id, b.id);
  return areas
    .flatMap((area) => cards.filter((card) => card.area_id === area.id).sort(reading))
    .filter((card) => card.votes > 0)
    .sort((a, b) => b.votes - a.votes)
    .map((card) => card.id);
}

/** Offsite edits: change `doc` (a working copy) or throw the core's error. */
export function applyOffsite(doc: Doc, cmd: string, args: Record<string, unknown>): boolean {
  switch (cmd) {
    case "answer_assessment": {
      const participant = String(args.participant);
      const answers = args.answers as number[];
      if (participant.trim() === "") throw fail("invalid_input", "participant name must not be empty", "participant name");
      if (answers.length !== 14) throw fail("invalid_input", `self-assessment is not valid: ${answers.length} answers given; every one of the 14 statements needs an answer`);
      const bad = answers.findIndex((a) => !Number.isInteger(a) || a < 0 || a > 4);
      if (bad >= 0) throw fail("invalid_input", `answer ${bad + 1} must be between 0 and 4, got ${answers[bad]}`);
      doc.assessments = doc.assessments.filter((a) => a.participant.toLowerCase() !== participant.toLowerCase());
      doc.assessments.push({ participant, answers: [...answers] });
      doc.assessments.sort((a, b) => a.participant.toLowerCase().localeCompare(b.participant.toLowerCase()));
      return true;
    }
    case "remove_assessment":
      doc.assessments = doc.assessments.filter((a) => a.participant.toLowerCase() !== String(args.participant).toLowerCase());
      return true;
    case "start_voting": {
      const allowance = args.allowance as number;
      if (!Number.isInteger(allowance) || allowance < 1 || allowance > 50) throw fail("invalid_input", `votes per participant must be between 1 and 50, got ${allowance}`);
      doc.voting = { allowance, revealed: false, ballots: [] };
      for (const card of doc.initiatives) card.votes = 0;
      return true;
    }
    case "cast_ballot": {
      const ballot = args.ballot as Ballot;
      if (!doc.voting) throw fail("voting", "no voting round is open; start one first");
      if (doc.voting.revealed) throw fail("voting", "the votes of this round are already revealed; start a new round to vote again");
      if (ballot.participant.trim() === "") throw fail("invalid_input", "participant name must not be empty", "participant name");
      const total = ballot.votes.reduce((s, v) => s + v.count, 0);
      if (total > doc.voting.allowance) throw fail("invalid_input", `ballot is not valid: ${ballot.participant} placed ${total} votes; each participant has ${doc.voting.allowance}`);
      const key = nameKey(ballot.participant);
      const earlier = doc.voting.ballots.find((b) => nameKey(b.participant) === key);
      if (earlier && args.replace !== true) throw fail("already_voted", `${earlier.participant} has already voted in this round. Replace that ballot?`);
      const others = doc.voting.ballots.filter((b) => b !== earlier);
      doc.voting.ballots = [...others, { ...structuredClone(ballot), participant: ballot.participant.trim() }];
      return true;
    }
    case "reveal_votes": {
      if (!doc.voting) throw fail("voting", "no voting round is open; start one first");
      if (doc.voting.revealed) throw fail("voting", "the votes of this round are already revealed; start a new round to vote again");
      doc.voting.revealed = true;
      for (const card of doc.initiatives) {
        card.votes = doc.voting.ballots.flatMap((b) => b.votes).filter((v) => v.initiative_id === card.id).reduce((s, v) => s + v.count, 0);
      }
      return true;
    }
    case "restore_snapshot": {
      const found = doc.snapshots.find((s) => s.name === args.name);
      if (!found) throw fail("not_found", `there is no snapshot named ${JSON.stringify(args.name)} on this canvas`);
      Object.assign(doc, structuredClone(found.state));
      return true;
    }
    default:
      return false;
  }
}

export function snapshotList(doc: Doc): SnapshotInfo[] {
  return doc.snapshots.map(({ name, taken_at }) => ({ name, taken_at }));
}

export function takeSnapshot(doc: Doc, name: string, now: string): SnapshotInfo[] {
  if (name.trim() === "") throw fail("invalid_input", "snapshot name must not be empty", "snapshot name");
  if (doc.snapshots.some((s) => s.name === name)) throw fail("duplicate", `a snapshot named ${JSON.stringify(name)} already exists on this canvas; choose another name`);
  doc.snapshots.push({ name, taken_at: now, state: structuredClone({ title: doc.title, areas: doc.areas, initiatives: doc.initiatives }) });
  return snapshotList(doc);
}

export function stateOf(doc: Doc, name: string): Pick<Doc, "title" | "areas" | "initiatives"> {
  if (name === "current") return doc;
  const found = doc.snapshots.find((s) => s.name === name);
  if (!found) throw fail("not_found", `there is no snapshot named ${JSON.stringify(name)} on this canvas`);
  return found.state;
}

export function compareStates(doc: Doc, from: string, to: string): Comparison {
  if (from === to) throw fail("invalid_input", `cannot compare ${JSON.stringify(from)} with itself; name two different states`);
  const before = stateOf(doc, from);
  const after = stateOf(doc, to);
  const areaName = (state: typeof before, id: string) => state.areas.find((a) => a.id === id)?.name ?? "";
  const moved = before.initiatives.flatMap((old) => {
    const now = after.initiatives.find((c) => c.id === old.id);
    if (!now || (now.position === old.position && now.area_id === old.area_id)) return [];
    return [{
      id: old.id, title: now.title, from_area: areaName(before, old.area_id), to_area: areaName(after, now.area_id),
      from_position: old.position, to_position: now.position, shift: (now.position ?? 0) - (old.position ?? 0),
    }];
  });
  moved.sort((a, b) => Math.abs(b.shift ?? 0) - Math.abs(a.shift ?? 0));
  const presence = (state: typeof before) => (c: Doc["initiatives"][number]) => ({ id: c.id, title: c.title, area: areaName(state, c.area_id), position: c.position });
  return {
    from, to, moved,
    added: after.initiatives.filter((c) => !before.initiatives.some((o) => o.id === c.id)).map(presence(after)),
    removed: before.initiatives.filter((c) => !after.initiatives.some((o) => o.id === c.id)).map(presence(before)),
    // Every area of the later state with its stance in each (impact-weighted mean, as the core's).
    areas: after.areas.map((area) => ({ area: area.name, from_stance: stanceOf(before, area.id), to_stance: stanceOf(after, area.id) })),
  };
}

function stanceOf(state: Pick<Doc, "initiatives">, areaId: string): number | null {
  const cards = state.initiatives.filter((c) => c.area_id === areaId);
  const weight = cards.reduce((sum, c) => sum + c.impact, 0);
  if (weight === 0) return null;
  return Math.round((cards.reduce((sum, c) => sum + (c.position ?? 0) * c.impact, 0) / weight) * 10) / 10;
}

/** The log entry an edit command leaves, as the core words it (moves and adds are enough here). */
export function explainChange(doc: Doc, change: number, reason: string): null {
  if (reason.includes("\n")) throw fail("invalid_input", "reason contains a control character (U+000A); remove it and try again", "reason");
  if ([...reason].length > TEXT_LIMITS.reason) throw fail("invalid_input", `reason is ${[...reason].length} characters long; at most ${TEXT_LIMITS.reason} are allowed`, "reason");
  const entries = doc.log.filter((d) => d.change === change);
  if (entries.length === 0) throw fail("not_found", `there is no change number ${change} in the decision log to give a reason for`);
  for (const d of entries) d.reason = reason;
  return null;
}
