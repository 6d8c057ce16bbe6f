/**
 * The details panel's view of a relation (a status band opens it): what it is, its dates, its
 * note, the two actors, and the passages it rests on with "Show in document", as an event's are.
 */
import type { Store } from "../state/store.ts";
import type { Lang } from "../data/schema.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { formatPartialDate } from "../model/formatDate.ts";
import { t } from "../model/i18n.ts";
import { VOCAB } from "../model/vocabulary.ts";
import { relationTitle } from "../model/relationTitle.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, setChildren } from "./dom.ts";
import { citationList } from "./evidence.ts";

export interface RelationDetailsDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  lang: Lang;
}

/** Fills `body` with the relation `id` (the panel's hint when the data has no such relation). */
export function renderRelationDetails(body: HTMLElement, id: string, deps: RelationDetailsDeps): void {
  const { store, index, lang } = deps;
  const r = index.dataset.relations.find((x) => x.id === id);
  if (!r) return setChildren(body, h("p", { class: "empty-hint" }, t(lang, "detailsEmpty")));
  const actor = (actorId: string) =>
    h(
      "button",
      {
        type: "button",
        class: "link",
        "data-actor": actorId,
        onclick: () => store.set({ sel: { type: "actor", id: actorId } }),
      },
      index.actorsById.get(actorId)?.name[lang] ?? actorId,
    );
  const when = [r.start, r.end]
    .filter((x): x is string => !!x)
    .map((d) => formatPartialDate(d, lang))
    .join(" – ");
  const row = (label: string, ...value: Array<Node | string>) =>
    h("div", { class: "row" }, h("dt", {}, label), h("dd", {}, ...value));
  setChildren(
    body,
    h(
      "header",
      { class: "details-head" },
      h("div", { class: "eyebrow" }, `${t(lang, "relation")} · ${VOCAB.relationType[r.type][lang]}`),
      h(
        "button",
        {
          type: "button",
          class: "icon-btn close",
          "aria-label": t(lang, "close"),
          title: t(lang, "close"),
          onclick: () => store.set({ sel: null }),
        },
        "×",
      ),
    ),
    h("h2", {}, relationTitle(index, r, lang)),
    h(
      "dl",
      {},
      when ? row(t(lang, "date"), r.start && !r.end ? `${when} –` : when) : null,
      row(t(lang, "actors"), actor(r.from), " · ", actor(r.to)),
    ),
    r.note ? h("p", { class: "summary" }, r.note[lang]) : null,
    h("h3", {}, t(lang, "sources")),
    citationList({ store, index }, r.sources, lang),
  );
}
