/** Plain-language summary of the active filters and window, for exports and the handout. */
import type { Lang } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { formatPartialDate } from "./formatDate.ts";
import { t } from "./i18n.ts";
import { VOCAB } from "./vocabulary.ts";
import type { ViewState } from "./viewState.ts";

/** A label and its values, with the punctuation of the language (full-width in Chinese). */
function labelled(lang: Lang, label: string, values: string[]): string {
  return lang === "zh" ? `${label}：${values.join("、")}` : `${label}: ${values.join(", ")}`;
}

export function describeFilters(index: DatasetIndex, s: ViewState, lang: Lang): string[] {
  const out: string[] = [];
  if (s.themes.length)
    out.push(
      labelled(
        lang,
        t(lang, "themes"),
        s.themes.map((id) => index.themesById.get(id)?.label[lang] ?? id),
      ),
    );
  if (s.actors.length) {
    const names = s.actors.map((id) => index.actorsById.get(id)?.name[lang] ?? id);
    const all = s.match === "all" && s.actors.length > 1;
    out.push(
      labelled(lang, t(lang, "actors"), names) +
        (all ? (lang === "zh" ? "（" : " (") + t(lang, "matchAllFilter") + (lang === "zh" ? "）" : ")") : ""),
    );
  }
  if (s.kinds.length)
    out.push(
      labelled(
        lang,
        t(lang, "kinds"),
        s.kinds.map((k) => VOCAB.kind[k as keyof typeof VOCAB.kind]?.[lang] ?? k),
      ),
    );
  if (s.q.trim())
    out.push(lang === "zh" ? `${t(lang, "search")}：“${s.q.trim()}”` : `${t(lang, "search")}: “${s.q.trim()}”`);
  if (s.hidePlanned) out.push(t(lang, "plannedHidden"));
  return out;
}

export function describeWindow(s: Pick<ViewState, "from" | "to">, lang: Lang): string {
  if (!s.from && !s.to) return t(lang, "wholePeriod");
  const from = s.from ? formatPartialDate(s.from, lang) : "…";
  const to = s.to ? formatPartialDate(s.to, lang) : "…";
  return lang === "zh" ? `${from}至${to}` : `${from} – ${to}`;
}

/**
 * A first title for an exported image: what is selected, else what is filtered, else the app and
 * the window — the user can change it before exporting.
 */
export function suggestImageTitle(index: DatasetIndex, s: ViewState, lang: Lang): string {
  const sel = s.sel;
  const named =
    sel?.type === "event"
      ? index.eventsById.get(sel.id)?.title[lang]
      : sel?.type === "actor"
        ? index.actorsById.get(sel.id)?.name[lang]
        : undefined;
  if (named) return named;
  const filters = describeFilters(index, s, lang);
  if (filters.length) return filters.join(lang === "zh" ? "；" : " · ");
  return `${t(lang, "appTitle")} — ${describeWindow(s, lang)}`;
}
