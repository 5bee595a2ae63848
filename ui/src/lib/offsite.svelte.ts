// The offsite tools' state: which panel is open, snapshots and compare, the self-assessment's
// statements, the decision log, and presentation mode. Every result comes from a typed command;
// edits go through the session's queue so their changes merge into the canvas on screen.

import {
  commands,
  type Ballot,
  type CanvasView_Serialize as CanvasView,
  type Comparison_Serialize as Comparison,
  type Decision_Serialize as Decision,
  type SnapshotInfo,
  type Statement,
} from "../bindings";
import { session } from "./canvas.svelte";
import type { Refused } from "./fields.svelte";

export type Panel = "snapshots" | "assessment" | "voting" | "log" | "live";

class OffsiteTools {
  /** The side panel shown beside the board, if any. */
  panel = $state<Panel | null>(null);
  /** Presentation mode: full screen, one area at a time. */
  presenting = $state(false);
  snapshots = $state.raw<SnapshotInfo[]>([]);
  /** A snapshot shown read-only in place of the live canvas. */
  viewing = $state.raw<{ name: string; view: CanvasView } | null>(null);
  /** The comparison drawn over the board (ghost → arrow → new place). */
  comparison = $state.raw<Comparison | null>(null);
  statements = $state.raw<Statement[]>([]);
  /** The decision log, newest last; for one card when `logFor` is set. */
  log = $state.raw<Decision[]>([]);
  logFor = $state<string | null>(null);
  /** After a drop: the card whose move the "why?" prompt asks about, and the view that move
   *  produced. Any later change replaces that view, and the prompt goes (a reason must never
   *  attach to a different change than the one it was asked for). */
  askingWhy = $state.raw<{ id: string; change: number; after: CanvasView } | null>(null);
  /** Whether the self-assessment's results (each participant's place, the team's) are on screen.
   *  While someone answers they are not: the intro promises the next participant sees nobody
   *  else's answers. They come back when the facilitator shows them. */
  assessmentShown = $state(true);

  toggle(panel: Panel): void {
    this.panel = this.panel === panel ? null : panel;
    if (this.panel === "snapshots") void this.loadSnapshots();
    if (this.panel === "assessment") void this.loadStatements();
    if (this.panel === "log") void this.loadLog(null);
  }

  /** Leaves every offsite view: back to the live, editable canvas. */
  reset(): void {
    this.panel = null;
    this.viewing = null;
    this.comparison = null;
    this.askingWhy = null;
    this.assessmentShown = true;
    this.log = [];
    this.logFor = null;
  }

  // ---- snapshots and compare ----------------------------------------------------------------

  async loadSnapshots(): Promise<void> {
    const listed = await session.call(() => commands.snapshots());
    if (listed) this.snapshots = listed.data;
  }

  async takeSnapshot(name: string): Promise<boolean> {
    const taken = await session.call(() => commands.takeSnapshot(name));
    if (taken) {
      this.snapshots = taken.data;
      session.notice = `Snapshot “${name}” taken`;
    }
    return taken !== undefined;
  }

  async viewSnapshot(name: string): Promise<void> {
    const shown = await session.call(() => commands.snapshotView(name));
    if (shown) {
      this.comparison = null;
      // Nothing of the live canvas stays selected or open for editing behind the snapshot.
      session.selection.clear();
      session.editingId = null;
      session.adding = null;
      this.viewing = { name, view: shown.data };
    }
  }

  stopViewing(): void {
    this.viewing = null;
  }

  async compare(from: string, to: string): Promise<void> {
    const compared = await session.call(() => commands.compareStates(from, to));
    if (compared) {
      this.viewing = null;
      this.comparison = compared.data;
    }
  }

  clearComparison(): void {
    this.comparison = null;
  }

  /** After an edit: a comparison with "current" is asked for again, so it shows the canvas as it is. */
  async refreshComparison(): Promise<void> {
    const shown = this.comparison;
    if (!shown || (shown.from !== "current" && shown.to !== "current")) return;
    // A read in the background: it neither shows nor clears the banner (an edit's error may be
    // on it), and on failure the last comparison stays.
    try {
      const compared = await commands.compareStates(shown.from, shown.to);
      // Unless it was cleared or replaced meanwhile.
      if (compared.status === "ok" && this.comparison === shown) this.comparison = compared.data;
    } catch {
      // Kept as it was: the user asked for nothing here.
    }
  }

  async restore(name: string): Promise<boolean> {
    const done = await session.edit(() => commands.restoreSnapshot(name));
    if (done) {
      this.viewing = null;
      this.comparison = null;
      session.notice = `Restored snapshot “${name}” (Undo puts the canvas back)`;
    }
    return done;
  }

  // ---- self-assessment and voting -----------------------------------------------------------

  async loadStatements(): Promise<void> {
    if (this.statements.length > 0) return;
    try {
      this.statements = await commands.assessmentStatements();
    } catch (thrown) {
      session.error = { code: "internal", message: String(thrown) };
    }
  }

  answer(participant: string, answers: number[]): Promise<boolean> {
    return session.edit(() => commands.answerAssessment(participant, answers));
  }

  removeAnswers(participant: string): Promise<boolean> {
    return session.edit(() => commands.removeAssessment(participant));
  }

  startVoting(allowance: number): Promise<boolean> {
    return session.edit(() => commands.startVoting(allowance));
  }

  /** Casts a ballot. A name that has voted in this round already is not replaced unless
   *  `replace`: the core's question comes back instead of an error. */
  async castBallot(ballot: Ballot, replace: boolean): Promise<"cast" | "failed" | { alreadyVoted: string }> {
    if (await session.edit(() => commands.castBallot(ballot, replace))) return "cast";
    if (session.error?.code !== "already_voted") return "failed";
    const question = session.error.message;
    session.error = null;
    return { alreadyVoted: question };
  }

  revealVotes(): Promise<boolean> {
    return session.edit(() => commands.revealVotes());
  }

  // ---- decision log -------------------------------------------------------------------------

  async loadLog(initiativeId: string | null): Promise<void> {
    const read = await session.call(() => commands.decisionLog(initiativeId));
    if (read) {
      this.logFor = initiativeId;
      this.log = read.data;
    }
  }

  /** A drop moved `id` as change number `change`: ask why, while the view is the one that move
   *  produced (any later change ends the question). */
  askWhy(id: string, change: number): void {
    if (session.view) this.askingWhy = { id, change, after: session.view };
  }

  /** Attaches the reason to the change asked about, by its number, so it can never land on
   *  another change; a refused one keeps the prompt open (`refused` shows why). */
  async explain(reason: string, refused?: Refused): Promise<boolean> {
    const asked = this.askingWhy;
    if (!asked) return false;
    const done = await session.call(() => commands.explainChange(asked.change, reason), refused);
    if (done === undefined && refused) return false;
    this.askingWhy = null;
    if (done && this.panel === "log") await this.loadLog(this.logFor);
    return done !== undefined;
  }

  async exportLog(): Promise<void> {
    const done = await session.call(() => commands.exportDecisionLogDialog());
    if (done?.data) session.notice = `Decision log exported to ${done.data.path}`;
  }

  // ---- presentation -------------------------------------------------------------------------

  async present(on: boolean): Promise<void> {
    this.presenting = on;
    await session.call(() => commands.setFullScreen(on));
  }
}

export const offsite = new OffsiteTools();
