// Display helpers for the self-assessment's results. The figures themselves (positions, mean,
// range, spread) come from the core; this only words them and arranges markers so none hide another.

import type { ParticipantResult, TeamResult_Serialize as TeamResult } from "../bindings";
import { formatPosition } from "./axis";

/** A spread (standard deviation) as shown: one decimal at most, "20" rather than "20.0". */
export function formatSpread(spread: number): string {
  return String(Math.round(spread * 10) / 10);
}

/** What a screen reader says for the team marker: "Team average +12, spread 20, range -10 to +40". */
export function teamLabel(team: TeamResult): string {
  if (team.mean === null) return "No self-assessment answers yet";
  const parts = [`Team average ${formatPosition(team.mean)}`];
  if (team.spread !== null) parts.push(`spread ${formatSpread(team.spread)}`);
  if (team.min !== null && team.max !== null) parts.push(`range ${formatPosition(team.min)} to ${formatPosition(team.max)}`);
  return parts.join(", ");
}

/** "Ana Souza" → "AS", "marc" → "M": short enough for a marker on a small axis. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => word !== "");
  return words
    .slice(0, 2)
    .map((word) => [...word][0]?.toUpperCase() ?? "")
    .join("");
}

/**
 * Participants with a place, each given a row so that markers closer than `gap` (in axis units)
 * stack instead of covering each other; at most `maxRows` rows, the last one takes the rest.
 */
export function stackRows(
  participants: ParticipantResult[],
  gap = 12,
  maxRows = 3,
): { participant: string; position: number; row: number }[] {
  const placed = participants
    .flatMap((p) => (p.position === null ? [] : [{ participant: p.participant, position: p.position }]))
    .sort((a, b) => a.position - b.position);
  const rightmost: number[] = [];
  return placed.map((p) => {
    let row = rightmost.findIndex((edge) => p.position - edge >= gap);
    if (row === -1) row = Math.min(rightmost.length, maxRows - 1);
    rightmost[row] = p.position;
    return { ...p, row };
  });
}
