// The live pages' pure logic: the countdown, the ballot, the board's stacking and drag maths,
// and the reconnect backoff.
import { describe, expect, test } from "vitest";
import { changed, fromVotes, toVotes, used, votesLeftText } from "./ballot";
import { cardsOf, dragPosition, laneGeometry, neighbourArea, stackRows, type LiveCardData } from "./board";
import { BACKOFF_MAX_MS, nextDelay, socketUrl } from "./connection";
import type { LiveView } from "./protocol";
import { formatClock, minutesToSeconds, remainingAt } from "./timer";

describe("timer", () => {
  test("mm:ss rounded up, so 00:00 means the time is up", () => {
    expect(formatClock(300_000)).toBe("05:00");
    expect(formatClock(299_001)).toBe("05:00");
    expect(formatClock(59_000)).toBe("00:59");
    expect(formatClock(1)).toBe("00:01");
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(-5)).toBe("00:00");
    expect(formatClock(3_600_000 + 61_000)).toBe("1:01:01");
  });

  test("counts down from when the view arrived", () => {
    expect(remainingAt(10_000, 1_000, 4_000)).toBe(7_000);
    expect(remainingAt(10_000, 1_000, 20_000)).toBe(0);
  });

  test("minutes become whole seconds; nothing below one second", () => {
    expect(minutesToSeconds(5)).toBe(300);
    expect(minutesToSeconds(0.05)).toBe(3);
    expect(minutesToSeconds(0)).toBeNull();
    expect(minutesToSeconds(-1)).toBeNull();
    expect(minutesToSeconds(Number.NaN)).toBeNull();
    expect(minutesToSeconds(1e12)).toBeNull();
  });
});

describe("ballot", () => {
  test("votes are added and taken back, never below zero, and sent once per card", () => {
    let ballot = fromVotes([{ initiative_id: "a", count: 2 }]);
    ballot = changed(ballot, "b", 1);
    ballot = changed(ballot, "a", -1);
    ballot = changed(ballot, "c", -1);
    expect(used(ballot)).toBe(2);
    expect(toVotes(ballot)).toEqual([
      { initiative_id: "a", count: 1 },
      { initiative_id: "b", count: 1 },
    ]);
    expect(toVotes(changed(ballot, "a", -1))).toEqual([{ initiative_id: "b", count: 1 }]);
  });

  test("votes left, in words", () => {
    expect(votesLeftText(1)).toBe("1 vote left");
    expect(votesLeftText(3)).toBe("3 votes left");
    expect(votesLeftText(0)).toBe("0 votes left");
  });
});

const card = (id: string, position: number, laneOffset = 0.5): LiveCardData => ({
  id,
  areaId: "area",
  title: id,
  position,
  laneOffset,
  owner: null,
  votes: 0,
  draft: false,
});

describe("board", () => {
  test("cards that would overlap go to separate rows; far apart ones share a row", () => {
    const rows = stackRows([card("a", -50), card("b", -45), card("c", 50), card("d", -40)], 20);
    expect(rows.get("a")).toBe(0);
    expect(rows.get("b")).toBe(1);
    expect(rows.get("d")).toBe(2);
    expect(rows.get("c")).toBe(0);
  });

  test("a card placed higher in its lane stays in a higher row", () => {
    const rows = stackRows([card("low", 0, 0.9), card("high", 5, 0.1)], 20);
    expect(rows.get("high")).toBe(0);
    expect(rows.get("low")).toBe(1);
  });

  test("cards narrow with the screen, within limits", () => {
    expect(laneGeometry(372).cardWidth).toBe(134);
    expect(laneGeometry(200).cardWidth).toBe(112);
    expect(laneGeometry(1200).cardWidth).toBe(176);
    const { cardWidth, plotWidth } = laneGeometry(1200);
    expect(plotWidth).toBe(1200 - cardWidth);
  });

  test("a drag moves by whole steps and stays on the axis", () => {
    expect(dragPosition(0, 50, 200)).toBe(50);
    expect(dragPosition(90, 100, 200)).toBe(100);
    expect(dragPosition(-90, -100, 200)).toBe(-100);
    expect(dragPosition(10, 1, 200)).toBe(11);
  });

  test("the lane above and below, none past the ends", () => {
    expect(neighbourArea(["a", "b", "c"], "b", -1)).toBe("a");
    expect(neighbourArea(["a", "b", "c"], "b", 1)).toBe("c");
    expect(neighbourArea(["a", "b", "c"], "c", 1)).toBeNull();
    expect(neighbourArea(["a", "b", "c"], "a", -1)).toBeNull();
    expect(neighbourArea(["a"], "x", 1)).toBeNull();
  });

  test("public cards and own drafts, missing numbers read as the centre, local moves applied", () => {
    const view = {
      board: {
        cards: [{ id: "p", area_id: "a1", title: "Public", position: null, lane_offset: null, owner: "", votes: 2 }],
      },
      drafts: [{ id: "d", area_id: "a1", title: "Mine", position: -30, lane_offset: 0.2 }],
    } as unknown as LiveView;
    const cards = cardsOf(view, new Map([["d", { area_id: "a2", position: 40, lane_offset: 0.2 }]]));
    expect(cards).toEqual([
      { id: "p", areaId: "a1", title: "Public", position: 0, laneOffset: 0.5, owner: null, votes: 2, draft: false },
      { id: "d", areaId: "a2", title: "Mine", position: 40, laneOffset: 0.2, owner: null, votes: 0, draft: true },
    ]);
  });
});

describe("connection", () => {
  test("the backoff starts at half a second and doubles up to five", () => {
    const delays: number[] = [];
    let delay: number | null = null;
    for (let i = 0; i < 6; i += 1) delays.push((delay = nextDelay(delay)));
    expect(delays).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
    expect(Math.max(...delays)).toBe(BACKOFF_MAX_MS);
  });

  test("the socket is on the page's own host", () => {
    expect(socketUrl({ protocol: "http:", host: "192.168.1.20:7070" })).toBe("ws://192.168.1.20:7070/ws");
  });
});
