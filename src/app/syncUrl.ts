/**
 * Keeps the URL query in step with the store: filters, selection and language push a history
 * entry (so back/forward walk through them); panning only replaces the current one.
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
  const initial = serializeViewState(store.get());
  const withData = data ? `data=${encodeURIComponent(data)}${initial ? `&${initial}` : ""}` : initial;
  history.replaceState(null, "", `${location.pathname}${withData ? `?${withData}` : ""}${location.hash}`);
  const unsubscribe = store.subscribe((s, prev) => {
    if (restoring) return;
    const state = serializeViewState(s);
    const query = data ? `data=${encodeURIComponent(data)}${state ? `&${state}` : ""}` : state;
    if (query === location.search.replace(/^\?/, "")) return;
    const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
    const onlyWindow = serializeViewState({ ...s, from: prev.from, to: prev.to }) === serializeViewState(prev);
    if (onlyWindow) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  });
  const onPop = () => {
    restoring = true;
    const { state } = parseViewState(location.search, known);
    const story = state.story ? findStory(state.story) : undefined;
    store.set(story ? viewForStep(story, state.step, state) : { ...state, reader: null });
    restoring = false;
  };
  window.addEventListener("popstate", onPop);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onPop);
  };
}
