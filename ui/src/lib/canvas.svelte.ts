// The UI's state: the open canvas view (always the one the core last returned), the library for the
// home screen, the selection, search, zoom and the error to show. Every change goes through a
// typed command; the UI renders the view that comes back and never computes business results.

import { tick } from "svelte";
import { getCurrentWebviewWindow } from "@tauri-apps/api/webviewWindow";
import { SvelteMap, SvelteSet } from "svelte/reactivity";
import {
  commands,
  events,
  type CanvasView_Serialize as CanvasView,
  type CommandError,
  type Initiative_Serialize as Initiative,
  type InitiativeDetails_Deserialize as InitiativeDetails,
  type InitiativeMove_Deserialize as InitiativeMove,
  type LibraryView_Serialize as LibraryView,
  type ExportRequest,
  type Template,
  type ViewChange_Serialize as ViewChange,
} from "../bindings";
import { applyChange } from "./merge";
import { matches, parseQuery } from "./filter";
import { keyToPosition, type KeyPress } from "./keyboard";
import { AXIS_MAX, AXIS_MIN } from "./axis";
import { refusesInput, type Refused } from "./fields.svelte";

type Outcome<T> = { status: "ok"; data: T } | { status: "error"; error: CommandError };

export interface Placement {
  areaId: string;
  position: number;
  offset: number;
}

export function detailsOf(card: Initiative): InitiativeDetails {
  return {
    title: card.title,
    notes: card.notes,
    owner: card.owner,
    status: card.status,
    impact: card.impact,
    tags: [...card.tags],
    target: card.target,
  };
}

class Session {
  /** The open canvas as the core last returned it; null on the home screen. */
  view = $state.raw<CanvasView | null>(null);
  library = $state.raw<LibraryView | null>(null);
  started = $state(false);
  error = $state.raw<CommandError | null>(null);
  notice = $state<string | null>(null);
  /** An export is being rendered and written. */
  exporting = $state(false);

  selection = new SvelteSet<string>();
  /** Whether the details panel shows the selected card (a drag selects without opening it). */
  detailsOpen = $state(true);
  query = $state("");
  zoom = $state(1);
  /** The card whose title is being edited in place. */
  editingId = $state<string | null>(null);
  /** Where a new card's title is being typed. */
  adding = $state.raw<Placement | null>(null);
  /** Cards waiting for the user to confirm their deletion. */
  confirmingDelete = $state.raw<string[] | null>(null);
  /** How far each dragged card has travelled on screen (client px), while a drag is on. */
  shifts = new SvelteMap<string, { dx: number; dy: number }>();
  dragging = $state(false);
  /** While a drag would take cards into another lane: from which lane to which. */
  dropLane = $state<{ from: string; to: string } | null>(null);

  cards = $derived.by(() => {
    // Built afresh for each view and never changed after: a plain Map is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const byId = new Map<string, { card: Initiative; areaName: string }>();
    for (const area of this.view?.areas ?? []) {
      for (const card of area.initiatives) byId.set(card.id, { card, areaName: area.name });
    }
    return byId;
  });

  terms = $derived(parseQuery(this.query));

  /** Ids of the cards the search matches; null when there is no search. */
  matching = $derived.by(() => {
    if (this.terms.length === 0) return null;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built afresh, never changed
    const ids = new Set<string>();
    for (const { card } of this.cards.values()) if (matches(card, this.terms)) ids.add(card.id);
    return ids;
  });

  selected = $derived.by(() => {
    if (this.selection.size !== 1 || !this.detailsOpen) return null;
    const [id] = this.selection;
    return id === undefined ? null : (this.cards.get(id)?.card ?? null);
  });

  /** Edits run one after another, each built from the view the previous one returned. */
  #queue: Promise<unknown> = Promise.resolve();

