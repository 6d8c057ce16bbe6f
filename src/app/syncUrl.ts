/**
 * Keeps the URL query in step with the store: filters, selection and language push a history
 * entry (so back/forward walk through them); panning only replaces the current one. The write
 * waits until the update has painted (pushState costs milliseconds the frame needs), and changes
 * in between make one entry. A pan or zoom is written once the window has stayed put for a
 * moment: written after each frame's paint, a drag's replaceState (milliseconds each) fell on the
 * next frame of the same drag.
 */
import type { Store } from "../state/store.ts";
import { parseViewState, serializeViewState, type KnownIds } from "../model/urlState.ts";
import type { ViewState } from "../model/viewState.ts";
import { viewForStep, type PlayableStory } from "../model/storyView.ts";

export function syncUrl(
  store: Store<ViewState>,
  known: KnownIds,
  findStory: (id: string) => PlayableStory | undefined,
  /** The deck as a link parameter while one's own deck is presented (deckLink.ts) */
  deckParamFor: (s: ViewState) => string | null = () => null,
): () => void {
  let restoring = false;
  // Start from a URL that says exactly what is shown (a story link gains its step's view; ignored
  // values drop out). A ?data= link keeps its dataset.
  const data = new URLSearchParams(location.search).get("data");
  const queryOf = (s: ViewState) => {
    const state = serializeViewState(s);
    const deck = deckParamFor(s);
    const query = data ? `data=${encodeURIComponent(data)}${state ? `&${state}` : ""}` : state;
    // Last: a long deck parameter leaves the view's own parameters readable at the start.
    return deck ? `${query}&deck=${deck}` : query;
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
    settling = false;
    const s = store.get();
    const prev = written;
    written = s;
    const query = queryOf(s);
    if (query === location.search.replace(/^\?/, "")) return;
    const url = urlOf(query);
    if (sameButWindow(s, prev)) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  };
  let settling = false; // the pending write is a window's, waiting for the window to settle
  const unsubscribe = store.subscribe((s) => {
    if (restoring) {
      written = s;
      return;
    }
    const onlyWindow = s.from !== written.from || s.to !== written.to ? sameButWindow(s, written) : false;
    if (onlyWindow && (settling || !timer)) {
      clearTimeout(timer);
      settling = true;
      timer = window.setTimeout(flush, WINDOW_SETTLE_MS);
      return;
    }
    if (timer && !settling) return;
    clearTimeout(timer);
    settling = false;
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
    settling = false;
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

/** How long a pan or zoom must rest before the URL says where it ended. */
export const WINDOW_SETTLE_MS = 200;

/** Whether two states differ in their window at most. */
function sameButWindow(a: ViewState, b: ViewState): boolean {
  return serializeViewState({ ...a, from: b.from, to: b.to }) === serializeViewState(b);
}
