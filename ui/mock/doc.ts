// The fake backend's document: what a `.stratmap` file holds, as the mock keeps it in memory.

import type {
  AreaView_Serialize as AreaView,
  Ballot,
  Decision_Serialize as Decision,
  Initiative_Serialize as Initiative,
} from "../src/bindings";

export type Area = Omit<AreaView, "stance" | "initiatives" | "shift" | "pushing_customer" | "pushing_product" | "projected_stance" | "rows">;

export interface Doc {
  path: string;
  title: string;
  subtitle: string;
  created_at: string;
  updated_at: string;
  areas: Area[];
  initiatives: Initiative[];
  assessments: Assessment[];
  voting: Voting | null;
  snapshots: Frozen[];
  log: Decision[];
}

export interface Assessment {
  participant: string;
  answers: number[];
}

export interface Voting {
  allowance: number;
  revealed: boolean;
  ballots: Ballot[];
}

export interface Frozen {
  name: string;
  taken_at: string;
  state: Pick<Doc, "title" | "areas" | "initiatives">;
}

