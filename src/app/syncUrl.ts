/**
 * Keeps the URL query in step with the store: filters, selection and language push a history
 * entry (so back/forward walk through them); panning only replaces the current one. The write
 * waits until the update has painted (pushState costs milliseconds the frame needs), and changes
 * in between make one entry.
 */
import type { Store } from "./store.ts";
import { parseViewState, serializeViewState, type KnownIds } from "../model/urlState.ts";
import type { ViewState } from "../model/viewState.ts";
import { viewForStep, type PlayableStory } from "../model/storyView.ts";

export function syncUrl(
  store: Store<ViewState>,
  known: KnownIds,
  findStory: (id: string) => PlayableStory | undefined,
): () => void {
  let restoring = false;
  // Start from a URL that says exactly what is shown (a story link gains its step's view; ignored
  // values drop out). A ?data= link keeps its dataset.
  const data = new URLSearchParams(location.search).get("data");
  const queryOf = (s: ViewState) => {
    const state = serializeViewState(s);
    return data ? `data=${encodeURIComponent(data)}${state ? `&${state}` : ""}` : state;
  };
  const urlOf = (query: string) => `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
  history.replaceState(null, "", urlOf(queryOf(store.get())));
  let written = store.get(); // the state the URL says
  let frame = 0;
  let timer = 0;
  const flush = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = timer = 0;
    const s = store.get();
    const prev = written;
    written = s;
    const query = queryOf(s);
    if (query === location.search.replace(/^\?/, "")) return;
    const url = urlOf(query);
    const onlyWindow = serializeViewState({ ...s, from: prev.from, to: prev.to }) === serializeViewState(prev);
    if (onlyWindow) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  };
  const unsubscribe = store.subscribe((s) => {
    if (restoring) {
      written = s;
      return;
    }
    if (timer) return;
    // After the next frame; the timer alone also covers a hidden tab, where frames do not run.
    frame = requestAnimationFrame(() => {
      clearTimeout(timer);
      timer = window.setTimeout(flush, 0);
    });
    timer = window.setTimeout(flush, 250);
  });
  const onPop = () => {
    // A change not yet written when the user goes back is dropped: writing it now would cut the
    // forward history.
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = timer = 0;
    restoring = true;
    const { state } = parseViewState(location.search, known);
    const story = state.story ? findStory(state.story) : undefined;
    store.set(story ? viewForStep(story, state.step, state) : { ...state, reader: null });
    restoring = false;
  };
  window.addEventListener("popstate", onPop);
  return () => {
    if (timer) flush();
    unsubscribe();
    window.removeEventListener("popstate", onPop);
  };
}
