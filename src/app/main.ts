/**
 * App wiring: load and validate the data, derive the index and graph, restore the view state from
 * the URL, mount the views into the layout and keep the URL in step.
 */
import "../styles.css";
import { loadBundledDataset, loadSourceText } from "../data/loadBundledDataset.ts";
import { loadBundleFromUrl } from "../data/loadBundle.ts";
import { formatProblem } from "../data/problem.ts";
import { buildActorGraph } from "../model/buildActorGraph.ts";
import { makeThemeColorGetter } from "../model/colors.ts";
import { buildDatasetIndex } from "../model/datasetIndex.ts";
import { t } from "../model/i18n.ts";
import { parseViewState, type KnownIds } from "../model/urlState.ts";
import { EVENT_KINDS } from "../data/schema.ts";
import { mountDetailsPanel } from "../views/detailsPanel.ts";
import { mountDocumentReader } from "../views/documentReader.ts";
import { h } from "../views/dom.ts";
import { mountFilterBar } from "../views/filterBar.ts";
import { mountLegend } from "../views/legendView.ts";
import { mountNetworkView } from "../views/networkView.ts";
import { showNotice } from "../views/noticeView.ts";
import { mountOverviewView } from "../views/overviewView.ts";
import { layoutGraph } from "../views/runLayout.ts";
import { mountTimelineView } from "../views/timelineView.ts";
import { createCapabilities } from "./capabilities.ts";
import { loadDeck, saveDeck } from "./deckStorage.ts";
import { createDeriver } from "./derive.ts";
import { deckToStory, USER_DECK_ID, type UserDeck } from "../model/userDeck.ts";
import { stepViewOf, viewForStep, type PlayableStory } from "../model/storyView.ts";
import { mountPresentation } from "../views/presentationView.ts";
import { mountStoryMenu } from "../views/storyMenu.ts";
import { mountExportMenu } from "../views/exportMenu.ts";
import { createHandout } from "../views/handoutView.ts";
import { createStore } from "./store.ts";
import { syncUrl } from "./syncUrl.ts";

