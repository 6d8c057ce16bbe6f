/**
 * Evidence as the details panel shows it: a list of citations (the document, the verbatim quote,
 * "Show in document"), and a relation as a sentence with its period, its note where the documents
 * need one, and its citations. Shared by every place a relation is shown (an actor's details, the
 * connections view, a status band opened from the timeline).
 */
import type { Store } from "../state/store.ts";
import type { Citation, Lang, Relation } from "../data/schema.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { t } from "../model/i18n.ts";
import { relationSentence } from "../model/relationText.ts";
import type { ViewState } from "../model/viewState.ts";
import { h } from "./dom.ts";

export interface EvidenceDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
}

export function citationList(deps: EvidenceDeps, list: Citation[], lang: Lang): HTMLElement {
  const { store, index } = deps;
  return h(
    "ul",
    { class: "citations" },
    ...list.map((c) => {
      const src = index.dataset.sources.find((s) => s.id === c.source);
      return h(
        "li",
        { class: "citation" },
        h(
          "div",
          { class: "cite-source" },
          src ? src.title[lang] : c.source,
          src?.symbol ? h("span", { class: "muted" }, lang === "zh" ? `（${src.symbol}）` : ` (${src.symbol})`) : null,
        ),
        h("blockquote", { lang: c.lang === "zh" ? "zh-Hans" : "en" }, c.quote),
        h(
          "button",
          {
            type: "button",
            class: "show-in-doc",
            onclick: () => store.set({ reader: { source: c.source, quote: c.quote } }),
          },
          t(lang, "showInDocument"),
        ),
      );
    }),
  );
}

export interface RelationOptions {
  /** Evidence shown at once (otherwise behind the sentence, opened by a click or Enter) */
  open?: boolean;
}

/** A relation with its evidence, as a disclosure: the sentence is its summary. */
export function relationWithEvidence(
  deps: EvidenceDeps,
  r: Relation,
  lang: Lang,
  opts: RelationOptions = {},
): HTMLElement {
  const count = t(lang, "sourcesCount", { n: r.sources.length });
  return h(
    "details",
    { class: "relation-evidence", "data-relation": r.id, open: !!opts.open },
    h(
      "summary",
      {},
      h("span", { class: "relation-sentence" }, relationSentence(deps.index, r, lang)),
      h("span", { class: "muted" }, lang === "zh" ? `（${count}）` : ` · ${count}`),
    ),
    r.note
      ? h(
          "p",
          { class: "relation-note" },
          h("strong", {}, lang === "zh" ? `${t(lang, "relationNote")}：` : `${t(lang, "relationNote")}: `),
          r.note[lang],
        )
      : null,
    citationList(deps, r.sources, lang),
  );
}
