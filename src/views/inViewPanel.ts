/**
 * The details panel with nothing selected: the analyst's table of what is in view. On the opening
 * view (no filters) it starts with the subject — China and IOM, their milestones from the data and
 * the story that tells them — then the key actors of the view (by events, counted as the network
 * sizes them, and by betweenness, so that brokers show), then the events in view, sortable by date,
 * title and kind, each row selecting its event. Drawn when the page is idle, and again once a pan
 * rests, so that it never holds up a filter or a pan; betweenness comes from a worker.
 */
import type { Deriver } from "../state/derive.ts";
import type { Lang } from "../data/schema.ts";
import { eventsToCsv } from "../model/exportCsv.ts";
import { formatEventDate, formatPartialDate } from "../model/formatDate.ts";
import { t, VOCAB } from "../model/i18n.ts";
import { actorsByEvents, betweennessInput, countedActors } from "../model/keyActors.ts";
import { actorShortName } from "../model/relationText.ts";
import { viewForStep, type PlayableStory } from "../model/storyView.ts";
import { SUBJECT_PAIR, subjectMilestones, subjectStory } from "../model/subjectIntro.ts";
import { hasActiveFilters, type ViewState } from "../model/viewState.ts";
import { createBetweennessClient, type Ranked } from "./betweennessClient.ts";
import type { PanelKit } from "./panelKit.ts";
import { download, h, setChildren } from "./dom.ts";
import { relationWithEvidence } from "./evidence.ts";

export interface InViewDeps {
  kit: PanelKit;
  derive: Deriver;
  stories: PlayableStory[];
}

type Column = "date" | "title" | "kind";

/** Rows drawn at most: the rest is counted, and the window or a filter narrows it. */
export const MAX_ROWS = 150;
const KEY_ACTORS = 6;
/** How long a pan must rest before the table follows it. */
const SETTLE_MS = 250;

