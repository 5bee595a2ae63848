import { describe, expect, it } from "vitest";
import { LOG_CASES } from "./core-rules";
import {
  BALLOT_ACTION, CANVAS_ACTION, REVEAL_ACTION, VOTING, addAction, areaAction, assessmentAction, deleteAction, editAction,
  moveAction, restoreAction, startVotingAction, targetAction, type DetailsFacts,
} from "./log";

/** The mock's words and subject for one of the core's cases. */
function mock(c: Record<string, unknown>): { subject?: string; action: string } {
  const n = (key: string) => c[key] as number;
  const s = (key: string) => c[key] as string;
  switch (c.kind) {
    case "add": return { action: addAction(n("to"), s("to_area")) };
    case "move": return { action: moveAction(s("from_area"), n("from"), s("to_area"), n("to")) };
    case "edit": return { subject: (c.new as DetailsFacts).title, action: editAction(c.old as DetailsFacts, c.new as DetailsFacts) };
    case "delete": return { action: deleteAction(n("position"), s("area")) };
    case "target": return { subject: s("area"), action: targetAction(c.from as number | null, c.to as number | null) };
    case "area": return { subject: s("name"), action: areaAction(s("old_name"), s("name")) };
    case "canvas": return { subject: s("title"), action: CANVAS_ACTION };
    case "assessment": return { subject: s("participant"), action: assessmentAction(c.answers as number[] | null) };
    case "start_voting": return { subject: VOTING, action: startVotingAction(n("allowance")) };
    case "cast_ballot": return { subject: s("participant"), action: BALLOT_ACTION };
    case "reveal_votes": return { subject: VOTING, action: REVEAL_ACTION };
    case "restore": return { subject: s("title"), action: restoreAction(s("name")) };
    default: throw new Error(`a case of an unknown kind: ${String(c.kind)}`);
  }
}

describe("the mock's decision log", () => {
  it("words every kind of change it logs as the core does", () => {
    const kinds = new Set(LOG_CASES.map((c) => c.kind));
    for (const kind of ["add", "move", "edit", "delete", "target", "area", "canvas", "assessment", "start_voting", "cast_ballot", "reveal_votes", "restore"]) {
      expect(kinds.has(kind), kind).toBe(true);
    }
    for (const c of LOG_CASES) {
      const words = mock(c);
      expect(words.action, JSON.stringify(c)).toBe(c.action);
      if (words.subject !== undefined) expect(words.subject, JSON.stringify(c)).toBe(c.subject);
    }
  });
});
