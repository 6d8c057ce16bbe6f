// @vitest-environment jsdom
/**
 * syncUrl against jsdom's history, with fake timers and frames: a pan's window is written once
 * it has settled, as one replaced entry; a filter still pushes an entry after the next frame, and
 * takes a pending window with it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createStore } from "../../src/state/store.ts";
import { syncUrl, WINDOW_SETTLE_MS } from "../../src/app/syncUrl.ts";
import { getDefaultViewState, type ViewState } from "../../src/model/viewState.ts";

const known = {
  themes: new Set(["trafficking"]),
  actors: new Set<string>(),
  kinds: new Set<string>(),
  events: new Set<string>(),
};

describe("syncUrl", () => {
  let writes: Array<{ how: "push" | "replace"; url: string }>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame"] });
    history.replaceState(null, "", "/");
    writes = [];
    const push = history.pushState.bind(history);
    const replace = history.replaceState.bind(history);
    vi.spyOn(history, "pushState").mockImplementation((d, t, url) => {
      writes.push({ how: "push", url: String(url) });
      push(d, t, url);
    });
    vi.spyOn(history, "replaceState").mockImplementation((d, t, url) => {
      writes.push({ how: "replace", url: String(url) });
      replace(d, t, url);
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const start = () => {
    const store = createStore<ViewState>(getDefaultViewState());
    const stop = syncUrl(store, known, () => undefined);
    writes.length = 0; // the opening write of the URL as loaded
    return { store, stop };
  };

  it("writes a pan once the window has rested, as one replaced entry", () => {
    const { store, stop } = start();
    // A drag: a new window every frame for a while.
    for (let day = 10; day < 20; day++) {
      store.set({ from: `2010-01-${day}`, to: `2012-12-${day}` });
      vi.advanceTimersByTime(16);
    }
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(WINDOW_SETTLE_MS);
    expect(writes).toEqual([{ how: "replace", url: "/?from=2010-01-19&to=2012-12-19" }]);
    stop();
  });

  it("pushes a filter after the next frame, taking a pending window with it", () => {
    const { store, stop } = start();
    store.set({ from: "2010-01-01", to: "2012-12-31" });
    vi.advanceTimersByTime(16);
    store.set({ themes: ["trafficking"] });
    vi.advanceTimersByTime(17); // the frame, then the task after it
    expect(writes).toEqual([{ how: "push", url: "/?themes=trafficking&from=2010-01-01&to=2012-12-31" }]);
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(1);
    stop();
  });

  it("writes a pending pan when the view goes", () => {
    const { store, stop } = start();
    store.set({ from: "2011-01-01", to: "2011-12-31" });
    stop();
    expect(writes).toEqual([{ how: "replace", url: "/?from=2011-01-01&to=2011-12-31" }]);
  });
});
