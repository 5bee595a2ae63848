import { describe, expect, test } from "vitest";
import type { LibraryEntry_Serialize as LibraryEntry } from "../bindings";
import { recentOutsideLibrary } from "./library";

const entry = (path: string): LibraryEntry => ({
  path, file_name: path.split("/").pop() ?? path, title: path, updated_at: "", area_count: 0, initiative_count: 0, problem: null,
});

describe("the home screen's lists", () => {
  test("recent keeps only the files the library does not list, in their order", () => {
    const library = [entry("/lib/a.stratmap"), entry("/lib/b.stratmap")];
    const recent = [entry("/shared/c.stratmap"), entry("/lib/b.stratmap"), entry("/tmp/d.stratmap")];
    expect(recentOutsideLibrary(recent, library).map((e) => e.path)).toEqual(["/shared/c.stratmap", "/tmp/d.stratmap"]);
    expect(recentOutsideLibrary([entry("/lib/a.stratmap")], library)).toEqual([]);
  });
});
