/**
 * sigma reads its container's size (offsetWidth, offsetHeight) at the start of every draw. The
 * network draws at the end of the task that changed the page (a filter, a pan), so that read
 * forced a layout of the whole page in the middle of the update, which the frame then did again.
 * Here a ResizeObserver says when the size changed, and sigma reads it only then; the observer
 * also redraws at the new size before the page paints (sigma itself only follows the window).
 */

/** The parts of a sigma renderer this module works with (sigma's own fields and methods). */
export interface SigmaSize {
  width: number;
  height: number;
  pixelRatio: number;
  resize(force?: boolean): unknown;
  refresh(): unknown;
}

/** Returns the function that stops observing (call it before killing the renderer). */
export function sizeFromObserver(renderer: SigmaSize, container: HTMLElement): () => void {
  const resize = renderer.resize.bind(renderer);
  let sizeKnown = false;
  renderer.resize = (force?: boolean) => {
    // sigma's own reading of the pixel ratio (window zoom): cheap, no layout.
    if (sizeKnown && !force && renderer.pixelRatio === (window.devicePixelRatio || 1)) return renderer;
    resize(force);
    sizeKnown = true;
    return renderer;
  };
  // Observer callbacks run after layout: reading the size there is free.
  const observer = new ResizeObserver(() => {
    const { offsetWidth: width, offsetHeight: height } = container;
    if (width === renderer.width && height === renderer.height) return;
    sizeKnown = false;
    // A hidden container (no size) is read again when it is next drawn.
    if (width && height) renderer.refresh();
  });
  observer.observe(container);
  return () => observer.disconnect();
}
