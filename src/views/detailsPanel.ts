/**
 * The details panel: an event (date at its precision, place, kind, actors with roles, themes,
 * summary, discrepancy notes, sources with "show in document") or an actor (names, hierarchy,
 * events per year, its events, the actors it meets most).
 */
import type { Store } from "../app/store.ts";
import type { Actor, Citation, Lang, MigrationEvent } from "../data/schema.ts";
import { eventsPerYear, relationsOf, topCoActors } from "../model/actorStats.ts";
import { ACTOR_TYPE_COLORS } from "../model/colors.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { formatEventDate, formatPartialDate } from "../model/formatDate.ts";
import { t, VOCAB } from "../model/i18n.ts";
import type { ViewState } from "../model/viewState.ts";
import { h, setChildren } from "./dom.ts";
import { renderMiniBarChart } from "./miniBarChart.ts";

export interface DetailsDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  themeColor: (id: string) => string;
  years: [number, number];
}

export function mountDetailsPanel(container: HTMLElement, deps: DetailsDeps): () => void {
  const { store, index } = deps;
  const body = h("div", { class: "details-body", tabindex: "-1" });
  container.append(body);
  let lastKey = "";
  // The chart's width follows the panel's, kept by a ResizeObserver: reading it while a selection
  // is drawn would force a layout of the whole page in the middle of every view's update.
  const chartWidthFor = (panel: number) => Math.max(220, Math.min(420, panel - 40));
  let chartWidth = chartWidthFor(0);
  let scrolled = false;
  body.addEventListener("scroll", () => void (scrolled = body.scrollTop > 0), { passive: true });

  const actorLink = (id: string, lang: Lang, extra?: string) => {
    const a = index.actorsById.get(id);
    const name = a ? a.name[lang] : id;
    return h(
      "button",
      { type: "button", class: "link", "data-actor": id, onclick: () => store.set({ sel: { type: "actor", id } }) },
      name,
      extra ? h("span", { class: "muted" }, ` · ${extra}`) : null,
    );
  };
  const eventLink = (id: string, lang: Lang) => {
    const e = index.eventsById.get(id)!;
    return h(
      "button",
      {
        type: "button",
        class: "link event-link",
        "data-event": id,
        onclick: () => store.set({ sel: { type: "event", id } }),
      },
      h("span", { class: "muted" }, formatEventDate(e.date, lang) + " "),
      e.title[lang],
    );
  };
  const row = (label: string, ...value: Array<Node | string>) =>
    h("div", { class: "row" }, h("dt", {}, label), h("dd", {}, ...value));
  const citations = (list: Citation[], lang: Lang) =>
    h(
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
            src?.symbol ? h("span", { class: "muted" }, ` (${src.symbol})`) : null,
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

  function closeButton(lang: Lang) {
    return h(
      "button",
      {
        type: "button",
        class: "icon-btn close",
        "aria-label": t(lang, "close"),
        title: t(lang, "close"),
        onclick: () => store.set({ sel: null }),
      },
      "×",
    );
  }

  /** The panel's top line: what the item is, and the close button. */
  function header(lang: Lang, ...eyebrow: Array<Node | string | null>) {
    return h("header", { class: "details-head" }, h("div", { class: "eyebrow" }, ...eyebrow), closeButton(lang));
  }

  function renderEvent(e: MigrationEvent, lang: Lang) {
    const roles = new Map<string, string[]>();
    for (const a of e.actors) roles.set(a.id, [...(roles.get(a.id) ?? []), VOCAB.role[a.role][lang]]);
    setChildren(
      body,
      header(
        lang,
        VOCAB.kind[e.kind][lang],
        e.planned ? h("span", { class: "badge planned-badge" }, t(lang, "planned1")) : null,
      ),
      h("h2", {}, e.title[lang]),
      h(
        "dl",
        {},
        row(t(lang, "date"), formatEventDate(e.date, lang)),
        e.place ? row(t(lang, "place"), e.place[lang]) : null,
        row(
          t(lang, "themes"),
          ...e.themes.map((th) =>
            h(
              "span",
              { class: "tag" },
              h("span", { class: "swatch", style: `background:${deps.themeColor(th)}` }),
              index.themesById.get(th)?.label[lang] ?? th,
            ),
          ),
        ),
      ) as HTMLElement,
      h("p", { class: "summary" }, e.summary[lang]),
      e.dateNote
        ? h("section", { class: "note" }, h("h3", {}, t(lang, "dateNote")), h("p", {}, e.dateNote[lang]))
        : null,
      e.notes?.length
        ? h(
            "section",
            { class: "note discrepancy" },
            h("h3", {}, t(lang, "notes")),
            ...e.notes.map((n) => h("div", {}, h("p", {}, n[lang]), n.sources ? citations(n.sources, lang) : null)),
          )
        : null,
      h("h3", {}, t(lang, "actors")),
      h("ul", { class: "actor-list" }, ...[...roles].map(([id, r]) => h("li", {}, actorLink(id, lang, r.join(", "))))),
      h("h3", {}, t(lang, "sources")),
      citations(e.sources, lang),
    );
  }

  function renderActor(a: Actor, lang: Lang) {
    const other: Lang = lang === "en" ? "zh" : "en";
    const events = index.eventsOfActor.get(a.id) ?? [];
    const children = index.childrenOf.get(a.id) ?? [];
    const rels = relationsOf(index, a.id);
    setChildren(
      body,
      header(
        lang,
        h("span", { class: "swatch", style: `background:${ACTOR_TYPE_COLORS[a.type]}` }),
        VOCAB.actorType[a.type][lang],
      ),
      h("h2", {}, a.name[lang]),
      h(
        "p",
        { class: "other-name", lang: other === "zh" ? "zh-Hans" : "en" },
        a.name[other],
        a.short ? ` (${a.short[other]})` : "",
      ),
      h(
        "dl",
        {},
        a.short ? row(t(lang, "type"), `${a.short[lang]} · ${VOCAB.actorType[a.type][lang]}`) : null,
        a.title ? row(t(lang, "title"), a.title[lang]) : null,
        a.affiliation ? row(t(lang, "affiliation"), actorLink(a.affiliation, lang)) : null,
        a.parent ? row(t(lang, "parent"), actorLink(a.parent, lang)) : null,
        children.length ? row(t(lang, "children"), ...children.map((c) => actorLink(c, lang))) : null,
      ) as HTMLElement,
      events.length ? h("h3", {}, t(lang, "eventsPerYear")) : null,
      events.length
        ? renderMiniBarChart(eventsPerYear(index, a.id), deps.years, {
            width: chartWidth,
            label: t(lang, "eventsPerYear"),
            color: ACTOR_TYPE_COLORS[a.type],
          })
        : null,
      rels.length ? h("h3", {}, t(lang, "relations")) : null,
      rels.length
        ? h(
            "ul",
            { class: "relation-list" },
            ...rels.map((r) => {
              const other = r.from === a.id ? r.to : r.from;
              const when = [...new Set([r.start, r.end])]
                .filter((x): x is string => !!x)
                .map((d) => formatPartialDate(d, lang))
                .join(" – ");
              const verb = VOCAB.relationType[r.type][lang];
              return h(
                "li",
                {},
                r.from === a.id ? `${verb} ` : "",
                actorLink(other, lang),
                r.from === a.id ? "" : ` (${verb})`,
                when ? h("span", { class: "muted" }, ` · ${when}`) : null,
              );
            }),
          )
        : null,
      h("h3", {}, t(lang, "actorEvents", { n: events.length })),
      h("ul", { class: "event-list" }, ...events.map((id) => h("li", {}, eventLink(id, lang)))),
      events.length ? h("h3", {}, t(lang, "meetsMost")) : null,
      events.length
        ? h(
            "ul",
            { class: "co-actors" },
            ...topCoActors(index, a.id).map(({ id, count }) => h("li", {}, actorLink(id, lang, String(count)))),
          )
        : null,
    );
  }

  function sync(s: ViewState) {
    const key = `${s.lang}|${s.sel?.type}:${s.sel?.id}`;
    if (key === lastKey) return;
    lastKey = key;
    container.classList.toggle("has-selection", !!s.sel);
    const e = s.sel?.type === "event" ? index.eventsById.get(s.sel.id) : undefined;
    const a = s.sel?.type === "actor" ? index.actorsById.get(s.sel.id) : undefined;
    if (e) renderEvent(e, s.lang);
    else if (a) renderActor(a, s.lang);
    else
      setChildren(
        body,
        h("h2", { class: "sr-only" }, t(s.lang, "details")),
        h("p", { class: "empty-hint" }, t(s.lang, "detailsEmpty")),
      );
    // Writing the scroll offset forces a layout mid-update: only when there is one to undo.
    if (scrolled) body.scrollTop = 0;
  }
  sync(store.get());
  const unsubscribe = store.subscribe((s) => sync(s));
  const resize = new ResizeObserver(() => {
    const next = chartWidthFor(container.clientWidth);
    if (next === chartWidth) return;
    chartWidth = next;
    // An actor's chart drawn before the panel had its width is drawn again at the right one.
    if (store.get().sel?.type === "actor") {
      const offset = body.scrollTop;
      lastKey = "";
      sync(store.get());
      body.scrollTop = offset;
    }
  });
  resize.observe(container);
  return () => {
    resize.disconnect();
    unsubscribe();
    container.replaceChildren();
  };
}
