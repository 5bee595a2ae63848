// An in-memory stand-in for the desktop shell and core, answering the same commands with the same
// shapes, for the browser tests and the benchmark. Area figures come from figures.ts, checked
// against the core's. Tests drive it through `window.__fake` (see main.ts).

import type {
  CanvasView_Serialize as CanvasView,
  CommandError,
  Initiative_Serialize as Initiative,
  InitiativeDetails_Deserialize as InitiativeDetails,
  InitiativeMove_Deserialize as InitiativeMove,
  LibraryEntry_Serialize as LibraryEntry,
  Template,
  ViewChange_Serialize as ViewChange,
} from "../src/bindings";
import { TEMPLATES, TEXT_LIMITS } from "./core-rules";
import { areaFigures } from "./figures";
import {
  STATEMENTS, applyOffsite, compareStates, explainChange, offsiteView, snapshotList, stateOf, takeSnapshot,
} from "./offsite";
import type { Doc } from "./doc";
import { logEdit } from "./log";

export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

/** An error as the shell sends it; `field` names what a refused input was about, as the core does. */
const fail = (code: string, message: string, field: string | null = null): CommandError => ({ code, message, field });

function checkNumber(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw fail("invalid_input", `${field} must be a finite number, got ${String(value)}`, field);
  if (value < min || value > max) throw fail("invalid_input", `${field} must be between ${min} and ${max}, got ${value}`, field);
  return value;
}

function checkText(field: string, value: string, max: number, allowEmpty = false): string {
  if (!allowEmpty && value.trim() === "") throw fail("invalid_input", `${field} must not be empty`, field);
  if ([...value].length > max) throw fail("invalid_input", `${field} is ${[...value].length} characters long; at most ${max} are allowed`, field);
  const control = /[\u0000-\u0008\u000b-\u001f\u007f]/.exec(value);
  if (control) throw fail("invalid_input", `${field} contains a control character (U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}); remove it and try again`, field);
  return value;
}

export class FakeCore {
  files = new Map<string, Doc>();
  open: Doc | null = null;
  undoStack: Doc[] = [];
  redoStack: Doc[] = [];
  calls: Call[] = [];
  /** The next call of a command fails with this error. */
  failures = new Map<string, CommandError>();
  folder = "/home/team/Documents/Stratmap";
  problem: CommandError | null = null;
  recent: string[] = [];
  /** Files in the library folder that cannot be opened. */
  broken: LibraryEntry[] = [];
  fullScreen = false;
  #ids = 0;
  #clock = Date.parse("2026-11-20T09:00:00Z");

  newId(): string {
    this.#ids += 1;
    return `00000000-0000-4000-8000-${this.#ids.toString(16).padStart(12, "0")}`;
  }

