/**
 * The timeline from the keyboard: one focusable stop; ← → move the selection between the
 * filtered events in date order, Home and End jump to the ends, Enter moves the focus to the
 * details, F fits the window to the results. The selected event shows its tooltip while the
 * timeline has the focus; Escape hides it and nothing else.
 */
import type { DatasetIndex } from "../model/datasetIndex.ts";
import type { ViewState } from "../model/viewState.ts";
import type { Derived } from "../state/derive.ts";
import type { Store } from "../state/store.ts";
import type { TimelineTooltip } from "./timelineTooltip.ts";

export interface TimelineKeysDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: (s: ViewState) => Derived;
  fitToResults: () => void;
  tooltip: TimelineTooltip;
}

/** Returns the teardown. */
export function mountTimelineKeys(container: HTMLElement, deps: TimelineKeysDeps): () => void {
  const { store, index, derive, tooltip } = deps;
  container.tabIndex = 0;
  const onKey = (e: KeyboardEvent) => {
    if (e.target !== container) return;
    if (e.key === "Escape" && tooltip.dismiss()) {
      // Hides the tooltip and nothing else (the selection stays).
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    if ((e.key === "f" || e.key === "F") && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      deps.fitToResults();
      return;
    }
    const s = store.get();
    const { filtered: ids, window: w } = derive(s);
    if (!ids.length) return;
    const at = s.sel?.type === "event" ? ids.indexOf(s.sel.id) : -1;
    const firstInView = Math.max(
      0,
      ids.findIndex((id) => index.spans.get(id)!.end > w.start),
    );
    let next: number;
    if (e.key === "ArrowRight") next = at < 0 ? firstInView : Math.min(ids.length - 1, at + 1);
    else if (e.key === "ArrowLeft") next = at < 0 ? firstInView : Math.max(0, at - 1);
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = ids.length - 1;
    else if (e.key === "Enter" && s.sel) {
      (document.querySelector(".details-body") as HTMLElement | null)?.focus();
      e.preventDefault();
      return;
    } else return;
    e.preventDefault();
    store.set({ sel: { type: "event", id: ids[next] } });
    // After vis-timeline has drawn the items the selection rebuilt.
    requestAnimationFrame(() => tooltip.showForKeyboard(ids[next]));
  };
  // Focus coming back to a timeline with a selected event shows that event's tooltip; leaving hides it.
  const onFocus = (e: FocusEvent) => {
    const sel = store.get().sel;
    if (e.target === container && sel?.type === "event" && container.matches(":focus-visible"))
      tooltip.showForKeyboard(sel.id);
  };
  const onBlur = (e: FocusEvent) => {
    if (e.target === container) tooltip.hideKeyboards();
  };
  container.addEventListener("keydown", onKey);
  container.addEventListener("focus", onFocus);
  container.addEventListener("blur", onBlur);
  return () => {
    container.removeEventListener("keydown", onKey);
    container.removeEventListener("focus", onFocus);
    container.removeEventListener("blur", onBlur);
  };
}
