// The real host for the live-session browser tests: a canvas made with the real CLI in a temporary
// folder, and `stratmap host` serving it on 127.0.0.1 only. Every wait is bounded.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const STRATMAP_BIN =
  process.env.STRATMAP_BIN ?? `${process.env.CARGO_TARGET_DIR ?? "/var/tmp/stratmap-ci-target"}/debug/stratmap`;

/** How long the host may take to start or to stop. */
const START_MS = 15_000;
const STOP_MS = 10_000;

export interface Canvas {
  dir: string;
  file: string;
  remove(): Promise<void>;
}

/** A new "Q3 offsite" canvas (basic template: End goal, Growth strategy, Marketing strategy). */
export async function makeCanvas(cards: { area: string; title: string; position: number }[] = []): Promise<Canvas> {
  const dir = await mkdtemp(join(tmpdir(), "stratmap-live-"));
  const file = join(dir, "offsite.stratmap");
  await run(STRATMAP_BIN, ["new", file, "--title", "Q3 offsite", "--template", "basic"], { timeout: START_MS });
  for (const card of cards) {
    await run(STRATMAP_BIN, ["add", file, "--area", card.area, "--title", card.title, "--position", String(card.position)], {
      timeout: START_MS,
    });
  }
  return { dir, file, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface Host {
  participants: string;
  facilitator: string;
  port: number;
  /** SIGTERM, then waits for a clean exit (status 0). */
  stop(): Promise<void>;
}

function localOnly(url: string): URL {
  const parsed = new URL(url);
  if (parsed.hostname !== "127.0.0.1") throw new Error(`the host printed a link that is not on 127.0.0.1: ${url}`);
  return parsed;
}

/** Reads the host's two link lines from its standard output. */
function links(child: ChildProcess): Promise<{ participants: string; facilitator: string }> {
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => fail(new Error(`the host printed no links within ${START_MS} ms: ${out}${err}`)), START_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const participants = /^participants: (\S+)$/m.exec(out)?.[1];
      const facilitator = /^facilitator: (\S+)$/m.exec(out)?.[1];
      if (participants && facilitator) {
        clearTimeout(timer);
        resolve({ participants, facilitator });
      }
    });
    child.once("exit", (code, signal) => fail(new Error(`the host exited (${code ?? signal}) before printing its links: ${err}`)));
    child.once("error", fail);
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the host did not stop within ${STOP_MS} ms of SIGTERM`));
    }, STOP_MS);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

/** `stratmap host FILE --bind 127.0.0.1 --port PORT` (0: any free port). */
export async function startHost(file: string, port = 0): Promise<Host> {
  const child = spawn(STRATMAP_BIN, ["host", file, "--bind", "127.0.0.1", "--port", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let found: { participants: string; facilitator: string };
  try {
    found = await links(child);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  const url = localOnly(found.participants);
  localOnly(found.facilitator);
  let stopped: Promise<void> | null = null;
  return {
    ...found,
    port: Number(url.port),
    stop: () => {
      stopped ??= (async () => {
        child.kill("SIGTERM");
        const { code, signal } = await exited(child);
        if (code !== 0) throw new Error(`the host exited with ${code ?? signal} after SIGTERM`);
      })();
      return stopped;
    },
  };
}
