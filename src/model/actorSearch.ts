/** Actor completion in both languages: names, short names and the documents' other wordings. */
import type { Actor } from "../data/schema.ts";

export function actorSearchText(a: Actor): string {
  return [a.name.en, a.name.zh, a.short?.en, a.short?.zh, ...(a.aliases ?? [])]
    .filter(Boolean)
    .join("\n")
    .toLowerCase();
}

/** Best matches first: prefix matches on a name, then substring matches; ties alphabetical. */
export function searchActors(actors: Actor[], query: string, limit = 12): Actor[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const scored: Array<[number, Actor]> = [];
  for (const a of actors) {
    const text = actorSearchText(a);
    const pos = text.indexOf(q);
    if (pos < 0) continue;
    const prefix = text.split("\n").some((part) => part.startsWith(q));
    scored.push([prefix ? 0 : 1, a]);
  }
  return scored
    .sort((x, y) => x[0] - y[0] || x[1].name.en.localeCompare(y[1].name.en))
    .slice(0, limit)
    .map(([, a]) => a);
}
