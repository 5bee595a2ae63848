// The theme choice (System, Light, Dark) on the mocked build: in More and on the home screen,
// kept across a reload, System following prefers-color-scheme, and the palettes' contrast.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openApp, type App } from "./harness";

const LIGHT_BG = "rgb(244, 245, 247)";
const DARK_BG = "rgb(15, 18, 22)";

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Opens More with the keyboard and moves down to the named theme, then presses Enter. */
async function chooseInMore(app: App, name: "System" | "Light" | "Dark"): Promise<void> {
  const more = app.page.getByRole("button", { name: "More", exact: true });
  await more.focus();
  await app.page.keyboard.press("ArrowDown");
  const option = app.page.getByRole("menuitemradio", { name, exact: true });
  for (let step = 0; step < 10 && !(await option.evaluate((el) => el === document.activeElement)); step += 1) {
    await app.page.keyboard.press("ArrowDown");
  }
  await app.page.keyboard.press("Enter");
  await expect.poll(() => app.page.getByRole("menu").count()).toBe(0);
}

async function checkedInMore(app: App): Promise<string[]> {
  await app.page.getByRole("button", { name: "More", exact: true }).click();
  const group = app.page.getByRole("menu").getByRole("group", { name: "Theme" });
  const checked = await group.locator('[role="menuitemradio"][aria-checked="true"]').allTextContents();
  await app.page.keyboard.press("Escape");
  return checked.map((text) => text.replace("✓", "").trim());
}

/** Every colour of the palette as the page resolves it (custom properties on the root). */
const palette = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    const names = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .flatMap((rule) => (rule instanceof CSSStyleRule && rule.selectorText === ":root" ? [...rule.style] : []))
      .filter((name) => name.startsWith("--"));
    return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name).trim()]));
  });

describe("the theme", () => {
  test("Dark chosen in More with the keyboard stays after a reload, whatever the system says", async () => {
    const app = await openApp("offsite", { colorScheme: "light" });
    expect(await background(app.page)).toBe(LIGHT_BG);
    expect(await checkedInMore(app)).toEqual(["System"]);
    await chooseInMore(app, "Dark");
    expect(await background(app.page)).toBe(DARK_BG);
    await app.page.reload();
    await app.page.getByRole("slider", { name: "Moonshot lab" }).waitFor();
    expect(await background(app.page)).toBe(DARK_BG);
    expect(await app.page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("dark");
    expect(await checkedInMore(app)).toEqual(["Dark"]);
    // Light wins over a dark system too.
    await app.page.emulateMedia({ colorScheme: "dark" });
    await chooseInMore(app, "Light");
    expect(await background(app.page)).toBe(LIGHT_BG);
    await app.page.reload();
    await app.page.getByRole("slider", { name: "Moonshot lab" }).waitFor();
    expect(await background(app.page)).toBe(LIGHT_BG);
  });

  test("System follows prefers-color-scheme both ways, with the same dark palette as Dark", async () => {
    const app = await openApp("offsite", { colorScheme: "light" });
    await chooseInMore(app, "Dark");
    const chosenDark = await palette(app.page);
    expect(Object.keys(chosenDark).length).toBeGreaterThan(20);
    await chooseInMore(app, "System");
    expect(await background(app.page)).toBe(LIGHT_BG);
    await app.page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => background(app.page)).toBe(DARK_BG);
    expect(await palette(app.page)).toEqual(chosenDark);
    await app.page.emulateMedia({ colorScheme: "light" });
    await expect.poll(() => background(app.page)).toBe(LIGHT_BG);
    await app.page.reload();
    await app.page.getByRole("slider", { name: "Moonshot lab" }).waitFor();
    expect(await checkedInMore(app)).toEqual(["System"]);
  });

  test("the home screen has the same choice, as a named radio group", async () => {
    const app = await openApp("home", { colorScheme: "light" });
    const group = app.page.getByRole("group", { name: "Theme" });
    expect(await group.getByRole("radio", { name: "System" }).isChecked()).toBe(true);
    await group.getByRole("radio", { name: "System" }).focus();
    // Arrow keys move the choice, as with any radio group.
    await app.page.keyboard.press("ArrowRight");
    await app.page.keyboard.press("ArrowRight");
    expect(await group.getByRole("radio", { name: "Dark" }).isChecked()).toBe(true);
    expect(await background(app.page)).toBe(DARK_BG);
    await app.page.getByTestId("library").getByText("Board review").click();
    await app.page.getByTestId("canvas-title").waitFor();
    expect(await checkedInMore(app)).toEqual(["Dark"]);
  });

  test.each(["Light", "Dark"] as const)("%s: text keeps a contrast of at least 4.5:1 on its backgrounds", async (name) => {
    const app = await openApp("offsite", { colorScheme: "light" });
    await chooseInMore(app, name);
    const pairs: [string, string][] = [
      ["--text", "--bg"], ["--text", "--surface"], ["--text", "--surface-2"], ["--text", "--accent-soft"],
      ["--text-2", "--bg"], ["--text-2", "--surface"], ["--text-2", "--surface-2"],
      ["--text-3", "--bg"], ["--text-3", "--surface"], ["--text-3", "--surface-2"],
      ["--accent", "--surface"], ["--accent-text", "--accent"], ["--accent", "--accent-soft"],
      ["--danger", "--surface"], ["--danger", "--danger-soft"], ["--surface", "--danger"], ["--text", "--danger-soft"],
      ["--text", "--ok-soft"],
    ];
    const colours = await rgbOf(app.page, [...new Set(pairs.flat())]);
    const low = pairs
      .map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: contrast(colours[fg] ?? [], colours[bg] ?? []) }))
      .filter(({ ratio }) => !(ratio >= 4.5));
    expect(low).toEqual([]);
  });
});

/** Each custom property as the browser resolves it, in sRGB channels 0–255. */
const rgbOf = (page: Page, names: string[]) =>
  page.evaluate((names) => {
    const probe = document.body.appendChild(document.createElement("span"));
    const resolved = Object.fromEntries(
      names.map((name) => {
        probe.style.color = `var(${name})`;
        return [name, (getComputedStyle(probe).color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number)];
      }),
    );
    probe.remove();
    return resolved;
  }, names);

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((v) => v / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}
