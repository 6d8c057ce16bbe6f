/**
 * Mounts the whole explorer for one dataset and returns its teardown, so an imported dataset can
 * replace the current one cleanly. Restores the view from the URL and keeps the URL in step.
 */
import { wholeYearsCovering } from "../data/partialDate.ts";
import type { Dataset } from "../data/dataFiles.ts";
import { EVENT_KINDS } from "../data/vocabulary.ts";
import { createActorGraph } from "../model/actorGraphHandle.ts";
import type { Prepared } from "./openBundle.ts";
import { makeThemeColorGetter } from "../model/colors.ts";
import { buildDatasetIndex, type DatasetIndex } from "../model/datasetIndex.ts";
import type { ViewState } from "../model/viewState.ts";
import { t, type StringKey } from "../model/i18n.ts";
import { decodeDeck, DECK_PARAM, encodeDeck } from "../model/deckLink.ts";
import { describeFailure } from "../model/describeFailure.ts";
import { stepViewOf, viewForStep, type PlayableStory } from "../model/storyView.ts";
import { parseViewState, type KnownIds } from "../model/urlState.ts";
import { deckTitleIn, deckToStory, emptyDeck, USER_DECK_ID, type UserDeck } from "../model/userDeck.ts";
import { currentDeck, type DeckShelf } from "../model/deckShelf.ts";
import { mountDetailsPanel } from "../views/detailsPanel.ts";
import { relationTitle } from "../model/relationTitle.ts";
import { mountDocumentReader } from "../views/documentReader.ts";
import { h } from "../views/dom.ts";
import { mountExportMenu } from "../views/exportMenu.ts";
import { mountFilterBar } from "../views/filterBar.ts";
import { mountLegend } from "../views/legendView.ts";
import { mountNetworkView } from "../views/networkView.ts";
import { mountNodeList } from "../views/nodeListView.ts";
import { showNotice } from "../views/noticeView.ts";
import { mountOverviewView } from "../views/overviewView.ts";
import { mountPresentation } from "../views/presentationView.ts";
import { afterFirstPaint, nextTask, planLayout, type LayoutPlan } from "../views/runLayout.ts";
import { mountStoryMenu } from "../views/storyMenu.ts";
import { mountPanelResizer } from "../views/panelResizer.ts";
import { mountWideTimeline } from "../views/wideTimeline.ts";
import { retryingImport } from "../views/retryingImport.ts";
import { mountTimelineView } from "../views/timelineView.ts";
import { createCapabilities } from "../state/capabilities.ts";
import { loadDecks, saveDecks } from "./deckStorage.ts";
import { createDeriver } from "../state/derive.ts";
import type { Layout } from "./layout.ts";
import { keepFocalWithSelection } from "../state/focalRule.ts";
import { createStore } from "../state/store.ts";
import { syncUrl } from "./syncUrl.ts";
import type { Lang } from "../data/schema.ts";

export interface StartOptions {
  dataset: Dataset;
  loadText: (file: string) => Promise<string>;
  /** Messages to show once mounted (import results, unverified quotes) */
  notices: string[];
  /** Language to start in when the URL does not say */
  lang?: Lang;
  /** Index and graph already built for this dataset (an import, while it was validated) */
  prepared?: Prepared | null;
  /** The user's decks, when their loading was started earlier (read from local storage otherwise) */
  deck?: ReturnType<typeof loadDecks>;
}

export interface RunningApp {
  teardown: () => void;
  lang: () => Lang;
}

const TORN_DOWN = new Error("the app was torn down");

/**
 * Mounts the app; if any part throws while mounting, what was mounted is torn down again and the
 * error is passed on, so that the caller can put the previous dataset back.
 */
export async function startApp(layout: Layout, opts: StartOptions): Promise<RunningApp> {
  const cleanups: Array<() => void> = [];
  try {
    return await mountApp(layout, opts, cleanups);
  } catch (error) {
    runCleanups(cleanups);
    // A view that threw half-way may have left its nodes behind.
    for (const host of [
      layout.filters,
      layout.storyTools,
      layout.exportTools,
      layout.timeline,
      layout.overview,
      layout.network,
      layout.nodeList,
      layout.legend,
      layout.details,
    ]) {
      host.replaceChildren();
    }
    delete document.body.dataset.ready;
    throw error;
  }
}

