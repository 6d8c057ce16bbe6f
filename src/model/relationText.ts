/**
 * A relation said as a sentence in each language, with its period at the precision the documents
 * give: "China: observer of IOM (June 2001 – 30 June 2016)",
 * "中国为国际移民组织观察员（2001年6月—2016年6月30日）". Chinese word order puts the verb
 * around the object (为…观察员, 担任…主席), so each type has its own pattern rather than a label
 * between two names.
 */
import type { Lang, Relation, RelationType } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { formatPartialDate } from "./formatDate.ts";

type Pattern = (from: string, to: string, fromIsState: boolean) => string;

const EN: Record<RelationType, Pattern> = {
  observer: (f, t) => `${f}: observer of ${t}`,
  member: (f, t) => `${f}: member of ${t}`,
  "part-of": (f, t) => `${f}: part of ${t}`,
  hosts: (f, t) => `${f} hosts ${t}`,
  chairs: (f, t) => `${f} chairs ${t}`,
  funds: (f, t) => `${f} funds ${t}`,
  partner: (f, t) => `${f}: partner of ${t}`,
  leads: (f, t) => `${f} leads ${t}`,
  represents: (f, t) => `${f} represents ${t}`,
};

const ZH: Record<RelationType, Pattern> = {
  observer: (f, t) => `${f}为${t}观察员`,
  member: (f, t, state) => `${f}为${t}${state ? "成员国" : "成员"}`,
  "part-of": (f, t) => `${f}隶属于${t}`,
  // A state is an office's 东道国; an organisation houses a unit (…设于…).
  hosts: (f, t, state) => (state ? `${f}为${t}东道国` : `${t}设于${f}`),
  chairs: (f, t) => `${f}担任${t}主席`,
  funds: (f, t) => `${f}资助${t}`,
  partner: (f, t) => `${f}与${t}为合作伙伴`,
  leads: (f, t) => `${f}领导${t}`,
  represents: (f, t) => `${f}代表${t}`,
};

/** The period in brackets, or "" when the documents give no date. */
export function relationPeriod(r: Pick<Relation, "start" | "end">, lang: Lang): string {
  const from = r.start ? formatPartialDate(r.start, lang) : null;
  const to = r.end ? formatPartialDate(r.end, lang) : null;
  if (lang === "zh") {
    if (from && to) return from === to ? `（${from}）` : `（${from}—${to}）`;
    if (from) return `（${from}起）`;
    return to ? `（至${to}）` : "";
  }
  if (from && to) return from === to ? ` (${from})` : ` (${from} – ${to})`;
  if (from) return ` (from ${from})`;
  return to ? ` (until ${to})` : "";
}

/** The sentence without its period, from the two names as they are to be shown. */
export function relationClause(type: RelationType, from: string, to: string, lang: Lang, fromIsState = false): string {
  return (lang === "zh" ? ZH : EN)[type](from, to, fromIsState);
}

/**
 * An actor's name as a sentence about relations uses it: a state or organisation by its short form
 * ("China", "IOM"); a body of another by its full name ("IOM Liaison Office in China", not "IOM
 * China"), which says whose it is.
 */
export function actorShortName(index: DatasetIndex, id: string, lang: Lang): string {
  const a = index.actorsById.get(id);
  if (!a) return id;
  return (a.parent && index.actorsById.has(a.parent) ? a.name : (a.short ?? a.name))[lang];
}

/** The whole sentence: names, relation and period. */
export function relationSentence(index: DatasetIndex, r: Relation, lang: Lang): string {
  const fromIsState = index.actorsById.get(r.from)?.type === "state";
  const clause = relationClause(
    r.type,
    actorShortName(index, r.from, lang),
    actorShortName(index, r.to, lang),
    lang,
    fromIsState,
  );
  return clause + relationPeriod(r, lang);
}
