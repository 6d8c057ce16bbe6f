/**
 * A row that scrolls sideways says that it does: where more of it lies beyond an edge, that edge
 * fades (CSS `.more-left` / `.more-right`), so that a chip cut by the edge reads as "scroll for
 * more", not as a cut label.
 */
export function markScrollEdges(row: HTMLElement): () => void {
  let frame = 0;
  const update = () => {
    frame = 0;
    const max = row.scrollWidth - row.clientWidth;
    row.classList.toggle("more-left", row.scrollLeft > 1);
    row.classList.toggle("more-right", row.scrollLeft < max - 1);
  };
  const later = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  row.addEventListener("scroll", later, { passive: true });
  const resize = new ResizeObserver(later);
  resize.observe(row);
  later();
  return () => {
    cancelAnimationFrame(frame);
    row.removeEventListener("scroll", later);
    resize.disconnect();
  };
}
