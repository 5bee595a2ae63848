import { describe, expect, test } from "vitest";
import { formatSpread, initials, stackRows, teamLabel } from "./team";

describe("self-assessment display", () => {
  test("the team label words the core's figures", () => {
    expect(teamLabel({ participants: [], mean: 12.04, min: -10, max: 40, spread: 20 })).toBe(
      "Team average +12, spread 20, range -10 to +40",
    );
    expect(teamLabel({ participants: [], mean: null, min: null, max: null, spread: null })).toBe("No self-assessment answers yet");
  });

  test("a spread keeps one decimal at most", () => {
    expect(formatSpread(14.142)).toBe("14.1");
    expect(formatSpread(20)).toBe("20");
  });

  test("initials", () => {
    expect(initials("Ana Souza")).toBe("AS");
    expect(initials("  marc ")).toBe("M");
    expect(initials("Jean Paul Gaultier")).toBe("JP");
  });

  test("markers close together stack in rows; those without a place are left out", () => {
    const rows = stackRows([
      { participant: "A", position: 10 },
      { participant: "B", position: 12 },
      { participant: "C", position: 40 },
      { participant: "D", position: 14 },
      { participant: "E", position: 16 },
      { participant: "F", position: null },
    ]);
    expect(rows.map((p) => `${p.participant}${p.row}`)).toEqual(["A0", "B1", "D2", "E2", "C0"]);
  });
});
