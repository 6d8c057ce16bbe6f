/**
 * Which timeline items light up when an actor is selected, said as a stylesheet selector over
 * tokens each event's item carries for good. Selecting an actor then restyles the items in place;
 * changing their classes instead made vis-timeline redraw and measure every one of them (about a
 * third of a selection's frame on the real data).
 */
import type { DatasetIndex } from "./datasetIndex.ts";
import { pairAnalysisFor, pairHighlightEvents } from "./pairAnalysis.ts";
import { focalSet } from "./focalSet.ts";
import type { ViewState } from "./viewState.ts";

export interface ActorTokens {
  /** The event's actors, space-separated */
  actors: string;
  /** Their top parents (each actor's own root), space-separated */
  roots: string;
}

/** The tokens of an event's item: what `actorItemSelector` matches. */
export function eventActorTokens(index: DatasetIndex, eventId: string): ActorTokens {
  const actors = new Set<string>();
  const roots = new Set<string>();
  for (const { id } of index.eventsById.get(eventId)?.actors ?? []) {
    actors.add(id);
    roots.add(index.rootOf.get(id) ?? id);
  }
  return { actors: [...actors].join(" "), roots: [...roots].join(" ") };
}

/** The events an actor's selection lights, as a set (the timeline keeps them out of blocks). */
export function actorEvents(index: DatasetIndex, actorId: string, collapse: boolean): Set<string> {
  const family = collapse ? [...index.actorsById.keys()].filter((a) => index.rootOf.get(a) === actorId) : [actorId];
  const ids = new Set<string>();
  for (const a of family) for (const e of index.eventsOfActor.get(a) ?? []) ids.add(e);
  return ids;
}

/**
 * Selector for the items of an actor's events (the same as `actorEvents`): its own, or with the hierarchy collapsed, those
 * of every actor it is the top parent of (as the network counts them).
 */
export function actorItemSelector(actorId: string | string[], collapse: boolean): string {
  const attr = collapse ? "data-roots" : "data-actors";
  const one = (id: string) => `[${attr}~="${cssString(id)}"]`;
  const ids = typeof actorId === "string" ? [actorId] : actorId;
  return ids.length === 1
    ? `.vis-item:has(.ev-label${one(ids[0])})`
    : `.vis-item:has(.ev-label:is(${ids.map(one).join(",")}))`;
}

/** A value made safe inside a double-quoted CSS string (ids are kebab-case; imports are checked). */
function cssString(value: string): string {
  return value.replace(/[\\"]/g, "\\$&").replace(/[\n\r\f]/g, " ");
}

/** Selector for the items of the given events. */
export function eventItemSelector(eventIds: Iterable<string>): string | null {
  const list = [...eventIds].map((id) => `[data-event="${cssString(id)}"]`);
  return list.length ? `.vis-item:has(.ev-label:is(${list.join(",")}))` : null;
}

/**
 * The events the timeline picks out: the focal actors' (a selected actor's, and any a step shows
 * beside its selection); with nothing selected and a pair's connections open, the pair's shared
 * events (or the chosen intermediary's events with the two).
 */
export function highlightedEvents(index: DatasetIndex, s: ViewState): Set<string> | null {
  const actors = focalSet(s).actors;
  if (actors.length === 1) return actorEvents(index, actors[0], s.collapse);
  if (actors.length) return new Set(actors.flatMap((a) => [...actorEvents(index, a, s.collapse)]));
  if (s.sel || !s.pair) return null;
  const p = pairAnalysisFor(index, s.pair, { collapse: s.collapse });
  return new Set(pairHighlightEvents(index, p, s.via));
}

/** The stylesheet selector for `highlightedEvents`. */
export function highlightSelector(index: DatasetIndex, s: ViewState): string | null {
  const actors = focalSet(s).actors;
  if (actors.length) return actorItemSelector(actors, s.collapse);
  const events = highlightedEvents(index, s);
  return events ? eventItemSelector(events) : null;
}
