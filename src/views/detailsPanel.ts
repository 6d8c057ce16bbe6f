/**
 * The details panel: an event (date at its precision, place, kind, actors with roles, themes,
 * summary, discrepancy notes, sources with "show in document"), an actor (names, hierarchy,
 * events per year, relations with their evidence, its events, the actors it meets most, its
 * connections), the connections between two actors (connectionsView.ts), or — with nothing
 * selected — what is in view (inViewPanel.ts).
 */
import type { Store } from "../state/store.ts";
import type { Deriver } from "../state/derive.ts";
import type { Actor, Lang, MigrationEvent } from "../data/schema.ts";
import { parentName, searchActors } from "../model/actorSearch.ts";
import { actorEventIds, eventsPerYear, relationsOf, topCoActors } from "../model/actorStats.ts";
import { ACTOR_TYPE_COLORS } from "../model/colors.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { formatEventDate } from "../model/formatDate.ts";
import { t } from "../model/i18n.ts";
import { VOCAB } from "../model/vocabulary.ts";
import { actorShortName } from "../model/relationText.ts";
import type { PlayableStory } from "../model/storyView.ts";
import type { ViewState } from "../model/viewState.ts";
import { actorCombobox } from "./actorCombobox.ts";
import { createChainClient } from "./chainClient.ts";
import { renderConnections } from "./connectionsView.ts";
import { h, setChildren } from "./dom.ts";
import { citationList, relationWithEvidence } from "./evidence.ts";
import { createInViewPanel } from "./inViewPanel.ts";
import type { PanelKit } from "./panelKit.ts";
import { renderMiniBarChart } from "./miniBarChart.ts";
import { renderRelationDetails } from "./relationDetails.ts";

export interface DetailsDeps {
  store: Store<ViewState>;
  index: DatasetIndex;
  derive: Deriver;
  themeColor: (id: string) => string;
  years: [number, number];
  stories: PlayableStory[];
}

