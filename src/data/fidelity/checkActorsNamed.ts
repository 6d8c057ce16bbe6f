/**
 * An actor listed on an event must be named — by its name, short name or an alias, in either
 * language — within the paragraph (sourcePassages.ts) of at least one of the event's quotes, or
 * the listing must say why not in its `basis` (the passage says "the Chair", a footnote names it…).
 * This catches actors carried over from a sibling event and roles read into a passage that does
 * not mention the body at all. Relations are held to the same rule for their two ends.
 */
import type { Dataset } from "../dataFiles.ts";
import type { Problem } from "../problem.ts";
import type { Actor, Citation } from "../schema.ts";
import { makeNameMatcher } from "./nameMatcher.ts";
import { indexText, paragraphsAround, type IndexedText } from "./sourcePassages.ts";

export interface PassageIndex {
  /** Every paragraph around every occurrence of each cited quote */
  paragraphs(c: Citation): string[];
}

/** Source texts by source id, indexed once for the whole run. */
export function passageIndex(d: Dataset, texts: Record<string, string>): PassageIndex {
  const docs = new Map<string, IndexedText>();
  for (const s of d.sources) {
    const t = texts[s.file];
    if (t !== undefined) docs.set(s.id, indexText(t));
  }
  return {
    paragraphs(c) {
      const doc = docs.get(c.source);
      return doc ? paragraphsAround(doc, c.quote, c.lang) : [];
    },
  };
}

export function checkActorsNamed(d: Dataset, index: PassageIndex): Problem[] {
  const out: Problem[] = [];
  const actors = new Map(d.actors.map((a) => [a.id, a]));
  const matchers = new Map<string, (t: string) => boolean>();
  const named = (a: Actor, cited: Citation[]) => {
    let m = matchers.get(a.id);
    if (!m) matchers.set(a.id, (m = makeNameMatcher(a)));
    return cited.some((c) => index.paragraphs(c).some(m));
  };
  for (const e of d.events) {
    e.actors.forEach((ea, i) => {
      const a = actors.get(ea.id);
      if (!a || ea.basis || named(a, e.sources)) return;
      out.push({
        file: "events.json",
        id: e.id,
        field: `actors[${i}]`,
        message: `"${ea.id}" (${ea.role}) is not named near any of the event's quotes: cite a passage that names it, add the document's wording to its aliases, or say why in basis`,
      });
    });
  }
  for (const r of d.relations) {
    for (const end of ["from", "to"] as const) {
      const a = actors.get(r[end]);
      if (!a || named(a, r.sources)) continue;
      out.push({
        file: "relations.json",
        id: r.id,
        field: end,
        message: `"${r[end]}" is not named near any of the relation's quotes: cite a passage that names it, or add the document's wording to its aliases`,
      });
    }
  }
  return out;
}
