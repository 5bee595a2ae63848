// Zoom of the board: a scale applied to a board of fixed logical size.

export const MIN_ZOOM = 0.4;
export const MAX_ZOOM = 2.5;
const STEP = 1.2;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

export function zoomIn(zoom: number): number {
  return clampZoom(Math.round(zoom * STEP * 100) / 100);
}

export function zoomOut(zoom: number): number {
  return clampZoom(Math.round((zoom / STEP) * 100) / 100);
}

/** Ctrl+wheel: a smooth factor from the wheel's delta (negative delta = zoom in). */
export function wheelZoom(zoom: number, deltaY: number): number {
  return clampZoom(zoom * Math.exp(-deltaY * 0.002));
}

/** 100 %: the board at its designed size (Ctrl/Cmd+0). */
export const ACTUAL_SIZE = 1;
/** Fitting never goes below this: card titles stay readable and the board scrolls sideways. */
export const READABLE_ZOOM = 0.6;

/**
 * The zoom that fills the viewport's width (Fit, and the default on opening a canvas). Only the
 * width: a board taller than the viewport scrolls vertically rather than shrinking to fit.
 */
export function fitWidthZoom(viewportWidth: number, boardWidth: number): number {
  if (boardWidth <= 0) return ACTUAL_SIZE;
  const scale = Math.floor(Math.min(viewportWidth / boardWidth, 1.5) * 100) / 100;
  return clampZoom(Math.max(READABLE_ZOOM, scale));
}

/**
 * The zoom a canvas opens at: fitted to the width when it then fits readably; otherwise 100 %. A
 * board that has to scroll sideways anyway gains nothing by shrinking, and a window that narrow
 * is often a page zoomed in, whose text must not be shrunk back.
 */
export function openingZoom(viewportWidth: number, boardWidth: number): number {
  if (boardWidth <= 0 || viewportWidth / boardWidth < READABLE_ZOOM) return ACTUAL_SIZE;
  return fitWidthZoom(viewportWidth, boardWidth);
}

/**
 * Keeps the board point under the pointer still while zooming: the new scroll offset for one axis,
 * given the old scroll, the pointer's place in the viewport and the two zooms.
 */
export function scrollForZoom(scroll: number, pointer: number, from: number, to: number): number {
  return Math.max(0, ((scroll + pointer) / from) * to - pointer);
}
