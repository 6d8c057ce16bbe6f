/**
 * What a view picks out: its selection and the events or actors shown beside it (`also`). A step
 * may pick out several; the timeline, the network and the images draw every one as focal. A
 * step's picks are one list (the first is its selection, the rest its `also`), so the editor can
 * add and remove them one by one.
 */
import type { Lang, StoryView } from "../data/schema.ts";
import { MAX_ALSO } from "../data/vocabulary.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import type { FocalPick, ViewState } from "./viewState.ts";

export interface FocalSet {
  /** The focal events, the selection's first */
  events: string[];
  /** The focal actors, the selection's first */
  actors: string[];
}

const samePick = (a: FocalPick, b: FocalPick) => a.type === b.type && a.id === b.id;

/** The view's picks in order: its selection (an event or actor), then `also`. */
export function picksOf(s: Pick<ViewState, "sel" | "also">): FocalPick[] {
  const out: FocalPick[] = [];
  if (s.sel && s.sel.type !== "relation") out.push({ type: s.sel.type, id: s.sel.id });
  for (const p of s.also) if (!out.some((q) => samePick(p, q))) out.push(p);
  return out;
}

/** The events and actors drawn as focal; with one pick, just the selection. */
export function focalSet(s: Pick<ViewState, "sel" | "also">): FocalSet {
  const picks = picksOf(s);
  return {
    events: picks.filter((p) => p.type === "event").map((p) => p.id),
    actors: picks.filter((p) => p.type === "actor").map((p) => p.id),
  };
}

/** A step view's picks in order: `sel`, then `also` (duplicates dropped). */
export function stepPicks(view: StoryView): FocalPick[] {
  return picksOf({ sel: view.sel ?? null, also: view.also ?? [] });
}

/** The step view with these picks: the first becomes `sel`, the rest `also` (omitted when empty). */
export function withPicks(view: StoryView, picks: FocalPick[]): StoryView {
  const unique: FocalPick[] = [];
  for (const p of picks) if (!unique.some((q) => samePick(p, q))) unique.push({ type: p.type, id: p.id });
  const out: StoryView = { ...view };
  delete out.sel;
  delete out.also;
  if (unique.length) out.sel = unique[0];
  if (unique.length > 1) out.also = unique.slice(1, 1 + MAX_ALSO);
  return out;
}

/** The step view with one more pick at the end (unchanged if it is already picked, or full). */
export function addPick(view: StoryView, pick: FocalPick): StoryView {
  const picks = stepPicks(view);
  if (picks.some((p) => samePick(p, pick)) || picks.length > MAX_ALSO) return view;
  return withPicks(view, [...picks, pick]);
}

/** The step view without its pick at `index` (the next one becomes the selection if it was the first). */
export function removePick(view: StoryView, index: number): StoryView {
  return withPicks(
    view,
    stepPicks(view).filter((_, i) => i !== index),
  );
}

/** Whether the pick is one of the view's. */
export function isPicked(s: Pick<ViewState, "sel" | "also">, pick: FocalPick): boolean {
  return picksOf(s).some((p) => samePick(p, pick));
}

const eventSets = new WeakMap<object, ReadonlySet<string>>();

/** The focal events as a set, computed once per state (the timeline asks for every item). */
export function focalEvents(s: Pick<ViewState, "sel" | "also">): ReadonlySet<string> {
  let set = eventSets.get(s);
  if (!set) eventSets.set(s, (set = new Set(focalSet(s).events)));
  return set;
}

/** Whether two sets hold the same members. */
export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** A pick's name: an event's title, an actor's name (its id if the dataset no longer has it). */
export function nameOfPick(index: DatasetIndex, pick: FocalPick, lang: Lang): string {
  return pick.type === "event"
    ? (index.eventsById.get(pick.id)?.title[lang] ?? pick.id)
    : (index.actorsById.get(pick.id)?.name[lang] ?? pick.id);
}
