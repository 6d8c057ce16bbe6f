/**
 * The details panel with nothing selected: the analyst's table of what is in view. On the opening
 * view (no filters) it starts with the subject — China and IOM, their milestones from the data and
 * the story that tells them — then the key actors of the view (by events, counted as the network
 * sizes them, and by betweenness, so that brokers show), then the events in view, sortable by date,
 * title and kind, each row selecting its event (inViewIntro.ts, inViewTable.ts). Drawn when the page is idle, again once a pan
 * rests, and only while the panel can be seen (a phone folds it away), so that it never holds up a
 * filter or a pan. A redraw changes only the parts whose inputs changed, and the table's rows are
 * kept by event, so a pan builds only the rows that come into view; betweenness comes from a worker.
 */
import type { Deriver } from "../state/derive.ts";
import type { Lang } from "../data/schema.ts";
import { t } from "../model/i18n.ts";
import { actorsByEvents, betweennessInput } from "../model/keyActors.ts";
import { actorShortName } from "../model/relationText.ts";
import type { PlayableStory } from "../model/storyView.ts";
import { SUBJECT_PAIR } from "../model/subjectIntro.ts";
import { hasActiveFilters, type ViewState } from "../model/viewState.ts";
import { createBetweennessClient, type Ranked } from "./betweennessClient.ts";
import type { PanelKit } from "./panelKit.ts";
import { h, setChildren } from "./dom.ts";
import { subjectIntro } from "./inViewIntro.ts";
import { createInViewTable, type InViewTable, type Sort } from "./inViewTable.ts";

export interface InViewDeps {
  kit: PanelKit;
  derive: Deriver;
  stories: PlayableStory[];
}

const KEY_ACTORS = 6;
/** How long a pan must rest before the table follows it. */
const SETTLE_MS = 250;

export function createInViewPanel(body: HTMLElement, deps: InViewDeps) {
  const { kit, derive } = deps;
  const { store, index } = kit;
  const brokers = createBetweennessClient();
  let sort: Sort = { column: "date", dir: 1 };
  const sorting = {
    get: () => sort,
    set: (next: Sort) => {
      sort = next;
      render(store.get());
    },
  };
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
    if (p.title.parentNode !== body) setChildren(body, p.title, p.keyActorsHead, p.keyActorColumns, p.table.element);

    const introKey = `${lang}|${introShown(s)}`;
    if (introKey !== introFor) {
      introFor = introKey;
      if (introShown(s)) {
        setChildren(p.intro, ...subjectIntro(kit, deps.stories, lang));
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

    p.table.fill(d.inWindow, s);
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
    table: InViewTable;
    /** The first few by events as drawn (ids and counts) */
    byEventsShown: string;
  }

  /** The panel's fixed frame in a language; its parts are filled by render. */
  function skeleton(lang: Lang): Parts {
    introFor = "";
    const byEvents = h("ol", { class: "key-actors by-events" });
    const brokerList = h("ol", { class: "key-actors brokers" });
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
      table: createInViewTable(kit, derive, lang, sorting),
      byEventsShown: "",
    };
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
