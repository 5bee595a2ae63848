import { describe, expect, test } from "vitest";
import { parseThemeChoice } from "./theme";

describe("the theme choice", () => {
  test("a stored choice is read back; nothing or anything else is the system's", () => {
    expect(parseThemeChoice("dark")).toBe("dark");
    expect(parseThemeChoice("light")).toBe("light");
    expect(parseThemeChoice("system")).toBe("system");
    expect(parseThemeChoice(null)).toBe("system");
    expect(parseThemeChoice("Dark")).toBe("system");
    expect(parseThemeChoice("")).toBe("system");
  });
});