async function mountApp(layout: Layout, opts: StartOptions, cleanups: Array<() => void>): Promise<RunningApp> {
  const { dataset } = opts;
  const prepared = opts.prepared?.dataset === dataset ? opts.prepared : null;
  const index = prepared?.index ?? buildDatasetIndex(dataset);
  const { firstYear, lastYear, ...fullWindow } = wholeYearsCovering(index.extent);
  const loaded = await (opts.deck ?? loadDecks());
  let shelf: DeckShelf = loaded.shelf;
  let deck: UserDeck = currentDeck(shelf);
  // A link can carry a deck (deckLink.ts): presented from the link, the briefer's own deck kept.
  const linked = await readLinkedDeck(location.search);
  let linkedDeck: UserDeck | null = linked.deck;
  const linkedNotice = linked.problem;
  const askedForDeck = new URLSearchParams(location.search).get("story") === USER_DECK_ID;
  // Rebuilt only when the deck changes (setDeck replaces it): presenting asks on every update.
  let deckStoryOf: { deck: UserDeck; story: PlayableStory } | null = null;
  const deckStory = (): PlayableStory => {
    const d = linkedDeck ?? deck;
    if (deckStoryOf?.deck !== d) deckStoryOf = { deck: d, story: deckToStory(d, index) };
    return deckStoryOf.story;
  };
  // The deck as a link parameter, encoded whenever the deck shown changes (encoding is async).
  let deckParam: { deck: UserDeck; param: string | null } | null = null;
  const refreshDeckParam = () => {
    const d = linkedDeck ?? deck;
    if (deckParam?.deck === d) return;
    void encodeDeck(d).then((param) => {
      if ((linkedDeck ?? deck) === d) deckParam = { deck: d, param };
    });
  };
  refreshDeckParam();
  const findStory = (id: string): PlayableStory | undefined =>
    id === USER_DECK_ID ? deckStory() : dataset.stories.find((x) => x.id === id);
  const known: KnownIds = {
    stories: new Map([
      ...dataset.stories.map((x) => [x.id, x.steps.length] as const),
      // A link to a slide of a deck with no slides here cannot be shown: it is not a story here.
      ...((linkedDeck ?? deck).slides.length ? [[USER_DECK_ID, (linkedDeck ?? deck).slides.length] as const] : []),
    ]),
    themes: new Set(dataset.themes.map((x) => x.id)),
    actors: new Set(dataset.actors.map((x) => x.id)),
    kinds: new Set(EVENT_KINDS),
    events: new Set(dataset.events.map((x) => x.id)),
    relations: new Set(dataset.relations.map((x) => x.id)),
  };
  const parsed = parseViewState(location.search, known);
  if (opts.lang && !new URLSearchParams(location.search).has("lang")) parsed.state.lang = opts.lang;
  const startStory = parsed.state.story ? findStory(parsed.state.story) : undefined;
  const store = createStore(
    startStory ? viewForStep(startStory, parsed.state.step, parsed.state) : parsed.state,
    keepFocalWithSelection,
  );
  const capabilities = createCapabilities();
  const derive = createDeriver(index, fullWindow);
  const themeColor = makeThemeColorGetter(dataset.themes.map((x) => x.id));
  const { notices } = layout;
  notices.replaceChildren();

  let shownLang: Lang | null = null;
  const applyLang = () => {
    const s = store.get();
    showEmptyNote(s);
    // Only on a language change: these writes would otherwise dirty the page on every update.
    if (s.lang === shownLang) return;
    shownLang = s.lang;
    document.documentElement.lang = s.lang === "zh" ? "zh-Hans" : "en";
    layout.title.textContent = t(s.lang, "appTitle");
    layout.subtitle.textContent = t(s.lang, "appSubtitle");
    document.title = `${t(s.lang, "appTitle")} — ${t(s.lang, "appSubtitle")}`;
    layout.timelinePanel.setAttribute("aria-label", t(s.lang, "timeline"));
    layout.networkPanel.setAttribute("aria-label", t(s.lang, "network"));
    layout.details.setAttribute("aria-label", t(s.lang, "details"));
  };
  const showEmptyNote = (s: ViewState) => {
    const d = derive(s);
    const note =
      d.filtered.length === 0 ? t(s.lang, "noResults") : d.inWindow.length === 0 ? t(s.lang, "noResultsWindow") : "";
    if (layout.emptyNote.textContent !== note) layout.emptyNote.textContent = note;
    if (layout.emptyNote.hidden !== (note === "")) layout.emptyNote.hidden = note === "";
  };
  applyLang();
  cleanups.push(store.subscribe(applyLang));
  cleanups.push(store.subscribe(announceSelection(index, layout.announcer)));

  const toast = (message: string) => {
    const note = h("div", { class: "notice toast", role: "status" }, message);
    notices.append(note);
    setTimeout(() => note.remove(), 5000);
  };
  const handle = prepared?.graphHandle ?? createActorGraph(index);
  const graph = handle.graph;
  const lang = store.get().lang;
  // A dataset replaced while its graph was still filling in stops there (and lays nothing out).
  let tornDown = false;
  cleanups.push(() => void (tornDown = true));
  const pauseUnlessTornDown = async () => {
    await nextTask();
    if (tornDown) throw TORN_DOWN;
  };
  // Shipped or cached positions draw at once; otherwise the seeded positions show while the
  // worker lays the graph out, and sigma redraws when the positions land. A big dataset's graph
  // gets its events between frames after the first draw; its layout waits for them.
  const plan: LayoutPlan = handle.isComplete()
    ? await planLayout(graph)
    : {
        ready: false,
        settled: afterFirstPaint()
          .then(() => handle.completeInSlices(pauseUnlessTornDown))
          .then(() => planLayout(graph))
          .then((p) => p.settled),
      };
  // All panels mount in one task, after the only wait (the layout cache): a filter bar mounted
  // before it showed an imported dataset's counts over still-empty panels for a moment.
  // The filter bar first: it sets the panels' sizes. Then the network, before the timeline and the
  // other panels: software WebGL does the work of sigma's first draw (building its pipelines) in
  // the GPU process, which starts on the other core once the view flushes its draw, while this
  // thread builds the timeline; mounted last, that work was all waited for in the first frame's
  // commit (a small gain, measured in docs/performance.md).
  cleanups.push(mountFilterBar(layout.filters, { store, index, derive, themeColor }));
  layout.network.classList.toggle("is-settling", !plan.ready);
  layout.network.dataset.loading = t(lang, "layoutRunning");
  void plan.settled
    .then(() => layout.network.classList.remove("is-settling"))
    .catch((e: unknown) => {
      if (e === TORN_DOWN) return;
      // The graph stays drawn at its seeded positions; the user is told why it does not settle.
      layout.network.classList.remove("is-settling");
      showNotice(notices, store.get().lang, describeFailure(store.get().lang, "whatLayout", e));
    });
  cleanups.push(
    mountNetworkView(layout.network, {
      store,
      index,
      graph,
      ensureEvents: handle.ensureEvents,
      derive,
      capabilities,
    }),
  );
  const resizer = mountPanelResizer(layout.workspace, () => store.get().lang);
  cleanups.push(resizer.destroy);
  cleanups.push(store.subscribe((s, prev) => s.lang !== prev.lang && resizer.relabel()));
  const wide = mountWideTimeline(layout.workspace, store);
  cleanups.push(wide.destroy);
  cleanups.push(
    mountTimelineView(layout.timeline, {
      store,
      index,
      derive,
      fullWindow,
      themeColor,
      tools: [wide.button],
      onNoRoom: wide.setUnnamed,
    }),
  );
  cleanups.push(mountOverviewView(layout.overview, { store, index, derive, fullWindow, themeColor }));
  cleanups.push(
    mountDetailsPanel(layout.details, {
      store,
      index,
      derive,
      themeColor,
      years: [firstYear, lastYear],
      stories: dataset.stories,
    }),
  );
  cleanups.push(mountDocumentReader(document.body, { store, index, loadText: opts.loadText }));
  cleanups.push(mountLegend(layout.legend, { store, index }));
  cleanups.push(mountNodeList(layout.nodeList, { store, index, derive }));
  cleanups.push(
    syncUrl(store, known, findStory, (s) =>
      s.story === USER_DECK_ID && deckParam?.deck === (linkedDeck ?? deck) ? deckParam.param : null,
    ),
  );
  cleanups.push(mountPresentation(document.body, { store, index, findStory }));
  const slideCode = retryingImport(() => import("../views/slideExport.ts"));
  const handoutCode = retryingImport(() => import("../views/handoutView.ts"));
  const exportSlides = async (story: PlayableStory, format: "pptx" | "pdf") => {
    try {
      const slides = await slideCode();
      const slideDeps = { store, index, derive, capabilities, themeColor, toast };
      if (format === "pptx") await slides.exportPptx(slideDeps, story);
      else await slides.printSlides(slideDeps, story);
    } catch (error) {
      // Its code loads on first use: without a network (and no offline copy yet) that fails.
      showNotice(notices, store.get().lang, describeFailure(store.get().lang, "whatExport", error));
    }
  };
  // The handout (and the export code it shares) loads when first opened.
  let handout: { open: () => Promise<void>; remove: () => void } | null = null;
  const openHandout = async () => {
    const { createHandout } = await handoutCode();
    handout ??= createHandout(document.body, { store, index, derive, capabilities, findStory, themeColor });
    await handout.open();
  };
  cleanups.push(() => handout?.remove());
  const storyMenu = mountStoryMenu(layout.storyTools, {
    store,
    index,
    stories: dataset.stories,
    deck: () => deck,
    shelf: () => shelf,
    linkedDeck: () => linkedDeck,
    setShelf: (next) => {
      shelf = next;
      deck = currentDeck(shelf);
      linkedDeck = null;
      if (deck.slides.length) known.stories!.set(USER_DECK_ID, deck.slides.length);
      else known.stories!.delete(USER_DECK_ID);
      saveDecks(shelf);
      refreshDeckParam();
    },
    deckStory,
    captureView: () => stepViewOf(store.get(), capabilities.network?.camera()),
    toast,
    exportSlides,
  });
  cleanups.push(storyMenu.destroy);
  cleanups.push(
    mountExportMenu(layout.exportTools, {
      store,
      index,
      derive,
      capabilities,
      // Exports take the whole graph: a big dataset's may still be filling in.
      graph: () => (handle.ensureAll(), graph),
      openHandout,
      toast,
      notify: (message) => showNotice(notices, store.get().lang, message),
      themeColor,
      exportSlides: (format) => {
        // The Export menu: the user's deck, else the current view as one slide.
        const s = store.get();
        const own = deckStory();
        const current = { title: t(s.lang, "appTitle"), view: stepViewOf(s, capabilities.network?.camera()) };
        return exportSlides(
          own.steps.length ? own : deckToStory({ ...emptyDeck(t(s.lang, "appTitle")), slides: [current] }, index),
          format,
        );
      },
    }),
  );
  if (loaded.problem) showNotice(notices, lang, t(lang, "deckCorrupt", { reason: loaded.problem }));
  for (const message of opts.notices) showNotice(notices, lang, message);
  if (linkedNotice) showNotice(notices, lang, t(lang, linkedNotice));
  else if (askedForDeck && parsed.state.story !== USER_DECK_ID) showNotice(notices, lang, t(lang, "deckNotHere"));
  else if (linkedDeck)
    showNotice(
      notices,
      lang,
      t(lang, "deckFromLink", { title: deckTitleIn(linkedDeck.title, lang), n: linkedDeck.slides.length }),
    );
  // The deck's notice says why its story and step were not applied.
  const ignored = askedForDeck ? parsed.ignored.filter((x) => !/^(story|step)=/.test(x)) : parsed.ignored;
  if (ignored.length) showNotice(notices, lang, t(lang, "ignoredInUrl", { items: ignored.join("; ") }));

  document.body.dataset.ready = "true";
  (window as unknown as { liaisonApp?: unknown }).liaisonApp = {
    select: (sel: ViewState["sel"]) => store.set({ sel }),
    pair: (pair: ViewState["pair"]) => store.set({ pair, via: null, sel: null }),
  };
  return {
    teardown: () => {
      delete document.body.dataset.ready;
      runCleanups(cleanups);
    },
    lang: () => store.get().lang,
  };
}