async function main() {
  const root = document.getElementById("app")!;
  // ?data= points at a bundle on this site; if it fails validation, the curated dataset stays.
  const dataParam = new URLSearchParams(location.search).get("data");
  const imported = dataParam ? await loadBundleFromUrl(dataParam, location.href) : null;
  const dataset = imported?.ok ? imported.dataset : await loadBundledDataset();
  const importedTexts = imported?.ok ? imported.texts : null;
  const index = buildDatasetIndex(dataset);
  const firstYear = new Date(index.extent.start).getUTCFullYear();
  const lastYear = new Date(index.extent.end - 1).getUTCFullYear();
  const fullWindow = { start: Date.UTC(firstYear, 0, 1), end: Date.UTC(lastYear + 1, 0, 1) };
  let deck: UserDeck;
  const loaded = loadDeck();
  deck = loaded.deck;
  const deckStory = () => deckToStory(deck, index);
  const findStory = (id: string): PlayableStory | undefined =>
    id === USER_DECK_ID ? deckStory() : dataset.stories.find((x) => x.id === id);
  const known: KnownIds = {
    stories: new Map([
      ...dataset.stories.map((x) => [x.id, x.steps.length] as const),
      [USER_DECK_ID, deck.slides.length],
    ]),
    themes: new Set(dataset.themes.map((x) => x.id)),
    actors: new Set(dataset.actors.map((x) => x.id)),
    kinds: new Set(EVENT_KINDS),
    events: new Set(dataset.events.map((x) => x.id)),
  };
  const parsed = parseViewState(location.search, known);
  const startStory = parsed.state.story ? findStory(parsed.state.story) : undefined;
  const store = createStore(startStory ? viewForStep(startStory, parsed.state.step, parsed.state) : parsed.state);
  const capabilities = createCapabilities();
  const derive = createDeriver(index, fullWindow);
  const themeColor = makeThemeColorGetter(dataset.themes.map((x) => x.id));

  const title = h("h1", { class: "app-title" });
  const subtitle = h("p", { class: "app-subtitle" });
  const filters = h("section", { class: "filters" });
  const notices = h("div", { class: "notices" });
  const timelinePanel = h("section", { class: "panel timeline-panel" });
  const timelineHost = h("div", { class: "timeline-host" });
  const overviewHost = h("div", { class: "overview-host" });
  const networkPanel = h("section", { class: "panel network-panel" });
  const networkHost = h("div", { class: "network-host" });
  const emptyNote = h("p", { class: "empty-note", role: "status" });
  const details = h("aside", { class: "panel details" });
  const legend = h("section", { class: "legend" });
  timelinePanel.append(overviewHost, timelineHost);
  networkPanel.append(networkHost, legend);
  const tools = h("div", { class: "tools" });
  const storyTools = h("div", { class: "tool" });
  const exportTools = h("div", { class: "tool" });
  tools.append(storyTools, exportTools);
  root.replaceChildren(
    h("header", { class: "app-header" }, h("div", { class: "brand" }, title, subtitle, tools), filters),
    notices,
    h("main", { class: "workspace" }, timelinePanel, networkPanel, details, emptyNote),
  );

  const applyLang = () => {
    const s = store.get();
    document.documentElement.lang = s.lang === "zh" ? "zh-Hans" : "en";
    title.textContent = t(s.lang, "appTitle");
    subtitle.textContent = t(s.lang, "appSubtitle");
    document.title = `${t(s.lang, "appTitle")} — ${t(s.lang, "appSubtitle")}`;
    timelinePanel.setAttribute("aria-label", t(s.lang, "timeline"));
    networkPanel.setAttribute("aria-label", t(s.lang, "network"));
    details.setAttribute("aria-label", t(s.lang, "details"));
    const d = derive(s);
    emptyNote.textContent =
      d.filtered.length === 0 ? t(s.lang, "noResults") : d.inWindow.length === 0 ? t(s.lang, "noResultsWindow") : "";
    emptyNote.hidden = emptyNote.textContent === "";
  };
  applyLang();
  store.subscribe(applyLang);

  mountFilterBar(filters, { store, index, derive, themeColor });
  mountTimelineView(timelineHost, { store, index, derive, fullWindow });
  mountOverviewView(overviewHost, { store, index, derive, fullWindow, themeColor });
  mountDetailsPanel(details, { store, index, themeColor, years: [firstYear, lastYear] });
  const loadText = (file: string) =>
    importedTexts ? Promise.resolve(importedTexts[file] ?? "") : loadSourceText(file);
  mountDocumentReader(root, { store, index, loadText });
  mountLegend(legend, { store, index });
  syncUrl(store, known, findStory);
  const toast = (message: string) => {
    const note = h("div", { class: "notice toast", role: "status" }, message);
    notices.append(note);
    setTimeout(() => note.remove(), 5000);
  };
  if (loaded.problem)
    showNotice(notices, store.get().lang, t(store.get().lang, "deckCorrupt", { reason: loaded.problem }));
  mountPresentation(root, { store, index, findStory });
  const openHandout = createHandout(document.body, { store, index, derive, capabilities, findStory });
  mountStoryMenu(storyTools, {
    store,
    stories: dataset.stories,
    deck: () => deck,
    setDeck: (next) => {
      deck = next;
      known.stories!.set(USER_DECK_ID, deck.slides.length);
      saveDeck(deck);
    },
    deckStory,
    captureView: () => stepViewOf(store.get(), capabilities.network?.camera()),
    toast,
  });
  let graphRef: ReturnType<typeof buildActorGraph> | null = null;
  mountExportMenu(exportTools, {
    store,
    index,
    derive,
    capabilities,
    graph: () => graphRef,
    openHandout: () => void openHandout(),
    toast,
  });
  if (imported && !imported.ok) {
    showNotice(
      notices,
      store.get().lang,
      `${t(store.get().lang, "importFailed")} ${imported.problems.slice(0, 8).map(formatProblem).join("; ")}`,
    );
  } else if (imported?.ok && imported.unverifiedQuotes) {
    showNotice(notices, store.get().lang, t(store.get().lang, "quotesUnverified", { n: imported.unverifiedQuotes }));
  }
  if (parsed.ignored.length)
    showNotice(notices, parsed.state.lang, t(parsed.state.lang, "ignoredInUrl", { items: parsed.ignored.join("; ") }));

  const graph = buildActorGraph(index);
  graphRef = graph;
  networkHost.classList.add("is-loading");
  networkHost.dataset.loading = t(store.get().lang, "layoutRunning");
  await layoutGraph(graph);
  networkHost.classList.remove("is-loading");
  mountNetworkView(networkHost, { store, index, graph, derive, capabilities });
  document.body.dataset.ready = "true";
}

main().catch((error: unknown) => {
  console.error(error);
  const root = document.getElementById("app")!;
  root.replaceChildren(
    h(
      "div",
      { class: "fatal", role: "alert" },
      h("h1", {}, t("en", "loadError") + " / " + t("zh", "loadError")),
      h("pre", {}, String(error)),
    ),
  );
});
