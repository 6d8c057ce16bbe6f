/**
 * The whole UI state: small and serialisable (it round-trips through the URL).
 * Everything else the views show is computed from it and the dataset.
 */
import type { Lang } from "../data/schema.ts";

export type Grouping = "none" | "theme" | "actor-type";
/** What the details show: an event, an actor, or a relation (a status band's, say). */
export type Selection = { type: "event" | "actor" | "relation"; id: string } | null;
/** An event or actor a step picks out beside its selection (several at once are all focal). */
export type FocalPick = { type: "event" | "actor"; id: string };
/** How the chosen actors combine: events with any of them, or only those in which all take part */
export type ActorMatch = "any" | "all";

export interface ViewState {
  lang: Lang;
  themes: string[];
  actors: string[];
  /** "all": only events in which every chosen actor (or one of its bodies) takes part */
  match: ActorMatch;
  kinds: string[];
  q: string;
  /** Hide events a document announces as upcoming */
  hidePlanned: boolean;
  /** Timeline window, YYYY-MM-DD inclusive days; null = the whole data range */
  from: string | null;
  to: string | null;
  sel: Selection;
  /** More events or actors shown as focal with the selection (a step that picks out several) */
  also: FocalPick[];
  /** Two actors whose connections the details panel shows (their shared events, intermediaries) */
  pair: [string, string] | null;
  /** In the connections view: the intermediary whose events with the pair are picked out */
  via: string | null;
  group: Grouping;
  hidePersons: boolean;
  collapse: boolean;
  /** Lasting statuses (observer, member) drawn as background spans on the timeline */
  showStatus: boolean;
  /** The document reader, open on a cited passage (not part of the URL) */
  reader: { source: string; quote: string } | null;
  /** Presentation: the story being told and its step (0-based; the URL shows it 1-based) */
  story: string | null;
  step: number;
  /** A requested network camera (from a story step); null = follow the selection */
  camera: { x: number; y: number; ratio: number } | null;
}

export function getDefaultViewState(): ViewState {
  return {
    lang: "en",
    themes: [],
    actors: [],
    match: "any",
    kinds: [],
    q: "",
    hidePlanned: false,
    from: null,
    to: null,
    sel: null,
    also: [],
    pair: null,
    via: null,
    group: "none",
    hidePersons: false,
    collapse: false,
    showStatus: true,
    reader: null,
    story: null,
    step: 0,
    camera: null,
  };
}

/** Filters only (not language, window or selection), back to defaults. */
export function clearFilters(state: ViewState): ViewState {
  const d = getDefaultViewState();
  return {
    ...state,
    themes: d.themes,
    actors: d.actors,
    match: d.match,
    kinds: d.kinds,
    q: d.q,
    hidePlanned: d.hidePlanned,
  };
}

export function toggleIn(list: string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export function hasActiveFilters(s: ViewState): boolean {
  return s.themes.length > 0 || s.actors.length > 0 || s.kinds.length > 0 || s.q.trim() !== "" || s.hidePlanned;
}