export function createInViewPanel(body: HTMLElement, deps: InViewDeps) {
  const { kit, derive } = deps;
  const { store, index } = kit;
  const brokers = createBetweennessClient();
  let sort: { column: Column; dir: 1 | -1 } = { column: "date", dir: 1 };
  let drawnEvents: string[] | null = null;
  let drawnKey = "";
  let timer = 0;
  let idle = 0;
  let active = false;
  // Betweenness by view (events in view and counting mode), kept across language switches.
  let brokersFor: { events: string[]; mode: string; ranked: Ranked } | null = null;

  const cancel = () => {
    clearTimeout(timer);
    if (idle && "cancelIdleCallback" in window) cancelIdleCallback(idle);
    timer = idle = 0;
  };

  function sync(s: ViewState) {
    const wasActive = active;
    active = true;
    const d = derive(s);
    const key = `${s.lang}|${s.collapse}|${s.hidePersons}|${sort.column}${sort.dir}|${introShown(s)}`;
    if (wasActive && d.inWindow === drawnEvents && key === drawnKey) return;
    cancel();
    // The first drawing waits for the page to be idle (the first paint comes first); a new window
    // waits for the pan to rest; anything else (a language, a sort) is drawn at once.
    const onlyWindow = wasActive && key === drawnKey;
    const draw = () => {
      timer = idle = 0;
      if (active) render(store.get());
    };
    if (wasActive && !onlyWindow) return draw();
    if (!wasActive) {
      setChildren(body, h("h2", { class: "sr-only" }, t(s.lang, "details")));
      delete body.dataset.inView;
    }
    timer = window.setTimeout(
      () => {
        timer = 0;
        if ("requestIdleCallback" in window) idle = requestIdleCallback(draw, { timeout: 600 });
        else draw();
      },
      onlyWindow ? SETTLE_MS : 0,
    );
  }

  function introShown(s: ViewState): boolean {
    return !hasActiveFilters(s) && !s.story && SUBJECT_PAIR.every((id) => index.actorsById.has(id));
  }

  function render(s: ViewState) {
    const d = derive(s);
    const lang = s.lang;
    drawnEvents = d.inWindow;
    drawnKey = `${s.lang}|${s.collapse}|${s.hidePersons}|${sort.column}${sort.dir}|${introShown(s)}`;
    const mode = { collapse: s.collapse, hidePersons: s.hidePersons };
    // The busiest few hundred: enough for the lists and for betweenness (see betweennessInput).
    const ranked = actorsByEvents(index, d.inWindow, mode, 250);
    const brokerList = h("ol", { class: "key-actors brokers", "aria-busy": "true" });
    const modeKey = `${s.collapse}|${s.hidePersons}`;
    const fillBrokers = (list: Ranked) => {
      brokerList.removeAttribute("aria-busy");
      body.dataset.betweenness = "ready";
      const shown = list.slice(0, KEY_ACTORS);
      if (!shown.length) return setChildren(brokerList, h("li", { class: "muted" }, t(lang, "betweennessNone")));
      const top = shown[0].score || 1;
      setChildren(brokerList, ...shown.map((b) => keyActorRow(b.id, lang, b.score / top, b.score.toFixed(2))));
    };
    delete body.dataset.betweenness;
    if (brokersFor && brokersFor.events === d.inWindow && brokersFor.mode === modeKey) fillBrokers(brokersFor.ranked);
    else {
      setChildren(brokerList, h("li", { class: "muted" }, t(lang, "betweennessPending")));
      const events = d.inWindow;
      void brokers.ask(betweennessInput(index, events, mode, ranked)).then((result) => {
        if (!result) return;
        brokersFor = { events, mode: modeKey, ranked: result };
        if (drawnEvents === events && store.get().lang === lang) fillBrokers(result);
      });
    }
    const maxCount = ranked[0]?.count ?? 1;
    setChildren(
      body,
      introShown(s) ? intro(lang) : null,
      h("h2", { class: "inview-title" }, t(lang, "inViewTitle")),
      h("h3", {}, t(lang, "keyActors")),
      h(
        "div",
        { class: "key-actor-columns" },
        h(
          "section",
          {},
          h("h4", {}, t(lang, "byEvents")),
          h(
            "ol",
            { class: "key-actors by-events" },
            ...ranked.slice(0, KEY_ACTORS).map((r) => keyActorRow(r.id, lang, r.count / maxCount, String(r.count))),
          ),
        ),
        h("section", {}, h("h4", {}, t(lang, "byBetweenness")), brokerList),
      ),
      eventsTable(d.inWindow, s),
    );
    body.dataset.inView = "ready";
  }

  function keyActorRow(id: string, lang: Lang, share: number, figure: string) {
    return h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          class: "link key-actor",
          "data-actor": id,
          onclick: () => store.set({ sel: { type: "actor", id } }),
        },
        actorShortName(index, id, lang),
      ),
      h("span", { class: "key-bar", style: `width:${Math.max(4, Math.round(share * 60))}px`, "aria-hidden": "true" }),
      h("span", { class: "muted figure" }, figure),
    );
  }

  function intro(lang: Lang) {
    const story = subjectStory(deps.stories);
    const milestones = subjectMilestones(index);
    return h(
      "section",
      { class: "intro" },
      h("h2", {}, t(lang, "introTitle")),
      h("p", { class: "intro-text" }, t(lang, "introText")),
      h(
        "div",
        { class: "intro-actions" },
        story
          ? h(
              "button",
              {
                type: "button",
                class: "primary start-story",
                onclick: () => {
                  store.set(viewForStep(story, 0, store.get()));
                  document.documentElement.requestFullscreen?.().catch(() => undefined);
                },
              },
              t(lang, "startStory"),
            )
          : null,
        h(
          "button",
          {
            type: "button",
            class: "mini-btn subject-pair",
            onclick: () => store.set({ pair: [...SUBJECT_PAIR], via: null, sel: null }),
          },
          t(lang, "pairConnectionsButton"),
        ),
      ),
      milestones.length ? h("h3", {}, t(lang, "milestones")) : null,
      h(
        "ol",
        { class: "milestones" },
        ...milestones.map((m) =>
          h(
            "li",
            {},
            h("span", { class: "milestone-date" }, formatPartialDate(m.date, lang)),
            "relation" in m
              ? relationWithEvidence({ store, index }, m.relation, lang)
              : h(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    "data-event": m.event,
                    onclick: () => store.set({ sel: { type: "event", id: m.event } }),
                  },
                  index.eventsById.get(m.event)!.title[lang],
                ),
          ),
        ),
      ),
    );
  }

  function sorted(ids: string[], lang: Lang): string[] {
    if (sort.column === "date") return sort.dir === 1 ? ids : [...ids].reverse();
    const keyOf =
      sort.column === "title"
        ? (id: string) => index.eventsById.get(id)!.title[lang]
        : (id: string) => VOCAB.kind[index.eventsById.get(id)!.kind][lang];
    const collator = new Intl.Collator(lang === "zh" ? "zh-Hans-CN" : "en");
    const keys = new Map(ids.map((id) => [id, keyOf(id)]));
    // Ties keep date order (the list comes chronological and the sort is stable).
    return [...ids].sort((a, b) => sort.dir * collator.compare(keys.get(a)!, keys.get(b)!));
  }

  function eventsTable(ids: string[], s: ViewState) {
    const lang = s.lang;
    const mode = { collapse: s.collapse, hidePersons: s.hidePersons };
    const rows = sorted(ids, lang).slice(0, MAX_ROWS);
    const head = (column: Column, label: string) => {
      const on = sort.column === column;
      return h(
        "th",
        { scope: "col", "aria-sort": on ? (sort.dir === 1 ? "ascending" : "descending") : "none" },
        h(
          "button",
          {
            type: "button",
            class: "sort-btn",
            "data-sort": column,
            title: t(lang, "sortBy", { column: label }),
            onclick: () => {
              sort = { column, dir: on ? (sort.dir === 1 ? -1 : 1) : 1 };
              render(store.get());
              (body.querySelector(`[data-sort="${column}"]`) as HTMLElement | null)?.focus();
            },
          },
          label,
          h("span", { "aria-hidden": "true", class: "sort-mark" }, on ? (sort.dir === 1 ? " ▲" : " ▼") : ""),
        ),
      );
    };
    const table = h(
      "table",
      { class: "inview-table" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          head("date", t(lang, "columnDate")),
          head("title", t(lang, "columnTitle")),
          head("kind", t(lang, "columnKind")),
        ),
      ),
      h(
        "tbody",
        {},
        ...rows.map((id) => {
          const e = index.eventsById.get(id)!;
          const actors = countedActors(index, id, mode);
          const names = actors.slice(0, 3).map((a) => actorShortName(index, a, lang));
          const more = actors.length > 3 ? (lang === "zh" ? `等${actors.length}个` : ` +${actors.length - 3}`) : "";
          return h(
            "tr",
            { "data-event": id, class: e.planned ? "planned" : "" },
            h(
              "td",
              { class: "col-date" },
              ...e.themes.map((th) =>
                h("span", {
                  class: "swatch",
                  style: `background:${kit.themeColor(th)}`,
                  title: index.themesById.get(th)?.label[lang] ?? th,
                }),
              ),
              formatEventDate(e.date, lang),
            ),
            h(
              "td",
              {},
              h(
                "button",
                {
                  type: "button",
                  class: "link row-title",
                  "data-event": id,
                  onclick: () => store.set({ sel: { type: "event", id } }),
                },
                e.title[lang],
              ),
              h("div", { class: "col-actors" }, names.join(lang === "zh" ? "、" : ", ") + more),
            ),
            h("td", { class: "col-kind" }, VOCAB.kind[e.kind][lang]),
          );
        }),
      ),
    );
    // ↑ and ↓ walk the rows (the keyboard's way through the timeline's events).
    table.addEventListener("keydown", (ev) => {
      if (ev.key !== "ArrowDown" && ev.key !== "ArrowUp") return;
      const buttons = [...table.querySelectorAll<HTMLElement>(".row-title")];
      const at = buttons.indexOf(document.activeElement as HTMLElement);
      if (at < 0) return;
      ev.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, at + (ev.key === "ArrowDown" ? 1 : -1)))].focus();
    });
    return h(
      "section",
      { class: "inview-events" },
      h(
        "div",
        { class: "inview-events-head" },
        h("h3", {}, t(lang, "eventsInView", { n: ids.length })),
        h(
          "button",
          {
            type: "button",
            class: "mini-btn export-inview",
            onclick: () => {
              const st = store.get();
              download(
                new Blob([eventsToCsv(index, derive(st).inWindow, st.lang)], { type: "text/csv;charset=utf-8" }),
                `liaison-${new Date().toISOString().slice(0, 10)}-events.csv`,
              );
            },
          },
          t(lang, "exportInView"),
        ),
      ),
      table,
      ids.length > MAX_ROWS ? h("p", { class: "muted" }, t(lang, "moreEvents", { n: ids.length - MAX_ROWS })) : null,
    );
  }

  return {
    sync,
    /** Another view took the panel: nothing to draw until it comes back. */
    pause() {
      active = false;
      cancel();
    },
    destroy() {
      active = false;
      cancel();
      brokers.stop();
    },
  };
}
