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

/** The zoom that shows the whole board inside the viewport (never larger than 1.5). */
export function fitZoom(
  viewport: { width: number; height: number },
  board: { width: number; height: number },
): number {
  if (board.width <= 0 || board.height <= 0) return 1;
  const scale = Math.min(viewport.width / board.width, viewport.height / board.height, 1.5);
  return clampZoom(Math.floor(scale * 100) / 100);
}

/** The zoom that fills the viewport's width (the default on opening a canvas). */
export function fitWidthZoom(viewportWidth: number, boardWidth: number): number {
  if (boardWidth <= 0) return 1;
  return clampZoom(Math.floor(Math.min(viewportWidth / boardWidth, 1.5) * 100) / 100);
}

/**
 * Keeps the board point under the pointer still while zooming: the new scroll offset for one axis,
 * given the old scroll, the pointer's place in the viewport and the two zooms.
 */
export function scrollForZoom(scroll: number, pointer: number, from: number, to: number): number {
  return Math.max(0, ((scroll + pointer) / from) * to - pointer);
}
