// The participant page's two HTTP calls: who this device is, and joining with a name. Both are
// same-origin; the host keeps who the device is in an HttpOnly cookie the page never reads.

import type { ErrorReply, JoinRequest, MeReply } from "./protocol";
import type { Reachability } from "./connection";

export type Reply<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

async function read<T>(response: Response): Promise<Reply<T>> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (response.ok && body !== null) return { ok: true, value: body as T };
  const message = (body as Partial<ErrorReply> | null)?.message;
  return {
    ok: false,
    status: response.status,
    message: typeof message === "string" && message !== "" ? message : `The host answered ${response.status}.`,
  };
}

/** Status 0: the host could not be reached at all. */
function unreachable<T>(): Reply<T> {
  return { ok: false, status: 0, message: "The host cannot be reached." };
}

export async function fetchMe(): Promise<Reply<MeReply>> {
  try {
    return await read<MeReply>(await fetch("/api/me", { credentials: "same-origin", cache: "no-store" }));
  } catch {
    return unreachable();
  }
}

export async function join(name: string): Promise<Reply<MeReply>> {
  const body: JoinRequest = { name };
  try {
    const response = await fetch("/api/join", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    return await read<MeReply>(response);
  } catch {
    return unreachable();
  }
}

/** Before a participant's socket reconnects: still joined, no longer, or the host is not up. */
export async function participantReachable(): Promise<Reachability> {
  const me = await fetchMe();
  if (me.ok) return me.value.joined ? "ok" : "gone";
  return me.status === 0 || me.status >= 500 ? "unreachable" : "gone";
}

/** Before the facilitator's socket reconnects: whether the facilitator cookie still opens the page. */
export async function facilitatorReachable(): Promise<Reachability> {
  try {
    const response = await fetch("/facilitator", { method: "HEAD", credentials: "same-origin", cache: "no-store" });
    if (response.ok) return "ok";
    return response.status >= 500 ? "unreachable" : "gone";
  } catch {
    return "unreachable";
  }
}
