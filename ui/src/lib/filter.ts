// Search over the cards: free words match title, notes, owner, status and tags;
// "owner:ana" and "status:active" narrow to one field; "votes:2" keeps cards with at least two
// votes (after a voting round is revealed). Every term must match.

import type { Initiative_Serialize } from "../bindings";

export interface Term {
  field: "any" | "owner" | "status" | "tag" | "votes";
  text: string;
}

export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  for (const raw of query.trim().split(/\s+/)) {
    if (raw === "") continue;
    const match = /^(owner|status|tag):(.*)$/i.exec(raw);
    // Only a whole number makes a votes term; "votes:many" stays an ordinary word to look for,
    // and a bare "votes:" (half typed) narrows nothing yet, like "tag:".
    const votes = /^votes:(\d*)$/i.exec(raw);
    if (votes) {
      if (votes[1]) terms.push({ field: "votes", text: String(Number(votes[1])) });
    } else if (match) {
      const field = (match[1] ?? "").toLowerCase() as Term["field"];
      const text = (match[2] ?? "").toLowerCase();
      if (text !== "") terms.push({ field, text });
    } else {
      terms.push({ field: "any", text: raw.toLowerCase() });
    }
  }
  return terms;
}

type Searchable = Pick<Initiative_Serialize, "title" | "notes" | "owner" | "status" | "tags" | "votes">;

function termMatches(card: Searchable, term: Term): boolean {
  const has = (value: string) => value.toLowerCase().includes(term.text);
  switch (term.field) {
    case "owner":
      return has(card.owner);
    case "status":
      return card.status.startsWith(term.text);
    case "tag":
      return card.tags.some(has);
    case "votes":
      return card.votes >= Number(term.text);
    case "any":
      return (
        has(card.title) || has(card.notes) || has(card.owner) || has(card.status) || card.tags.some(has)
      );
  }
}

export function matches(card: Searchable, terms: Term[]): boolean {
  return terms.every((term) => termMatches(card, term));
}
