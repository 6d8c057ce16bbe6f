/**
 * The visible events as a dataset in the project's own format: those events, the actors they and
 * their relations name (with ancestors, so the hierarchy holds), the relations among those actors,
 * and all themes and sources. It passes the same validation as the full dataset.
 */
import type { Dataset } from "../data/dataFiles.ts";
import type { DatasetIndex } from "./datasetIndex.ts";

export function datasetSubset(index: DatasetIndex, eventIds: string[]): Dataset {
  const events = eventIds.map((id) => index.eventsById.get(id)!);
  const keep = new Set<string>();
  const addWithAncestors = (id: string) => {
    for (let at: string | undefined = id; at && !keep.has(at); at = index.actorsById.get(at)?.parent) keep.add(at);
  };
  for (const e of events) for (const a of e.actors) addWithAncestors(a.id);
  for (const id of [...keep]) {
    const aff = index.actorsById.get(id)?.affiliation;
    if (aff) addWithAncestors(aff);
  }
  const relations = index.dataset.relations.filter((r) => keep.has(r.from) && keep.has(r.to));
  return {
    sources: index.dataset.sources,
    themes: index.dataset.themes,
    actors: index.dataset.actors.filter((a) => keep.has(a.id)),
    events,
    relations,
    stories: [],
  };
}

/** One JSON document holding every file of the dataset (the import/export bundle), optionally with the source texts. */
export function toBundle(d: Dataset, texts?: Record<string, string>): string {
  return JSON.stringify({ format: "liaison-bundle", version: 1, ...d, ...(texts ? { texts } : {}) }, null, 2);
}
