// One page's live session: the latest view from the host, the connection's state, and every
// request the page sends. Moves show at once and are sent one at a time per card (the latest
// place wins), so holding an arrow key never floods the host or loses a step.

import { SvelteMap } from "svelte/reactivity";
import { cardsOf, type LiveCardData, type Place } from "./board";
import { Connection, socketUrl, type ConnectionState, type Reachability } from "./connection";
import type { BallotVote, ClientMessage, LiveView, Phase, ServerMessage } from "./protocol";

type WithoutNumber<M> = M extends { request: number } ? Omit<M, "request"> : never;
/** Any request, without the number it travels under (`send` gives it one). */
export type Request = WithoutNumber<ClientMessage>;

interface Answer {
  ack?: () => void;
  refused?: (message: string) => void;
}

interface PendingMove {
  inFlight: boolean;
  /** The latest place asked for while a move was in flight. */
  queued: Place | null;
  /** Acknowledged: the next view shows it, and the local place can go. */
  settled: boolean;
}

export const NOT_CONNECTED = "Not connected: the page is reconnecting; try again in a moment.";

export class LiveSession {
  view = $state<LiveView | null>(null);
  connection = $state<ConnectionState>("connecting");
  /** Why the socket last closed, as the host said it. */
  closeReason = $state("");
  /** The latest refusal or local error, for the page's alert region. */
  alert = $state<string | null>(null);
  /** Set when the host ended this participant's session. */
  ended = $state<string | null>(null);
  /** performance.now() when the latest view arrived: the timer counts down from there. */
  viewAt = $state(0);
  /** Places of moves not yet in a view. */
  readonly places = new SvelteMap<string, Place>();

  readonly cards: LiveCardData[] = $derived(this.view ? cardsOf(this.view, this.places) : []);
  readonly phase: Phase | null = $derived(this.view?.phase ?? null);

  private socket: Connection | null = null;
  private next = 1;
  // Bookkeeping, never drawn: plain maps.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private answers = new Map<number, Answer>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private moves = new Map<string, PendingMove>();

  connect(check: () => Promise<Reachability>, reload: () => void): void {
    this.socket?.stop();
    this.ended = null;
    this.socket = new Connection(socketUrl(location), {
      message: (message) => this.receive(message),
      state: (state, reason) => {
        this.connection = state;
        if (state === "reconnecting") {
          this.closeReason = reason;
          this.forgetPending();
        } else if (state === "connected") {
          this.closeReason = "";
        }
      },
      check,
      reload,
    });
    this.socket.start();
  }

  disconnect(): void {
    this.socket?.stop();
    this.socket = null;
  }

  private receive(message: ServerMessage): void {
    switch (message.type) {
      case "view":
        this.view = message.view;
        this.viewAt = performance.now();
        for (const [id, move] of this.moves) {
          if (move.settled) {
            this.moves.delete(id);
            this.places.delete(id);
          }
        }
        break;
      case "ack": {
        const answer = this.answers.get(message.request);
        this.answers.delete(message.request);
        answer?.ack?.();
        break;
      }
      case "refused": {
        this.alert = message.message;
        if (message.request !== null) {
          const answer = this.answers.get(message.request);
          this.answers.delete(message.request);
          answer?.refused?.(message.message);
        }
        break;
      }
      case "ended":
        this.ended = message.message;
        break;
      case "reload":
        break;
    }
  }

  /** A closed socket answers nothing more: what it still owed is dropped, the next view rules. */
  private forgetPending(): void {
    const owed = [...this.answers.values()];
    this.answers.clear();
    this.moves.clear();
    this.places.clear();
    for (const answer of owed) answer.refused?.(NOT_CONNECTED);
  }

  /** Sends a request under a fresh number; false (and an alert) when not connected. */
  send(request: Request, answer: Answer = {}): boolean {
    const number = this.next++;
    if (!this.socket?.send({ ...request, request: number } as ClientMessage)) {
      this.alert = NOT_CONNECTED;
      answer.refused?.(NOT_CONNECTED);
      return false;
    }
    this.answers.set(number, answer);
    return true;
  }

  /** Moves a card (one's own draft, or a public card for the facilitator). */
  move(kind: "move_draft" | "move_card", id: string, place: Place): void {
    this.places.set(id, place);
    const pending = this.moves.get(id);
    if (pending?.inFlight) {
      pending.queued = place;
      return;
    }
    this.sendMove(kind, id, place);
  }

  private sendMove(kind: "move_draft" | "move_card", id: string, place: Place): void {
    const move: PendingMove = { inFlight: true, queued: null, settled: false };
    this.moves.set(id, move);
    const drop = () => {
      if (this.moves.get(id) === move) {
        this.moves.delete(id);
        this.places.delete(id);
      }
    };
    this.send(
      { type: kind, id, ...place },
      {
        ack: () => {
          move.inFlight = false;
          if (move.queued) this.sendMove(kind, id, move.queued);
          else move.settled = true;
        },
        refused: drop,
      },
    );
  }

  addDraft(areaId: string, title: string, answer?: Answer): boolean {
    return this.send({ type: "add_draft", area_id: areaId, title, position: 0, lane_offset: 0.5 }, answer);
  }

  renameDraft(id: string, title: string, answer?: Answer): boolean {
    return this.send({ type: "rename_draft", id, title }, answer);
  }

  deleteDraft(id: string): boolean {
    return this.send({ type: "delete_draft", id });
  }

  submitVotes(votes: BallotVote[], answer?: Answer): boolean {
    return this.send({ type: "submit_votes", votes }, answer);
  }

  submitAnswers(answers: number[], answer?: Answer): boolean {
    return this.send({ type: "submit_answers", answers }, answer);
  }
}
