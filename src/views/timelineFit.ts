/**
 * Fit to results: the window zoomed to the filtered events, by the button, the F key, or by
 * itself when a filter leaves few events spread thinly; clearing the filters then gives back the
 * window it replaced (unless the user has moved it since). The URL follows (the store's window).
 */
import { isoDay } from "../data/partialDate.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { fitWindow, shouldAutoFit } from "../model/fitWindow.ts";
import { hasActiveFilters, type ViewState } from "../model/viewState.ts";
import type { Derived } from "../state/derive.ts";
import type { Store } from "../state/store.ts";

export interface TimelineFitDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: (s: ViewState) => Derived;
  fullWindow: { start: number; end: number };
}

export interface TimelineFit {
  fitToResults(): void;
  /** A link with filters and no window opens fitted to its results, as choosing those filters would */
  fitOnOpen(): void;
  /** Called on every store change */
  autoFit(s: ViewState, prev: ViewState): void;
}

export function createTimelineFit({ store, index, derive, fullWindow }: TimelineFitDeps): TimelineFit {
  function fitToResults() {
    const s = store.get();
    const fitted = fitWindow(index, derive(s).filtered, fullWindow);
    if (!fitted) return;
    const whole = fitted.start <= fullWindow.start && fitted.end >= fullWindow.end;
    store.set(whole ? { from: null, to: null } : { from: isoDay(fitted.start), to: isoDay(fitted.end - 1) });
  }

  let unfit: { from: string | null; to: string | null; fitted: string } | null = null;
  function autoFit(s: ViewState, prev: ViewState) {
    const filtersChanged =
      s.themes !== prev.themes || s.actors !== prev.actors || s.kinds !== prev.kinds || s.q !== prev.q;
    if (!filtersChanged || s.story || s.from !== prev.from || s.to !== prev.to) return;
    if (!hasActiveFilters(s)) {
      if (unfit && unfit.fitted === `${s.from}/${s.to}`) store.set({ from: unfit.from, to: unfit.to });
      unfit = null;
      return;
    }
    const d = derive(s);
    const fitted = fitWindow(index, d.filtered, fullWindow);
    if (!shouldAutoFit(d.filtered.length, fitted, d.window)) return;
    const before = { from: s.from, to: s.to };
    fitToResults();
    const now = store.get();
    if (!unfit) unfit = { ...before, fitted: `${now.from}/${now.to}` };
    else unfit.fitted = `${now.from}/${now.to}`;
  }

  function fitOnOpen() {
    const s = store.get();
    if (s.story || s.from || s.to || !hasActiveFilters(s)) return;
    const d = derive(s);
    if (!shouldAutoFit(d.filtered.length, fitWindow(index, d.filtered, fullWindow), d.window)) return;
    fitToResults();
    const now = store.get();
    // Clearing the filters gives back the whole range the link would otherwise have shown.
    unfit = { from: null, to: null, fitted: `${now.from}/${now.to}` };
  }

  return { fitToResults, autoFit, fitOnOpen };
}
