// Search over the cards: free words match title, notes, owner, status and tags;
// "owner:ana" and "status:active" narrow to one field. Every term must match.

import type { Initiative_Serialize } from "../bindings";

export interface Term {
  field: "any" | "owner" | "status" | "tag";
  text: string;
}

export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  for (const raw of query.trim().split(/\s+/)) {
    if (raw === "") continue;
    const match = /^(owner|status|tag):(.*)$/i.exec(raw);
    if (match) {
      const field = (match[1] ?? "").toLowerCase() as Term["field"];
      const text = (match[2] ?? "").toLowerCase();
      if (text !== "") terms.push({ field, text });
    } else {
      terms.push({ field: "any", text: raw.toLowerCase() });
    }
  }
  return terms;
}

type Searchable = Pick<Initiative_Serialize, "title" | "notes" | "owner" | "status" | "tags">;

function termMatches(card: Searchable, term: Term): boolean {
  const has = (value: string) => value.toLowerCase().includes(term.text);
  switch (term.field) {
    case "owner":
      return has(card.owner);
    case "status":
      return card.status.startsWith(term.text);
    case "tag":
      return card.tags.some(has);
    case "any":
      return (
        has(card.title) || has(card.notes) || has(card.owner) || has(card.status) || card.tags.some(has)
      );
  }
}

export function matches(card: Searchable, terms: Term[]): boolean {
  return terms.every((term) => termMatches(card, term));
}
