// The board's logical geometry (CSS pixels at zoom 1). The board is drawn at this size and scaled
// by the zoom, so the pointer maths only needs the track's on-screen box.

export const CARD_WIDTH = 176;
export const CARD_HEIGHT = 66;
/** Width of the columns that hold the pole descriptions at each end of a lane. */
export const POLE_WIDTH = 188;
/** Room on each side of the track so a card at a pole stays inside its lane. */
export const TRACK_INSET = CARD_WIDTH / 2 + 8;
export const BOARD_WIDTH = 1480;
export const AXIS_HEIGHT = 72;
export const LANE_HEADER_HEIGHT = 40;
/** The band cards sit in; lane_offset 0 puts a card at its top, 1 at its bottom. */
export const BAND_HEIGHT = 132;
/** The rail under the band that carries the stance and target markers. */
export const RAIL_HEIGHT = 34;
export const LANE_GAP = 12;
export const LANE_HEIGHT = LANE_HEADER_HEIGHT + BAND_HEIGHT + RAIL_HEIGHT;

export function boardHeight(laneCount: number): number {
  return AXIS_HEIGHT + laneCount * (LANE_HEIGHT + LANE_GAP) + 24;
}

/** A card's top inside the band for a lane offset (null = the middle). */
export function cardTop(laneOffset: number | null): number {
  const offset = laneOffset ?? 0.5;
  return offset * (BAND_HEIGHT - CARD_HEIGHT);
}

/** As a percentage of the track's width, for CSS. */
export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`;
}
