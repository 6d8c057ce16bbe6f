/**
 * Which events the timeline names when it cannot name them all (zoomed out, or a crowded
 * window): a stated rule, so that a reader can tell why an event is shown and another is counted
 * in a block. An event scores
 *   8  when a story step presents it (the curators' milestones),
 *   6  when it involves both China and IOM (the product's subject),
 *   4  when it changes a status (a membership or an agreement),
 *   ½  per actor and ½ per cited passage, up to 8 actors and 6 passages;
 * a planned event loses 1 (it has not happened). Ties go to the earlier event, then to the id, so
 * the ranking is a total order: zooming in only adds named events, never swaps them.
 */
import type { DatasetIndex } from "./datasetIndex.ts";

/** The actors the product is about: always named in the network, weighted on the timeline. */
export const SUBJECT_ACTORS = ["state-china", "iom"] as const;

export function significanceScore(index: DatasetIndex, eventId: string, inStory: ReadonlySet<string>): number {
  const e = index.eventsById.get(eventId);
  if (!e) return 0;
  const roots = new Set(e.actors.map((a) => index.rootOf.get(a.id) ?? a.id));
  const actors = new Set(e.actors.map((a) => a.id)).size;
  let score = 0;
  if (inStory.has(eventId)) score += 8;
  if (SUBJECT_ACTORS.every((a) => roots.has(a))) score += 6;
  if (e.kind === "membership" || e.kind === "agreement") score += 4;
  score += Math.min(actors, 8) / 2 + Math.min(e.sources.length, 6) / 2;
  if (e.planned) score -= 1;
  return score;
}

/** The events a story step selects. */
export function storyEvents(index: DatasetIndex): Set<string> {
  const ids = new Set<string>();
  for (const story of index.dataset.stories)
    for (const step of story.steps) if (step.view.sel?.type === "event") ids.add(step.view.sel.id);
  return ids;
}

/** A milestone scores at least this: a story presents it, or it is a China–IOM event with weight. */
export const MILESTONE_SCORE = 8;

/** The milestones: on a crowded timeline their titles are placed first (computed once per dataset). */
export function milestoneEvents(index: DatasetIndex): Set<string> {
  let set = milestoneCache.get(index);
  if (set) return set;
  const inStory = storyEvents(index);
  set = new Set(index.chronological.filter((id) => significanceScore(index, id, inStory) >= MILESTONE_SCORE));
  milestoneCache.set(index, set);
  return set;
}
const milestoneCache = new WeakMap<DatasetIndex, Set<string>>();

const cache = new WeakMap<DatasetIndex, Map<string, number>>();

/** Each event's rank, 0 the most significant (computed once per dataset). */
export function significanceRanks(index: DatasetIndex): Map<string, number> {
  let ranks = cache.get(index);
  if (ranks) return ranks;
  const inStory = storyEvents(index);
  const scored = index.chronological.map((id, order) => ({ id, order, score: significanceScore(index, id, inStory) }));
  // chronological is in start order: the order breaks ties by start, then id.
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  ranks = new Map(scored.map((s, i) => [s.id, i]));
  cache.set(index, ranks);
  return ranks;
}