/**
 * The deck a link carries, if any. A link to a slide of one's own deck without it (or with one that
 * cannot be read) is answered with a plain notice, not a crash.
 */
async function readLinkedDeck(search: string): Promise<{ deck: UserDeck | null; problem: StringKey | null }> {
  const params = new URLSearchParams(search);
  const param = params.get(DECK_PARAM);
  const wantsDeck = params.get("story") === USER_DECK_ID;
  if (param === null) return { deck: null, problem: null };
  const text = await decodeDeck(param);
  const { parseUserDeck } = await import("../model/parseUserDeck.ts");
  const parsed = text === null ? null : parseUserDeck(text);
  if (parsed?.ok && parsed.deck.slides.length) return { deck: parsed.deck, problem: null };
  return { deck: null, problem: wantsDeck ? "deckLinkBroken" : null };
}

/** Last mounted, first torn down; one view failing to tear down does not keep the others mounted. */
function runCleanups(cleanups: Array<() => void>): void {
  for (const c of cleanups.splice(0).reverse()) {
    try {
      c();
    } catch (e) {
      console.warn(e);
    }
  }
}

/** Screen readers hear what got selected. */
function announceSelection(index: DatasetIndex, out: HTMLElement) {
  return (s: ViewState, prev: ViewState) => {
    if (JSON.stringify(s.sel) === JSON.stringify(prev.sel) && s.lang === prev.lang) return;
    const relation = s.sel?.type === "relation" ? index.dataset.relations.find((r) => r.id === s.sel!.id) : undefined;
    const name =
      s.sel?.type === "event"
        ? index.eventsById.get(s.sel.id)?.title[s.lang]
        : relation
          ? relationTitle(index, relation, s.lang)
          : s.sel
            ? index.actorsById.get(s.sel.id)?.name[s.lang]
            : null;
    out.textContent = name ? t(s.lang, "selectedAnnouncement", { name }) : "";
  };
}