  async start(): Promise<void> {
    // Listened for on this window: the shell tells a window only of changes made in another one
    // (its own edits come back as their results).
    await events.canvasChanged(getCurrentWebviewWindow()).listen((event) => void this.#changedElsewhere(event.payload.path));
    const current = await this.#call(() => commands.currentCanvas());
    performance.mark("stratmap:view-received");
    if (current?.data) this.#show(current.data);
    else await this.loadLibrary();
    this.started = true;
    markFirstPaint();
  }

  async loadLibrary(): Promise<void> {
    const library = await this.#call(() => commands.library());
    if (library) this.library = library.data;
  }

  dismissError(): void {
    this.error = null;
  }

  // ---- files ------------------------------------------------------------------------------

  async createCanvas(title: string, template: Template, refused?: Refused): Promise<void> {
    const created = await this.#call(() => commands.newCanvas(title, template), refused);
    if (created) this.#opened(created.data);
  }

  async openPath(path: string): Promise<void> {
    const opened = await this.#call(() => commands.openCanvas(path));
    if (opened) this.#opened(opened.data);
  }

  async openDialog(): Promise<void> {
    const picked = await this.#call(() => commands.openCanvasDialog());
    if (picked?.data) this.#opened(picked.data);
  }

  /** Import…: a JSON/PNG canvas opens as a new canvas; a CSV's rows join the open canvas. */
  async importDialog(): Promise<void> {
    const imported = await this.#call(() => commands.importDialog());
    const view = imported?.data?.view;
    if (!view) return;
    if (this.view?.path === view.path) this.#show(view);
    else this.#opened(view);
    // The core's own sentence ("Added 3 initiatives from a semicolon-separated file") and the
    // columns it did not read.
    const report = imported.data?.report;
    if (report) this.notice = [report.message, ...report.warnings].join(" ");
  }

  async saveCopy(): Promise<void> {
    const saved = await this.#call(() => commands.saveCopyDialog());
    if (saved?.data) this.notice = `A copy was saved to ${saved.data}`;
  }

  /** Export PNG… / Export PDF…: the shell asks where, the core renders off the UI thread. */
  async exportCanvas(request: ExportRequest): Promise<void> {
    this.exporting = true;
    try {
      const done = await this.#call(() => commands.exportDialog(request));
      if (done?.data) this.notice = `Exported to ${done.data.path} (${Math.max(1, Math.round(done.data.bytes / 1024))} KB)`;
    } finally {
      this.exporting = false;
    }
  }

  async goHome(): Promise<void> {
    const closed = await this.#call(() => commands.closeCanvas());
    if (!closed) return;
    this.view = null;
    this.selection.clear();
    this.query = "";
    this.notice = null;
    await this.loadLibrary();
  }

  // ---- edits ------------------------------------------------------------------------------

  /** Undo and Redo say what they changed ("Undone: the reveal of 3 cards from the live session"). */
  async undo(): Promise<boolean> {
    const label = this.view?.undo_label;
    const done = await this.#edit(() => commands.undo());
    if (done && label) this.notice = `Undone: ${label}`;
    return done;
  }

  async redo(): Promise<boolean> {
    const label = this.view?.redo_label;
    const done = await this.#edit(() => commands.redo());
    if (done && label) this.notice = `Redone: ${label}`;
    return done;
  }

  /** One drop, key press or typed place: every card in `moves` moves in one undoable step. Gives
   *  the number of the decision-log change it was logged as (what a reason for it names), null
   *  when nothing was logged, or false when it failed (a refused position told to `refused`). */
  move(moves: InitiativeMove[], refused?: Refused): Promise<number | null | false> {
    if (moves.length === 0) return Promise.resolve(null);
    return this.#editWith(() => commands.moveInitiatives(moves), (change) => this.#merge(change), refused).then((change) =>
      change === undefined ? false : change.change,
    );
  }

  /** The cards a key press on `id` moves: the selection when `id` is in it, else `id` alone. */
  movingWith(id: string): string[] {
    return this.selection.has(id) ? [...this.selection] : [id];
  }