  now(): string {
    this.#clock += 60_000;
    return new Date(this.#clock).toISOString();
  }

  create(title: string, template: Template): Doc {
    checkText("canvas title", title, TEXT_LIMITS.title);
    const path = `${this.folder}/${title.replace(/[^\w -]/g, "_")}.stratmap`;
    const areas = TEMPLATES[template].map((text) => ({ ...text, id: this.newId(), target: null }));
    const now = this.now();
    const doc: Doc = {
      path, title, subtitle: "", created_at: now, updated_at: now, areas, initiatives: [],
      assessments: [], voting: null, snapshots: [], log: [],
    };
    this.files.set(path, doc);
    return doc;
  }

  addCard(doc: Doc, areaName: string, title: string, position: number, offset: number, extra: Partial<Initiative> = {}): Initiative {
    const area = doc.areas.find((a) => a.name === areaName);
    if (!area) throw new Error(`no area ${areaName}`);
    const card: Initiative = {
      id: this.newId(), area_id: area.id, title, notes: "", position, target: null, lane_offset: offset,
      owner: "", status: "idea", impact: 2, tags: [], votes: 0, ...extra,
    };
    doc.initiatives.push(card);
    return card;
  }

  view(doc: Doc, state: Pick<Doc, "title" | "areas" | "initiatives"> = doc): CanvasView {
    const basename = doc.path.split("/").pop() ?? doc.path;
    return {
      path: doc.path,
      file_name: basename,
      canvas: {
        id: "canvas", title: state.title, subtitle: doc.subtitle, offsite_date: null,
        axis_left: "Product-centric", axis_right: "Customer-centric",
        created_at: doc.created_at, updated_at: doc.updated_at,
      },
      areas: state.areas.map((area) => {
        const cards = state.initiatives.filter((c) => c.area_id === area.id);
        return { ...area, ...areaFigures(area.target, cards), initiatives: cards.map((c) => ({ ...c, tags: [...c.tags] })) };
      }),
      can_undo: this.undoStack.length > 0,
      can_redo: this.redoStack.length > 0,
      // The core words these (see undo_label.rs); the mock has no wording of its own.
      undo_label: null,
      redo_label: null,
      offsite: offsiteView(doc),
    };
  }

  entry(doc: Doc): LibraryEntry {
    return {
      path: doc.path, file_name: doc.path.split("/").pop() ?? "", title: doc.title, updated_at: doc.updated_at,
      area_count: doc.areas.length, initiative_count: doc.initiatives.length, problem: null,
    };
  }

  /** Answers one command as the shell would: its data, or throws a `{code, message}`. */
  handle(cmd: string, args: Record<string, unknown>): unknown {
    this.calls.push({ cmd, args: structuredClone(args) });
    const failure = this.failures.get(cmd);
    if (failure) {
      this.failures.delete(cmd);
      throw failure;
    }
    switch (cmd) {
      case "library":
        return {
          folder: this.folder,
          // Only the library folder's files: a recent file may live anywhere.
          canvases: [
            ...[...this.files.values()].filter((doc) => doc.path.startsWith(`${this.folder}/`)).map((doc) => this.entry(doc)),
            ...this.broken,
          ],
          recent: this.recent.flatMap((path) => {
            const doc = this.files.get(path);
            return doc ? [this.entry(doc)] : [];
          }),
          problem: this.problem,
        };
      case "new_canvas":
        return this.install(this.create(args.title as string, args.template as Template));
      case "open_canvas": {
        const doc = this.files.get(args.path as string);
        if (!doc) throw fail("file_not_found", `${String(args.path)}: no such file`);
        return this.install(doc);
      }
      case "open_canvas_dialog":
      case "save_copy_dialog":
      case "import_dialog":
        return null;
      case "export_dialog": {
        // As the shell: options checked first, then the "user" picks a file in the library folder.
        const request = args.request as { kind: string; scale?: number; page?: string; compare?: string | null };
        if (request.kind === "png") checkNumber("scale", request.scale, 1, 4);
        else if (request.page !== "a4" && request.page !== "letter") throw fail("invalid_input", `page size is not valid: ${String(request.page)}`, "page size");
        const doc = this.current();
        // A PDF's compare page names a snapshot that must exist (the shell refuses before its dialog).
        if (request.kind === "pdf" && request.compare != null) stateOf(doc, request.compare);
        return { path: `${this.folder}/${doc.title}.${request.kind}`, bytes: 245_760 };
      }
      case "current_canvas":
        return this.open ? this.view(this.open) : null;
      case "close_canvas":
        this.open = null;
        return null;
      case "undo":
      case "redo":
        return this.history(cmd);
      case "snapshots":
        return snapshotList(this.current());
      case "take_snapshot":
        return takeSnapshot(this.current(), args.name as string, this.now());
      case "snapshot_view":
        return this.view(this.current(), stateOf(this.current(), args.name as string));
      case "compare_states":
        return compareStates(this.current(), args.from as string, args.to as string);
      case "assessment_statements":
        return STATEMENTS;
      case "text_limits":
        return TEXT_LIMITS;
      case "decision_log": {
        const id = args.initiativeId as string | null;
        return this.current().log.filter((d) => id === null || d.initiative_id === id);
      }
      case "explain_change":
        return explainChange(this.current(), args.change as number, args.reason as string);
      case "export_decision_log_dialog":
        return { path: `${this.folder}/${this.current().title} decisions.csv`, bytes: 2048 };
      case "set_full_screen":
        this.fullScreen = args.on as boolean;
        return null;
      default:
        return this.edit(cmd, args);
    }
  }

  install(doc: Doc): CanvasView {
    this.open = doc;
    this.undoStack = [];
    this.redoStack = [];
    this.recent = [doc.path, ...this.recent.filter((p) => p !== doc.path)];
    return this.view(doc);
  }

  history(cmd: "undo" | "redo"): ViewChange {
    const doc = this.current();
    const from = cmd === "undo" ? this.undoStack : this.redoStack;
    const to = cmd === "undo" ? this.redoStack : this.undoStack;
    const previous = from.pop();
    if (!previous) throw fail("nothing_to_do", `nothing to ${cmd}`);
    const before = structuredClone(doc);
    to.push(structuredClone(doc));
    Object.assign(doc, previous);
    // The fake logs no undo or redo, so they name no change.
    return this.change(before, doc, null);
  }

  /** What the core sends after an edit: lane figures, changed cards, removed ids, and the
   *  number of the decision-log change it was logged as. */
  change(before: Doc, after: Doc, logged: number | null): ViewChange {
    const view = this.view(after);
    const old = new Map(before.initiatives.map((c) => [c.id, JSON.stringify(c)]));
    const now = new Set(after.initiatives.map((c) => c.id));
    return {
      canvas: view.canvas,
      areas: view.areas.map(({ initiatives: _cards, ...summary }) => summary),
      upserted: after.initiatives.filter((c) => old.get(c.id) !== JSON.stringify(c)).map((c) => ({ ...c, tags: [...c.tags] })),
      removed: before.initiatives.filter((c) => !now.has(c.id)).map((c) => c.id),
      can_undo: view.can_undo,
      can_redo: view.can_redo,
      undo_label: view.undo_label,
      redo_label: view.redo_label,
      offsite: view.offsite,
      change: logged,
    };
  }

  current(): Doc {
    if (!this.open) throw fail("no_canvas", "No canvas is open in this window.");
    return this.open;
  }

  /** One op: validated on a copy, then kept with the old state on the undo stack. */
  edit(cmd: string, args: Record<string, unknown>): unknown {
    const doc = this.current();
    const before = structuredClone(doc);
    const work = structuredClone(doc);
    const result = this.apply(work, cmd, args);
    Object.assign(doc, work, { updated_at: this.now() });
    logEdit(doc, before, cmd, args, doc.updated_at);
    this.undoStack.push(before);
    this.redoStack = [];
    const change = this.change(before, doc, doc.log.at(-1)?.change ?? null);
    return result === undefined ? change : { id: result, change };
  }

  apply(doc: Doc, cmd: string, args: Record<string, unknown>): string | undefined {
    const card = (id: string) => {
      const found = doc.initiatives.find((c) => c.id === id);
      if (!found) throw fail("not_found", `there is no initiative with id ${id} on this canvas`);
      return found;
    };
    const area = (id: string) => {
      const found = doc.areas.find((a) => a.id === id);
      if (!found) throw fail("not_found", `there is no area with id ${id} on this canvas`);
      return found;
    };
    if (applyOffsite(doc, cmd, args)) return undefined;
    switch (cmd) {
      case "add_initiative": {
        const added: Initiative = {
          id: this.newId(), area_id: area(args.areaId as string).id, title: checkText("title", args.title as string, TEXT_LIMITS.title),
          notes: "", position: checkNumber("position", args.position, -100, 100), target: null,
          lane_offset: checkNumber("lane offset", args.laneOffset, 0, 1), owner: "", status: "idea", impact: 2, tags: [], votes: 0,
        };
        doc.initiatives.push(added);
        return added.id;
      }
      case "move_initiatives":
        for (const move of args.moves as InitiativeMove[]) {
          // In the core's order (ops/initiative.rs, relocate): the card, its new area, then the
          // card's rules, where a refused position names the field "position".
          const moved = card(move.id);
          if (move.area_id != null) moved.area_id = area(move.area_id).id;
          moved.position = checkNumber("position", move.position, -100, 100);
          if (move.lane_offset != null) moved.lane_offset = checkNumber("lane offset", move.lane_offset, 0, 1);
        }
        return undefined;
      case "edit_initiative": {
        const edited = card(args.id as string);
        const details = args.details as InitiativeDetails;
        edited.title = checkText("title", details.title, TEXT_LIMITS.title);
        edited.notes = checkText("notes", details.notes, TEXT_LIMITS.notes, true);
        edited.owner = checkText("owner", details.owner, TEXT_LIMITS.owner, true);
        edited.status = details.status;
        edited.impact = checkNumber("impact", details.impact, 1, 3);
        edited.tags = details.tags;
        edited.target = details.target == null ? null : checkNumber("target", details.target, -100, 100);
        return undefined;
      }
      case "delete_initiatives":
        for (const id of args.ids as string[]) card(id);
        doc.initiatives = doc.initiatives.filter((c) => !(args.ids as string[]).includes(c.id));
        return undefined;
      case "edit_area": {
        const edited = area(args.areaId as string);
        const details = args.details as { name: string; colour: string; product_pole: string; customer_pole: string };
        edited.name = checkText("area name", details.name, TEXT_LIMITS.name);
        if (!/^#[0-9a-fA-F]{6}$/.test(details.colour)) throw fail("invalid_input", `colour is not valid: ${JSON.stringify(details.colour)} is not a #rrggbb colour`, "colour");
        Object.assign(edited, { colour: details.colour, product_pole: details.product_pole, customer_pole: details.customer_pole });
        return undefined;
      }
      case "edit_canvas": {
        const details = args.details as { title: string; subtitle: string };
        doc.title = checkText("canvas title", details.title, TEXT_LIMITS.title);
        doc.subtitle = checkText("subtitle", details.subtitle, TEXT_LIMITS.title, true);
        return undefined;
      }
      case "set_area_target": {
        const target = args.target as number | null;
        area(args.areaId as string).target = target === null ? null : checkNumber("target", target, -100, 100);
        return undefined;
      }
      default:
        throw fail("internal", `the fake backend does not know the command ${cmd}`);
    }
  }
}
