// What axe does not measure (WCAG 1.4.11 and 2.5.8), on the mocked build in both palettes: the
// edge of every field and bordered button, and the stance and target markers on a lane's track,
// keep 3:1 against what they sit on; the board's sliders (cards, target markers) stay at least
// 24×24 CSS pixels at the zooms the app picks, a side panel open or not.
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openApp, type App } from "./harness";

type Scheme = "light" | "dark";

/**
 * In the page: fields and bordered buttons whose edge (or, failing that, fill) is under 3:1
 * against what is behind them, or the stance dots and target flags under 3:1 against their
 * lane's track. Colours are painted on a canvas to be read, so color-mix() and alpha resolve as drawn.
 */
function lowContrast(page: Page, what: "controls" | "markers"): Promise<string[]> {
  return page.evaluate((what) => {
    const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    /** `bg`, then `fg` over it at `opacity`, on white; the colour drawn. */
    const paint = (bg: string, fg?: string, opacity = 1) => {
      context.globalAlpha = 1;
      for (const [colour, alpha] of [["#fff", 1], [bg, 1], [fg, opacity]] as const) {
        if (colour === undefined) continue;
        context.globalAlpha = alpha;
        context.fillStyle = colour;
        context.fillRect(0, 0, 1, 1);
      }
      return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => v / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    /** `fg` (possibly translucent) drawn over `bg`, against `bg`. */
    const contrast = (fg: string, bg: string, opacity = 1) => {
      const [high, low] = [luminance(paint(bg, fg, opacity)), luminance(paint(bg))].sort((x, y) => y - x);
      return (high! + 0.05) / (low! + 0.05);
    };
    const behind = (element: Element) => {
      for (let at = element.parentElement; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor;
        if (colour !== "rgba(0, 0, 0, 0)") return colour;
      }
      return getComputedStyle(document.body).backgroundColor;
    };
    const low = (label: string, ratio: number) => (ratio < 3 ? [`${label}: ${ratio.toFixed(2)}:1`] : []);

    if (what === "markers") {
      return [...document.querySelectorAll<HTMLElement>("[data-lane-band]")].flatMap((band) => {
        const track = band.parentElement!;
        const lane = track.closest("[role=group]")?.getAttribute("aria-label") ?? "?";
        const trackColour = getComputedStyle(track).backgroundColor;
        const dots = [...track.querySelectorAll("[data-testid=stance] .dot")].map((dot) => getComputedStyle(dot).backgroundColor);
        // A target not set yet is drawn faded: its opacity counts.
        const flags = [...track.querySelectorAll<HTMLElement>("[role=slider][data-testid^='target-']")].map((slider) => ({
          stroke: getComputedStyle(slider.querySelector(".flag path")!).stroke,
          opacity: Number(getComputedStyle(slider).opacity),
        }));
        return [
          ...dots.flatMap((colour) => low(`${lane} stance`, contrast(colour, trackColour))),
          ...flags.flatMap(({ stroke, opacity }) => low(`${lane} target`, contrast(stroke, trackColour, opacity))),
        ];
      });
    }
    // The app's buttons and the form fields. (The home screen's canvas tiles are buttons too, but
    // a tile is known by its text and place in the list, not by an edge.)
    const controls = [...document.querySelectorAll<HTMLElement>(".button, input, select, textarea")].filter((el) => {
      const style = getComputedStyle(el);
      const kind = el instanceof HTMLInputElement ? el.type : "";
      // Radios and checkboxes are drawn by the browser; a quiet button (no border) is text or an icon.
      return el.getClientRects().length > 0 && style.visibility !== "hidden" && !el.closest(".visually-hidden") && !(el as HTMLButtonElement).disabled &&
        !["radio", "checkbox", "color", "hidden"].includes(kind) && parseFloat(style.borderTopWidth) > 0 && style.borderTopColor !== "rgba(0, 0, 0, 0)";
    });
    return controls.flatMap((el) => {
      const style = getComputedStyle(el);
      const outside = behind(el);
      const name = el.getAttribute("aria-label") ?? el.getAttribute("data-testid") ?? el.textContent?.trim() ?? el.tagName;
      return low(`${el.tagName.toLowerCase()} "${name}"`, Math.max(contrast(style.borderTopColor, outside), contrast(style.backgroundColor, outside)));
    });
  }, what);
}

/** Board sliders in view drawn smaller than 24×24 CSS pixels, or covered where they are drawn. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const board = document.querySelector("[data-testid=board]")!;
    const seen = board.getBoundingClientRect();
    const top = board.querySelector(".axis-bar")!.getBoundingClientRect().bottom;
    return [...board.querySelectorAll<HTMLElement>("[role=slider]")].flatMap((el) => {
      const box = el.getBoundingClientRect();
      // Only those wholly in view: below the axis, inside the board's scrolled viewport.
      if (box.top < top || box.bottom > seen.top + board.clientHeight || box.left < seen.left || box.right > seen.left + board.clientWidth) return [];
      const name = el.getAttribute("aria-label");
      if (box.width < 24 || box.height < 24) return [`${name}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}`];
      // The whole box takes the pointer: the middle of each edge, 1 px in, reaches the slider.
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      const edges = [[x, box.top + 1], [x, box.bottom - 1], [box.left + 1, y], [box.right - 1, y]];
      const missed = edges.filter(([px, py]) => py! < innerHeight && px! < innerWidth && !el.contains(document.elementFromPoint(px!, py!)));
      return missed.length > 0 ? [`${name}: ${missed.length} edge(s) covered or cut`] : [];
    });
  });
}

async function openPanel(app: App, tool: string, panel: string): Promise<void> {
  await app.page.getByTestId(`tool-${tool}`).click();
  await app.page.getByTestId(panel).waitFor();
}

describe.each(["light", "dark"] as Scheme[])("%s palette", (colorScheme) => {
  test("fields and bordered buttons show an edge of at least 3:1: home, board, details and panels", async () => {
    const home = await openApp("home", { colorScheme });
    await home.page.getByTestId("library").waitFor();
    expect(await lowContrast(home.page, "controls")).toEqual([]);

    const app = await openApp("offsite", { colorScheme });
    await app.card("Customer success team").click();
    await app.page.getByTestId("details-panel").waitFor();
    expect(await lowContrast(app.page, "controls")).toEqual([]);
    await app.page.keyboard.press("Escape");
    for (const [tool, panel] of [["snapshots", "snapshots-panel"], ["voting", "voting-panel"], ["assessment", "assessment-form"], ["live", "live-panel"]]) {
      await openPanel(app, tool!, panel!);
      expect(await lowContrast(app.page, "controls"), panel).toEqual([]);
    }
    await app.page.getByTestId("export").click();
    await app.page.getByRole("dialog", { name: "Export" }).waitFor();
    expect(await lowContrast(app.page, "controls")).toEqual([]);
  });

  test("every lane's stance and target markers keep 3:1 against its track", async () => {
    const app = await openApp("offsite", { colorScheme });
    await app.card("Moonshot lab").waitFor();
    // Lanes off screen are not laid out: bring each into view before measuring.
    const problems: string[] = [];
    for (const lane of await app.page.locator("[data-lane-band]").all()) {
      await lane.scrollIntoViewIfNeeded();
    }
    await app.page.getByTestId("board").evaluate((board) => board.scrollTo(0, 0));
    problems.push(...(await lowContrast(app.page, "markers")));
    expect(await app.page.locator("[data-testid=stance] .dot").count()).toBeGreaterThan(4);
    expect(problems).toEqual([]);
  });
});

describe("target size of the board's sliders", () => {
  test("at least 24×24 with the details panel open and the board fitted beside it", async () => {
    const app = await openApp("offsite");
    await app.card("Customer success team").click();
    await app.page.getByTestId("details-panel").waitFor();
    await app.page.getByTestId("zoom-fit").click();
    await expect.poll(() => app.page.getByRole("group", { name: "Zoom" }).getByText(/%$/).textContent()).not.toBe("94%");
    expect(await smallTargets(app.page)).toEqual([]);
    expect(await app.page.getByTestId("target-End goal").isVisible()).toBe(true);
  });

  test("at least 24×24 on a 1024×768 projector, where the board opens fitted", async () => {
    const app = await openApp("offsite");
    await app.page.setViewportSize({ width: 1024, height: 768 });
    await app.page.getByTestId("home").click();
    await app.page.getByTestId("library").getByText("Leadership offsite 2027").click();
    await app.card("Moonshot lab").waitFor();
    expect(await smallTargets(app.page)).toEqual([]);
  });
});
