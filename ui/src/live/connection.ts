// The page's WebSocket to the host: says hello, hands every message on, and when the socket
// closes (the host restarted, the Wi-Fi dropped) reconnects by itself, waiting longer each time.
// Who the device is lives in its cookie, so a reconnected socket speaks for the same person.

import { PROTOCOL_VERSION, type ClientMessage, type ServerMessage } from "./protocol";

export type ConnectionState =
  /** Opening the first socket. */
  | "connecting"
  /** A view has arrived on the open socket. */
  | "connected"
  /** The socket closed; another try is scheduled. */
  | "reconnecting"
  /** Told to stop (the session ended for this device, or the page is done). */
  | "stopped"
  /** The host no longer admits this device (removed, or its link is no longer valid). */
  | "gone";

/** What `check` found before a reconnect: go on, give up (the cookie no longer admits this
 *  device), or try again later (the host does not answer yet). */
export type Reachability = "ok" | "gone" | "unreachable";

export interface ConnectionEvents {
  message(message: ServerMessage): void;
  state(state: ConnectionState, reason: string): void;
  check(): Promise<Reachability>;
  /** The host speaks another protocol: the page must load its newer self. */
  reload(): void;
}

export const BACKOFF_FIRST_MS = 500;
export const BACKOFF_MAX_MS = 5000;

/** The wait before the next try: 0.5 s, doubling up to 5 s. */
export function nextDelay(previous: number | null): number {
  return previous === null ? BACKOFF_FIRST_MS : Math.min(BACKOFF_MAX_MS, previous * 2);
}

export function socketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`;
}

export class Connection {
  private socket: WebSocket | null = null;
  private delay: number | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly events: ConnectionEvents,
  ) {}

  start(): void {
    this.stopped = false;
    this.events.state("connecting", "");
    this.open();
  }

  /** Stops for good: no reconnect after this. */
  stop(state: "stopped" | "gone" = "stopped"): void {
    this.stopped = true;
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, "the page is done");
    this.events.state(state, "");
  }

  isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  send(message: ClientMessage): boolean {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private open(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => {
      socket.send(JSON.stringify({ type: "hello", protocol: PROTOCOL_VERSION } satisfies ClientMessage));
    };
    socket.onmessage = (event: MessageEvent) => {
      if (this.socket !== socket || typeof event.data !== "string") return;
      let message: ServerMessage;
      try {
        message = JSON.parse(event.data) as ServerMessage;
      } catch {
        return;
      }
      if (message.type === "reload") {
        this.stop();
        this.events.reload();
        return;
      }
      if (message.type === "view") {
        // Only a socket that delivered a view counts as working: the backoff starts over.
        this.delay = null;
        this.events.state("connected", "");
      }
      this.events.message(message);
      if (message.type === "ended") this.stop();
    };
    socket.onclose = (event: CloseEvent) => {
      if (this.socket !== socket || this.stopped) return;
      this.socket = null;
      this.events.state("reconnecting", event.reason);
      this.schedule();
    };
  }

  private schedule(): void {
    this.delay = nextDelay(this.delay);
    this.retry = setTimeout(() => {
      this.retry = null;
      const checked = this.events.check().catch((): Reachability => "unreachable");
      void checked.then((found) => {
        if (this.stopped) return;
        if (found === "gone") this.stop("gone");
        else if (found === "ok") this.open();
        else this.schedule();
      });
    }, this.delay);
  }
}
