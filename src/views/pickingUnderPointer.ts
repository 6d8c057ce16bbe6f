/**
 * sigma draws its nodes twice in every frame: on screen, and into an offscreen picking texture
 * (each node in a colour of its own) that it reads to tell which node is under the pointer. Only
 * hover and click read that texture, and only while a pointer is over the network; without a GPU
 * the second pass is paid in the frame's commit, which waits for software WebGL (at 100× the
 * data, 1,500 nodes: a few milliseconds of every filter, pan and selection). Here the picking pass
 * is drawn only while a pointer is over the canvas: entering draws it at once, before the pointer
 * event that follows reads it.
 */

/** The parts of a sigma renderer this module works with (sigma's own fields and methods). */
export interface SigmaPicking {
  nodePrograms: Record<string, { pickProgram: unknown }>;
  /** Layers whose picking texture sigma resets before each draw */
  pickingLayers: Set<string>;
  render(): unknown;
}

export function pickOnlyUnderPointer(renderer: SigmaPicking, container: HTMLElement): () => void {
  const pickPrograms = new Map(Object.entries(renderer.nodePrograms).map(([k, p]) => [k, p.pickProgram] as const));
  let on = true;
  const set = (next: boolean) => {
    if (next === on) return;
    on = next;
    for (const [key, pick] of pickPrograms) renderer.nodePrograms[key].pickProgram = next ? pick : null;
    // Left out of sigma's list, the texture is not reset either: it keeps the last picking pass,
    // which a tap's click (after the pointer has already left) still reads.
    if (next) renderer.pickingLayers.add("nodes");
    else renderer.pickingLayers.delete("nodes");
  };
  const enter = () => {
    set(true);
    // The texture may be stale (drawn before the last changes) or empty: draw it now, since the
    // mouse move or touch that comes next asks it what is under the pointer.
    renderer.render();
  };
  const leave = () => set(false);
  set(container.matches(":hover"));
  container.addEventListener("pointerenter", enter);
  container.addEventListener("pointerleave", leave);
  return () => {
    container.removeEventListener("pointerenter", enter);
    container.removeEventListener("pointerleave", leave);
    set(true);
  };
}
