/** A relation as a heading: its sentence without the period ("China: observer of IOM"). */
import type { Lang, Relation } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { actorShortName, relationClause } from "./relationText.ts";

export function relationTitle(index: DatasetIndex, r: Relation, lang: Lang): string {
  const fromIsState = index.actorsById.get(r.from)?.type === "state";
  return relationClause(
    r.type,
    actorShortName(index, r.from, lang),
    actorShortName(index, r.to, lang),
    lang,
    fromIsState,
  );
}
