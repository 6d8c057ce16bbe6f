/**
 * The details panel with nothing selected: the analyst's table of what is in view. On the opening
 * view (no filters) it starts with the subject — China and IOM, their milestones from the data and
 * the story that tells them — then the key actors of the view (by events, counted as the network
 * sizes them, and by betweenness, so that brokers show), then the events in view, sortable by date,
 * title and kind, each row selecting its event. Drawn when the page is idle, again once a pan
 * rests, and only while the panel can be seen (a phone folds it away), so that it never holds up a
 * filter or a pan. A redraw changes only the parts whose inputs changed, and the table's rows are
 * kept by event, so a pan builds only the rows that come into view; betweenness comes from a worker.
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
  // Whether the panel takes up room (null until the observer first reports), and whether a drawing
  // was put off because it did not.
  let shown: boolean | null = null;
  let putOff = false;
  // Betweenness by view (events in view and counting mode), kept across language switches.
  let brokersFor: { events: string[]; mode: string; ranked: Ranked } | null = null;
  // The parts drawn, each with what it was drawn from.
  let parts: Parts | null = null;
  let introFor = "";
  let rankedFor: { events: string[]; mode: string; ranked: Array<{ id: string; count: number }> } | null = null;
  let sortedFor: { events: string[]; key: string; ids: string[] } | null = null;
  let rowsShown: string[] = [];
  const rowCache = new Map<string, HTMLTableRowElement>();
  let rowCacheKey = "";

  let brokerSlot: { cancel(): void } | null = null;
  const cancel = () => {
    clearTimeout(timer);
    if (idle && "cancelIdleCallback" in window) cancelIdleCallback(idle);
    timer = idle = 0;
  };
  const keyOf = (s: ViewState) => `${s.lang}|${s.collapse}|${s.hidePersons}|${sort.column}${sort.dir}|${introShown(s)}`;

  // A panel folded away (display: none) has no size: its drawing waits until it has one again.
  const visibility = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1].contentRect;
    shown = box.width > 0 && box.height > 0;
    if (shown && putOff && active) {
      putOff = false;
      render(store.get());
    }
  });
  visibility.observe(body);

  function sync(s: ViewState) {
    const wasActive = active;
    active = true;
    const d = derive(s);
    const key = keyOf(s);
    if (wasActive && d.inWindow === drawnEvents && key === drawnKey) {
      // Back to what is drawn (a pan there and back before it rested): nothing left to do.
      cancel();
      putOff = false;
      return;
    }
    cancel();
    // A language switch is drawn at once; anything else waits for the page to be idle (the first
    // paint, a filter's frame come first), and a new window for the pan to rest.
    const onlyWindow = wasActive && key === drawnKey;
    const draw = () => {
      timer = idle = 0;
      if (active) render(store.get());
    };
    if (wasActive && parts && parts.lang !== s.lang) return draw();
    if (!wasActive) {
      parts = null;
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
    if (shown === false) {
      putOff = true;
      return;
    }
    const d = derive(s);
    const lang = s.lang;
    drawnEvents = d.inWindow;
    drawnKey = keyOf(s);
    const mode = { collapse: s.collapse, hidePersons: s.hidePersons };
    const modeKey = `${s.collapse}|${s.hidePersons}`;
    if (!parts || parts.lang !== lang) parts = skeleton(lang);
    const p = parts;
    if (p.title.parentNode !== body) setChildren(body, p.title, p.keyActorsHead, p.keyActorColumns, p.eventsSection);

    const introKey = `${lang}|${introShown(s)}`;
    if (introKey !== introFor) {
      introFor = introKey;
      if (introShown(s)) {
        setChildren(p.intro, ...intro(lang));
        body.prepend(p.intro);
      } else p.intro.remove();
    }

    // The busiest few hundred: enough for the lists and for betweenness (see betweennessInput).
    if (!rankedFor || rankedFor.events !== d.inWindow || rankedFor.mode !== modeKey)
      rankedFor = { events: d.inWindow, mode: modeKey, ranked: actorsByEvents(index, d.inWindow, mode, 250) };
    const ranked = rankedFor.ranked;
    const top = ranked.slice(0, KEY_ACTORS);
    const topKey = top.map((r) => `${r.id}:${r.count}`).join();
    if (topKey !== p.byEventsShown) {
      p.byEventsShown = topKey;
      const maxCount = top[0]?.count ?? 1;
      setChildren(p.byEvents, ...top.map((r) => keyActorRow(r.id, lang, r.count / maxCount, String(r.count))));
    }

    brokerSlot?.cancel();
    brokerSlot = null;
    const fillBrokers = (list: Ranked) => {
      p.brokers.removeAttribute("aria-busy");
      body.dataset.betweenness = "ready";
      const top = list.slice(0, KEY_ACTORS);
      if (!top.length) return setChildren(p.brokers, h("li", { class: "muted" }, t(lang, "betweennessNone")));
      const first = top[0].score || 1;
      setChildren(p.brokers, ...top.map((b) => keyActorRow(b.id, lang, b.score / first, b.score.toFixed(2))));
    };
    if (brokersFor && brokersFor.events === d.inWindow && brokersFor.mode === modeKey) fillBrokers(brokersFor.ranked);
    else {
      delete body.dataset.betweenness;
      p.brokers.setAttribute("aria-busy", "true");
      setChildren(p.brokers, h("li", { class: "muted" }, t(lang, "betweennessPending")));
      // In a later idle slot: at 100× the input alone is a few tens of ms, kept out of this task.
      const events = d.inWindow;
      brokerSlot = laterIdle(() => {
        brokerSlot = null;
        void brokers.ask(betweennessInput(index, events, mode, ranked)).then((result) => {
          if (!result) return;
          brokersFor = { events, mode: modeKey, ranked: result };
          if (drawnEvents === events && parts === p && store.get().lang === lang) fillBrokers(result);
        });
      });
    }

    fillTable(p, d.inWindow, s);
    body.dataset.inView = "ready";
  }

  interface Parts {
    lang: Lang;
    intro: HTMLElement;
    title: HTMLElement;
    keyActorsHead: HTMLElement;
    keyActorColumns: HTMLElement;
    byEvents: HTMLElement;
    brokers: HTMLElement;
    eventsSection: HTMLElement;
    eventsCount: HTMLElement;
    heads: Map<Column, HTMLElement>;
    tbody: HTMLElement;
    more: HTMLElement;
    /** The first few by events as drawn (ids and counts) */
    byEventsShown: string;
  }

  /** The panel's fixed frame in a language; its parts are filled by render. */
  function skeleton(lang: Lang): Parts {
    introFor = "";
    rowsShown = [];
    const byEvents = h("ol", { class: "key-actors by-events" });
    const brokerList = h("ol", { class: "key-actors brokers" });
    const heads = new Map<Column, HTMLElement>();
    const head = (column: Column, label: string) => {
      const th = h(
        "th",
        { scope: "col" },
        h(
          "button",
          {
            type: "button",
            class: "sort-btn",
            "data-sort": column,
            title: t(lang, "sortBy", { column: label }),
            onclick: () => {
              sort = { column, dir: sort.column === column ? (sort.dir === 1 ? -1 : 1) : 1 };
              render(store.get());
            },
          },
          label,
          h("span", { "aria-hidden": "true", class: "sort-mark" }),
        ),
      );
      heads.set(column, th);
      return th;
    };
    const tbody = h("tbody", {});
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
      tbody,
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
    const eventsCount = h("h3", {});
    const more = h("p", { class: "muted" });
    return {
      lang,
      intro: h("section", { class: "intro" }),
      title: h("h2", { class: "inview-title" }, t(lang, "inViewTitle")),
      keyActorsHead: h("h3", {}, t(lang, "keyActors")),
      keyActorColumns: h(
        "div",
        { class: "key-actor-columns" },
        h("section", {}, h("h4", {}, t(lang, "byEvents")), byEvents),
        h("section", {}, h("h4", {}, t(lang, "byBetweenness")), brokerList),
      ),
      byEvents,
      brokers: brokerList,
      eventsSection: h(
        "section",
        { class: "inview-events" },
        h(
          "div",
          { class: "inview-events-head" },
          eventsCount,
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
        more,
      ),
      eventsCount,
      heads,
      tbody,
      more,
      byEventsShown: "",
    };
  }

  /** The table's head, count and rows for these events: rows already built are reused. */
  function fillTable(p: Parts, ids: string[], s: ViewState) {
    const lang = s.lang;
    for (const [column, th] of p.heads) {
      const on = sort.column === column;
      th.setAttribute("aria-sort", on ? (sort.dir === 1 ? "ascending" : "descending") : "none");
      th.querySelector(".sort-mark")!.textContent = on ? (sort.dir === 1 ? " ▲" : " ▼") : "";
    }
    p.eventsCount.textContent = t(lang, "eventsInView", { n: ids.length });
    p.more.hidden = ids.length <= MAX_ROWS;
    p.more.textContent = ids.length > MAX_ROWS ? t(lang, "moreEvents", { n: ids.length - MAX_ROWS }) : "";
    const cacheKey = `${lang}|${s.collapse}|${s.hidePersons}`;
    if (cacheKey !== rowCacheKey || rowCache.size > 4 * MAX_ROWS) {
      rowCacheKey = cacheKey;
      rowCache.clear();
      rowsShown = [];
    }
    const sortKey = `${lang}|${sort.column}${sort.dir}`;
    if (!sortedFor || sortedFor.events !== ids || sortedFor.key !== sortKey)
      sortedFor = { events: ids, key: sortKey, ids: sorted(ids, lang).slice(0, MAX_ROWS) };
    const next = sortedFor.ids;
    if (next.length === rowsShown.length && next.every((id, i) => id === rowsShown[i])) return;
    rowsShown = next;
    const mode = { collapse: s.collapse, hidePersons: s.hidePersons };
    p.tbody.replaceChildren(
      ...next.map((id) => {
        let row = rowCache.get(id);
        if (!row) rowCache.set(id, (row = eventRow(id, lang, mode)));
        return row;
      }),
    );
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
    return [
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
    ];
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

  function eventRow(id: string, lang: Lang, mode: { collapse: boolean; hidePersons: boolean }) {
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
  }

  return {
    sync,
    /** Whether the view opens on the subject's introduction (nothing filtered, no story). */
    introShown,
    /** Another view took the panel: nothing to draw until it comes back. */
    pause() {
      active = false;
      cancel();
      brokerSlot?.cancel();
    },
    destroy() {
      active = false;
      cancel();
      brokerSlot?.cancel();
      visibility.disconnect();
      brokers.stop();
    },
  };
}

/** Runs `task` when the page is next idle (or soon, where there is no idle callback). */
function laterIdle(task: () => void): { cancel(): void } {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return { cancel: () => cancelIdleCallback(handle) };
  }
  const handle = window.setTimeout(task, 50);
  return { cancel: () => clearTimeout(handle) };
}
