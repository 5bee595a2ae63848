// The mocked build's entry: installs the fake backend behind Tauri's IPC, then starts the real app.
// Tests reach the fake through `window.__fake`.

import { mockIPC, mockWindows } from "@tauri-apps/api/mocks";
import { emit } from "@tauri-apps/api/event";
import { FakeCore } from "./backend";
import { seed } from "./scenarios";
import { FakeLive } from "./live";

const params = new URLSearchParams(location.search);
const core = new FakeCore();
const live = new FakeLive();
// `?died=SCENE`: the canvas's live session was being served when its host died.
live.died = params.get("died");
seed(core, params.get("scenario") ?? "");
const latency = Number(params.get("latency") ?? "0");

// The one window, as the shell labels it: the UI listens for changes on its own window.
mockWindows("main");
mockIPC(
  async (cmd, payload) => {
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    const args = (payload ?? {}) as Record<string, unknown>;
    if (live.handles(cmd)) {
      core.calls.push({ cmd, args: structuredClone(args) });
      // A copy, as the real IPC's JSON would be: the UI must never hold the fake's own objects.
      return structuredClone(live.handle(cmd, args));
    }
    // An edit's result is its answer: the shell tells only other windows ("canvas-changed",
    // see `moveElsewhere`), never the one that made it.
    return core.handle(cmd, args);
  },
  { shouldMockEvents: true },
);

const fake = {
  core,
  live,
  /** The room moves on (participants join, place, vote): the window is told, as the host tells it. */
  liveScene: async (name: string) => {
    live.show(name);
    await emit("live-changed", { board: false });
  },
  /** The commands the UI sent, in order. */
  calls: () => core.calls.map((call) => ({ ...call })),
  clearCalls: () => {
    core.calls.length = 0;
  },
  failNext: (cmd: string, code: string, message: string) => core.failures.set(cmd, { code, message }),
  /** A change made elsewhere (another window): the card moves and the change event fires. */
  moveElsewhere: async (title: string, position: number) => {
    const card = core.open?.initiatives.find((c) => c.title === title);
    if (!card || !core.open) return;
    card.position = position;
    await emit("canvas-changed", { path: core.open.path });
  },
};
(window as unknown as { __fake: typeof fake }).__fake = fake;

await import("../src/main");
