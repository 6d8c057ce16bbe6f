/**
 * Work that can wait for the frame being drawn: `request` runs it once after that frame has
 * painted, however many times it is asked for meanwhile; `running` says whether it is running now
 * (so that what it calls does not ask for it again).
 */
export function deferUntilPainted(run: () => void) {
  let frame = 0;
  let timer = 0;
  let running = false;
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = timer = 0;
  };
  return {
    request() {
      if (frame || timer) return;
      // The frame's callbacks run before it paints; a task queued from one runs after.
      frame = requestAnimationFrame(() => {
        frame = 0;
        timer = window.setTimeout(() => {
          timer = 0;
          running = true;
          try {
            run();
          } finally {
            running = false;
          }
        });
      });
    },
    cancel,
    running: () => running,
  };
}
