/**
 * A camera that frames what is drawn, for an exported image. The network frames the whole
 * graph's box so that filtering never moves a node; on screen that keeps one's bearings, but a
 * filtered view exported as it stands (a handout on one theme and year) was a small cluster in a
 * corner of a mostly empty image. The image is framed on the nodes drawn instead, unless the user
 * has framed the view themselves.
 */

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** sigma's camera before anyone moves it: the whole graph's box, centred. */
export function isDefaultCamera(c: CameraState): boolean {
  return c.x === 0.5 && c.y === 0.5 && c.ratio === 1 && c.angle === 0;
}

/** The box (in the renderer's framed-graph coordinates) around the points; null when there are none. */
export function boxAround(points: Iterable<{ x: number; y: number }>) {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    x0 = Math.min(x0, p.x);
    x1 = Math.max(x1, p.x);
    y0 = Math.min(y0, p.y);
    y1 = Math.max(y1, p.y);
  }
  return x0 <= x1 ? { x0, x1, y0, y1 } : null;
}

/**
 * The zoom ratio at which an extent measured at ratio 1 (px) fits the viewport less its margins:
 * sigma's ratio scales the drawing inversely. Never wider than the whole graph (1), never closer
 * than `closest` (a single node would otherwise fill the image).
 */
export function ratioToFit(
  extentAtRatio1: { width: number; height: number },
  viewport: { width: number; height: number },
  margin: { x: number; y: number },
  closest = 0.15,
): number {
  const room = {
    width: Math.max(1, viewport.width - 2 * margin.x),
    height: Math.max(1, viewport.height - 2 * margin.y),
  };
  const ratio = Math.max(extentAtRatio1.width / room.width, extentAtRatio1.height / room.height);
  return Math.min(1, Math.max(closest, ratio));
}
