/** Plain-language summary of the active filters and window, for exports and the handout. */
import type { Lang } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { formatPartialDate } from "./formatDate.ts";
import { t, VOCAB } from "./i18n.ts";
import type { ViewState } from "./viewState.ts";

export function describeFilters(index: DatasetIndex, s: ViewState, lang: Lang): string[] {
  const out: string[] = [];
  if (s.themes.length)
    out.push(`${t(lang, "themes")}: ${s.themes.map((id) => index.themesById.get(id)?.label[lang] ?? id).join(", ")}`);
  if (s.actors.length)
    out.push(`${t(lang, "actors")}: ${s.actors.map((id) => index.actorsById.get(id)?.name[lang] ?? id).join(", ")}`);
  if (s.kinds.length)
    out.push(
      `${t(lang, "kinds")}: ${s.kinds.map((k) => VOCAB.kind[k as keyof typeof VOCAB.kind]?.[lang] ?? k).join(", ")}`,
    );
  if (s.q.trim()) out.push(`${t(lang, "search")}: “${s.q.trim()}”`);
  if (s.hidePlanned) out.push(t(lang, "plannedHidden"));
  return out;
}

export function describeWindow(s: Pick<ViewState, "from" | "to">, lang: Lang): string {
  if (!s.from && !s.to) return t(lang, "wholePeriod");
  const from = s.from ? formatPartialDate(s.from, lang) : "…";
  const to = s.to ? formatPartialDate(s.to, lang) : "…";
  return `${from} – ${to}`;
}
