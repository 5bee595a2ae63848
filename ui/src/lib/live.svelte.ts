// The live session the window hosts: its status (join link and code, who is here, the phase) and
// the facilitator's controls. Every rule is the host's: this module sends controls and shows
// what comes back.

import {
  commands,
  events,
  type ClientMessage_Deserialize as ClientMessage,
  type LiveStatus_Serialize as LiveStatus,
  type NetworkChoice,
  type Phase,
} from "../bindings";
import { session } from "./canvas.svelte";

/** The controls this window sends; the request number is the host's business for sockets only. */
type Control = ClientMessage extends infer M ? (M extends { request: number } ? Omit<M, "request"> : never) : never;

class LiveSession {
  status = $state.raw<LiveStatus | null>(null);
  networks = $state.raw<NetworkChoice[]>([]);
  address = $state<string>("");
  /** The join code shown full screen, for the projector. */
  showingCode = $state(false);
  starting = $state(false);
  #listening = false;

  async open(): Promise<void> {
    await this.#listen();
    this.networks = await commands.liveNetworks();
    if (!this.networks.some((n) => n.address === this.address)) this.address = this.networks[0]?.address ?? "";
    await this.refresh();
  }

  async #listen(): Promise<void> {
    if (this.#listening) return;
    this.#listening = true;
    await events.liveChanged.listen((event) => {
      void this.refresh();
      if (event.payload.board) void session.reload();
    });
  }

  async refresh(): Promise<void> {
    const status = await session.call(() => commands.liveStatus());
    if (status) this.status = status.data;
  }

  async start(): Promise<void> {
    if (!this.address) return;
    this.starting = true;
    const started = await session.call(() => commands.startLiveSession(this.address));
    this.starting = false;
    if (started) {
      this.status = started.data;
      session.notice = `Live session started on ${started.data.network}`;
    }
  }

  /** Resumes the open canvas's session if its host died while serving it; true if it did. */
  async resume(): Promise<boolean> {
    await this.#listen();
    const resumed = await session.call(() => commands.resumeLiveSession());
    this.status = resumed?.data ?? null;
    if (!resumed?.data) return false;
    this.address = this.networks.find((n) => n.label === resumed.data?.network)?.address ?? this.address;
    session.notice = `The live session was resumed on ${resumed.data.network}; participants reconnect on their own`;
    return true;
  }

  /** Opens the participants' page in this computer's browser. */
  async testLocally(): Promise<void> {
    await session.call(() => commands.openParticipantPage());
  }

  async stop(): Promise<void> {
    const stopped = await session.call(() => commands.stopLiveSession());
    if (stopped) {
      this.status = null;
      this.showingCode = false;
      session.notice = "Live session stopped; start it again to resume with the same link";
    }
  }

  async control(control: Control): Promise<boolean> {
    const done = await session.call(() => commands.liveControl({ ...control, request: 0 } as ClientMessage));
    if (done) await this.refresh();
    return done !== undefined;
  }

  setPhase(phase: Phase, allowance: number | null = null): Promise<boolean> {
    return this.control({ type: "set_phase", phase, allowance });
  }
}

export const live = new LiveSession();