export function mountDetailsPanel(container: HTMLElement, deps: DetailsDeps): () => void {
  const { store, index } = deps;
  const body = h("div", { class: "details-body", id: "details-body", tabindex: "-1" });
  // On a phone the panel is a sheet over the views: with nothing selected, folded to this bar,
  // which opens it on the introduction and what is in view (hidden on wider screens).
  const sheetToggle = h("button", {
    type: "button",
    class: "sheet-toggle",
    "aria-controls": "details-body",
    "aria-expanded": "false",
    onclick: () => {
      container.classList.toggle("sheet-open");
      labelSheetToggle(store.get());
    },
  });
  let sheetLabel = "";
  const labelSheetToggle = (s: ViewState) => {
    const open = container.classList.contains("sheet-open");
    const label = open ? t(s.lang, "sheetClose") : t(s.lang, inView.introShown(s) ? "sheetIntro" : "inViewTitle");
    // Written only when it changes: a pan must not touch the page outside the views.
    if (`${open}|${label}` === sheetLabel) return;
    sheetLabel = `${open}|${label}`;
    sheetToggle.setAttribute("aria-expanded", String(open));
    sheetToggle.replaceChildren(
      h("span", { class: "sheet-mark", "aria-hidden": "true" }, open ? "▾" : "▴"),
      h("span", {}, label),
    );
  };
  container.append(sheetToggle, body);
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
  const evidence = { store, index };

  /** The panel's top line: what the item is, and the close button. */
  function header(lang: Lang, onClose: () => void, ...eyebrow: Array<Node | string | null>) {
    return h(
      "header",
      { class: "details-head" },
      h("div", { class: "eyebrow" }, ...eyebrow),
      h(
        "button",
        {
          type: "button",
          class: "icon-btn close",
          "aria-label": t(lang, "close"),
          title: t(lang, "close"),
          onclick: onClose,
        },
        "×",
      ),
    );
  }
  const kit: PanelKit = { store, index, actorLink, eventLink, header, themeColor: deps.themeColor };
  const closeSelection = () => store.set({ sel: null });

  /** Back to the connections view an event or actor was opened from. */
  function backToPair(s: ViewState) {
    if (!s.pair) return null;
    const [a, b] = s.pair.map((id) => actorShortName(index, id, s.lang));
    return h(
      "button",
      { type: "button", class: "link back-link", onclick: () => store.set({ sel: null }) },
      t(s.lang, "backToConnections", { a, b }),
    );
  }

  function renderEvent(e: MigrationEvent, s: ViewState) {
    const { lang } = s;
    const roles = new Map<string, string[]>();
    for (const a of e.actors) roles.set(a.id, [...(roles.get(a.id) ?? []), VOCAB.role[a.role][lang]]);
    setChildren(
      body,
      backToPair(s),
      header(
        lang,
        closeSelection,
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
            ...e.notes.map((n) =>
              h("div", {}, h("p", {}, n[lang]), n.sources ? citationList(evidence, n.sources, lang) : null),
            ),
          )
        : null,
      h("h3", {}, t(lang, "actors")),
      h(
        "ul",
        { class: "actor-list" },
        ...[...roles].map(([id, r]) => h("li", {}, actorLink(id, lang, r.join(lang === "zh" ? "、" : ", ")))),
      ),
      h("h3", {}, t(lang, "sources")),
      citationList(evidence, e.sources, lang),
    );
  }

  /** "Connections with…": an actor picker whose choice opens the pair's connections. */
  function connectionsPicker(a: Actor, lang: Lang) {
    const { input, list } = actorCombobox({
      listId: "pair-options",
      optionId: "pair-opt",
      inputClass: "actor-input pair-input",
      search: (text) => searchActors(index, text, 8).filter((x) => x.id !== a.id),
      detail: (x, l) => {
        const parent = parentName(index, x, l);
        return parent ? `· ${parent}` : "";
      },
      lang: () => lang,
      onPick: (other) => store.set({ pair: [a.id, other], via: null, sel: null }),
    });
    input.setAttribute("aria-label", t(lang, "connectionsPickerLabel"));
    input.placeholder = t(lang, "connectionsPicker");
    return h("div", { class: "actor-box pair-picker" }, input, list);
  }

  function renderActor(a: Actor, s: ViewState) {
    const { lang } = s;
    const other: Lang = lang === "en" ? "zh" : "en";
    const children = index.childrenOf.get(a.id) ?? [];
    // With its bodies exactly when the network folds them into it: one way of counting.
    const includeBodies = children.length > 0 && s.collapse;
    const events = actorEventIds(index, a.id, includeBodies);
    const rels = relationsOf(index, a.id, includeBodies);
    const co = topCoActors(index, a.id, { includeBodies, collapse: s.collapse });
    const bodiesSwitch = children.length
      ? h(
          "label",
          { class: "toggle bodies-toggle", title: t(lang, "includingBodiesNote") },
          h("input", {
            type: "checkbox",
            class: "bodies-box",
            checked: includeBodies,
            onchange: (ev: Event) => store.set({ collapse: (ev.target as HTMLInputElement).checked }),
          }),
          h(
            "span",
            {},
            t(lang, "includingBodies", {
              names:
                children
                  .slice(0, 3)
                  .map((c) => {
                    const body = index.actorsById.get(c)!;
                    return (body.short ?? body.name)[lang];
                  })
                  .join(lang === "zh" ? "、" : ", ") + (children.length > 3 ? "…" : ""),
            }),
          ),
        )
      : null;
    setChildren(
      body,
      backToPair(s),
      header(
        lang,
        closeSelection,
        h("span", { class: "swatch", style: `background:${ACTOR_TYPE_COLORS[a.type]}` }),
        VOCAB.actorType[a.type][lang],
      ),
      h("h2", {}, a.name[lang]),
      h(
        "p",
        { class: "other-name", lang: other === "zh" ? "zh-Hans" : "en" },
        a.name[other],
        a.short ? (other === "zh" ? `（${a.short[other]}）` : ` (${a.short[other]})`) : "",
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
      bodiesSwitch,
      events.length ? h("h3", {}, t(lang, "eventsPerYear")) : null,
      events.length
        ? renderMiniBarChart(eventsPerYear(index, events), deps.years, {
            width: chartWidth,
            label: t(lang, "eventsPerYear"),
            color: ACTOR_TYPE_COLORS[a.type],
          })
        : null,
      rels.length ? h("h3", {}, t(lang, "relations")) : null,
      rels.length
        ? h("ul", { class: "relation-list" }, ...rels.map((r) => h("li", {}, relationWithEvidence(evidence, r, lang))))
        : null,
      h("h3", {}, t(lang, "connectionsWith")),
      connectionsPicker(a, lang),
      h("h3", { class: "actor-events-head" }, t(lang, "actorEvents", { n: events.length })),
      h("ul", { class: "event-list" }, ...events.map((id) => h("li", {}, eventLink(id, lang)))),
      co.length ? h("h3", {}, t(lang, "meetsMost")) : null,
      co.length
        ? h(
            "ul",
            { class: "co-actors" },
            ...co.map(({ id, count }) =>
              h(
                "li",
                {},
                actorLink(id, lang, String(count)),
                h(
                  "button",
                  {
                    type: "button",
                    class: "mini-btn pair-btn",
                    "data-pair": id,
                    "aria-label": t(lang, "openConnections", {
                      a: actorShortName(index, a.id, lang),
                      b: actorShortName(index, id, lang),
                    }),
                    onclick: () => store.set({ pair: [a.id, id], via: null, sel: null }),
                  },
                  t(lang, "connections"),
                ),
              ),
            ),
          )
        : null,
    );
  }

  const inView = createInViewPanel(body, { ...deps, kit });
  const chains = createChainClient(index);

  function sync(s: ViewState) {
    const e = s.sel?.type === "event" ? index.eventsById.get(s.sel.id) : undefined;
    const a = s.sel?.type === "actor" ? index.actorsById.get(s.sel.id) : undefined;
    const mode = e ? "event" : a ? "actor" : s.sel?.type === "relation" ? "relation" : s.pair ? "pair" : "view";
    container.classList.toggle("has-selection", mode !== "view");
    container.dataset.mode = mode;
    if (mode === "view") {
      lastKey = "view";
      labelSheetToggle(s);
      inView.sync(s);
      return;
    }
    inView.pause();
    const key = `${s.lang}|${s.sel?.type}:${s.sel?.id}|${s.pair?.join()}|${s.via}|${s.collapse}`;
    if (key === lastKey) return;
    lastKey = key;
    if (e) renderEvent(e, s);
    else if (a) renderActor(a, s);
    else if (mode === "relation") renderRelationDetails(body, s.sel!.id, { store, index, lang: s.lang });
    else if (s.pair) renderConnections(body, kit, s, chains);
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
    inView.destroy();
    chains.stop();
    container.replaceChildren();
  };
}
