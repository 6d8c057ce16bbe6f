/**
 * Actor completion in both languages, over names, short names and the documents' other wordings
 * (aliases). The obvious first: an exact name ("China", "中国", "IOM", "联合国"), then names that
 * start with what was typed, then names with a word that does, then any other match; within each,
 * the actors with the most events (their bodies' included, as the actor filter counts them).
 */
import type { Actor, Lang } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { withDescendants } from "./datasetIndex.ts";

/** Every wording of the actor, lower-cased, one per entry. */
export function actorNames(a: Actor): string[] {
  return [a.name.en, a.name.zh, a.short?.en, a.short?.zh, ...(a.aliases ?? [])]
    .filter((x): x is string => !!x)
    .map((x) => x.toLowerCase());
}

export function actorSearchText(a: Actor): string {
  return actorNames(a).join("\n");
}

/** 0 exact, 1 prefix, 2 a word's prefix, 3 elsewhere; null when nothing matches. */
export function matchTier(a: Actor, query: string): number | null {
  const q = query.trim().toLowerCase();
  if (!q) return null;
  let best: number | null = null;
  for (const name of actorNames(a)) {
    const tier =
      name === q
        ? 0
        : name.startsWith(q)
          ? 1
          : name.split(/[\s\-–—(（·,，'’]+/).some((w) => w.startsWith(q))
            ? 2
            : name.includes(q)
              ? 3
              : null;
    if (tier !== null && (best === null || tier < best)) best = tier;
  }
  return best;
}

// Events per actor with its bodies', per dataset (the ranking's tie-break).
const weights = new WeakMap<DatasetIndex, Map<string, number>>();

function eventWeight(index: DatasetIndex, id: string): number {
  let m = weights.get(index);
  if (!m) weights.set(index, (m = new Map()));
  let n = m.get(id);
  if (n === undefined) {
    const ids = new Set<string>();
    for (const a of withDescendants(index, id)) for (const e of index.eventsOfActor.get(a) ?? []) ids.add(e);
    m.set(id, (n = ids.size));
  }
  return n;
}

/** Best matches first (see the file's note); ties by English name. */
export function searchActors(index: DatasetIndex, query: string, limit = 12): Actor[] {
  const scored: Array<[number, number, Actor]> = [];
  for (const a of index.dataset.actors) {
    const tier = matchTier(a, query);
    if (tier !== null) scored.push([tier, eventWeight(index, a.id), a]);
  }
  return scored
    .sort((x, y) => x[0] - y[0] || y[1] - x[1] || x[2].name.en.localeCompare(y[2].name.en))
    .slice(0, limit)
    .map(([, , a]) => a);
}

/** "Ministry of Public Security · China": what tells similar names apart in a suggestion. */
export function parentName(index: DatasetIndex, a: Actor, lang: Lang): string | null {
  const id = a.parent ?? a.affiliation;
  const p = id ? index.actorsById.get(id) : undefined;
  return p ? (p.short ?? p.name)[lang] : null;
}
