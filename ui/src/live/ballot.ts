// A participant's dot-voting ballot while they fill it in: votes per card, kept on the page until
// they submit the whole ballot (the host checks it against the allowance).

import type { BallotVote } from "./protocol";

export type Ballot = Record<string, number>;

export function fromVotes(votes: readonly BallotVote[]): Ballot {
  const ballot: Ballot = {};
  for (const vote of votes) ballot[vote.initiative_id] = (ballot[vote.initiative_id] ?? 0) + vote.count;
  return ballot;
}

export function used(ballot: Ballot): number {
  return Object.values(ballot).reduce((sum, count) => sum + count, 0);
}

/** One more (or one fewer) vote on `id`; a count never goes below zero. */
export function changed(ballot: Ballot, id: string, step: 1 | -1): Ballot {
  const count = Math.max(0, (ballot[id] ?? 0) + step);
  const next = { ...ballot, [id]: count };
  if (count === 0) delete next[id];
  return next;
}

/** The ballot as the host takes it: only cards with votes, each once. */
export function toVotes(ballot: Ballot): BallotVote[] {
  return Object.entries(ballot)
    .filter(([, count]) => count > 0)
    .map(([initiative_id, count]) => ({ initiative_id, count }));
}

export function votesLeftText(left: number): string {
  return `${left} ${left === 1 ? "vote" : "votes"} left`;
}
