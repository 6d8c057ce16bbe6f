/**
 * The events or actors shown beside a selection (`also`) belong to it: a step sets both at once,
 * and selecting something else by hand (a click, a key) leaves the step's picks behind.
 */
import type { ViewState } from "../model/viewState.ts";

export function keepFocalWithSelection(next: ViewState, previous: ViewState): ViewState {
  if (!next.also.length || next.also !== previous.also) return next;
  const same = next.sel?.type === previous.sel?.type && next.sel?.id === previous.sel?.id;
  return same ? next : { ...next, also: [] };
}