  /** A key press on a focused card; false when the key is not a move. */
  nudge(id: string, press: KeyPress): boolean {
    const card = this.cards.get(id)?.card;
    if (!card || keyToPosition(press, card.position ?? 0) === null) return false;
    void this.#edit(() => {
      // Built when it runs, from the view the previous key press returned.
      const focused = this.cards.get(id)?.card;
      const next = focused ? keyToPosition(press, focused.position ?? 0) : null;
      if (!focused || next === null) return null;
      const ids = this.movingWith(id);
      const positions = ids.map((other) => this.cards.get(other)?.card.position ?? 0);
      const wanted = next - (focused.position ?? 0);
      const delta = Math.min(AXIS_MAX - Math.max(...positions), Math.max(AXIS_MIN - Math.min(...positions), wanted));
      if (delta === 0) return null;
      return commands.moveInitiatives(
        ids.map((other, index) => ({ id: other, position: (positions[index] ?? 0) + delta })),
      );
    }).then(() => this.focusCard(id));
    return true;
  }

  /** Alt+↑/↓: the card (and its selection) into the lane above or below. */
  async moveToLane(id: string, direction: -1 | 1): Promise<void> {
    const areas = this.view?.areas ?? [];
    const card = this.cards.get(id)?.card;
    if (!card) return;
    const index = areas.findIndex((area) => area.id === card.area_id);
    const target = areas[index + direction];
    if (!target) return;
    const moves = this.movingWith(id).map((other) => {
      const found = this.cards.get(other)?.card;
      return { id: other, position: found?.position ?? 0, area_id: target.id, lane_offset: found?.lane_offset ?? 0.5 };
    });
    await this.move(moves);
    await this.focusCard(id);
  }

  async add(areaId: string, title: string, position: number, offset: number, refused?: Refused): Promise<void> {
    const added = await this.#editWith(
      () => commands.addInitiative(areaId, title, position, offset),
      (data) => this.#merge(data.change),
      refused,
    );
    if (!added) return;
    this.adding = null;
    this.selection.clear();
    this.selection.add(added.id);
    await this.focusCard(added.id);
  }

  editDetails(id: string, details: InitiativeDetails, refused?: Refused): Promise<boolean> {
    return this.#edit(() => commands.editInitiative(id, details), refused);
  }

  /** Renames in place; a refused title keeps the field open, with what was typed. */
  async rename(id: string, title: string, refused: Refused): Promise<void> {
    const card = this.cards.get(id)?.card;
    let kept = false;
    if (card && card.title !== title) {
      const send = () => commands.editInitiative(id, { ...detailsOf(card), title });
      await this.#edit(send, (error) => {
        kept = true;
        refused(error);
      });
    }
    if (kept) return;
    this.editingId = null;
    await this.focusCard(id);
  }

  async remove(ids: string[]): Promise<void> {
    this.confirmingDelete = null;
    if (await this.#edit(() => commands.deleteInitiatives(ids))) {
      for (const id of ids) this.selection.delete(id);
    }
  }

  setTarget(areaId: string, target: number | null, refused?: Refused): Promise<boolean> {
    return this.#edit(() => commands.setAreaTarget(areaId, target), refused);
  }

  // ---- selection and focus ----------------------------------------------------------------

  select(id: string, additive: boolean, openDetails = true): void {
    this.detailsOpen = openDetails;
    if (additive) {
      if (this.selection.has(id)) this.selection.delete(id);
      else this.selection.add(id);
    } else if (!(this.selection.size === 1 && this.selection.has(id))) {
      this.selection.clear();
      this.selection.add(id);
    }
  }

  async focusCard(id: string): Promise<void> {
    await tick();
    document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`)?.focus();
  }

  // ---- plumbing ---------------------------------------------------------------------------

  /** Another module's edit (offsite tools): queued like ours, its change merged into the view. */
  edit(send: () => Promise<Outcome<ViewChange>> | null): Promise<boolean> {
    return this.#edit(send);
  }

  /** Another module's read or file command, its error shown like ours. */
  call<T>(send: () => Promise<Outcome<T>>, refused?: Refused): Promise<{ data: T } | undefined> {
    return this.#call(send, refused);
  }

  /** Shows the open canvas afresh, after others changed it (a live session's participants). */
  async reload(): Promise<void> {
    if (!this.view) return;
    const current = await this.#call(() => commands.currentCanvas());
    if (current?.data) this.#show(current.data);
  }

  /** A canvas newly opened in the window: a fresh selection, search and history of events. */
  #opened(view: CanvasView): void {
    this.selection.clear();
    this.query = "";
    this.notice = null;
    this.#show(view);
  }

  #show(view: CanvasView): void {
    this.view = view;
    for (const id of this.selection) if (!this.cards.has(id)) this.selection.delete(id);
  }

  async #changedElsewhere(path: string): Promise<void> {
    if (!this.view || this.view.path !== path) return;
    const current = await this.#call(() => commands.currentCanvas());
    if (current?.data) this.#show(current.data);
  }

  /** What an edit changed, applied to the view on screen. */
  #merge(change: ViewChange): void {
    if (this.view) this.#show(applyChange(this.view, change));
  }

  /** Runs an edit after the ones before it; what it changed is applied to our view. */
  #edit(send: () => Promise<Outcome<ViewChange>> | null, refused?: Refused): Promise<boolean> {
    return this.#editWith(send, (change) => this.#merge(change), refused).then((done) => done !== undefined);
  }

  /** An edit of any result: queued, its error shown. */
  #editWith<T>(send: () => Promise<Outcome<T>> | null, use: (data: T) => void, refused?: Refused): Promise<T | undefined> {
    const run = this.#queue.then(async () => {
      const request = send();
      if (request === null) return undefined;
      const result = await this.#settle(request, refused);
      if (!result) return undefined;
      use(result.data);
      return result.data;
    });
    this.#queue = run;
    return run;
  }

  /** A read or a file command: shows its error; gives `{ data }`, or undefined on error. */
  async #call<T>(send: () => Promise<Outcome<T>>, refused?: Refused): Promise<{ data: T } | undefined> {
    return this.#settle(send(), refused);
  }

  /** Errors go to the banner, except refusals of typed input that a field will show itself. */
  async #settle<T>(request: Promise<Outcome<T>>, refused?: Refused): Promise<{ data: T } | undefined> {
    let outcome: Outcome<T>;
    try {
      outcome = await request;
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      outcome = { status: "error", error: { code: "internal", message } };
    }
    if (outcome.status === "error") {
      if (refused && refusesInput(outcome.error)) refused(outcome.error);
      else this.error = outcome.error;
      return undefined;
    }
    this.error = null;
    return { data: outcome.data };
  }
}

export const session = new Session();

/** Marks the first frame painted after start, for scripts/bench-app.sh (a timing, nothing else). */
function markFirstPaint(): void {
  void tick().then(() =>
    requestAnimationFrame(() => setTimeout(() => performance.mark("stratmap:first-paint"), 0)),
  );
}
