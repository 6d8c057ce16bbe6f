/**
 * Boot: choose the dataset (the curated one, or a same-origin ?data= bundle that passes
 * validation), start the explorer, and let the user open their own dataset in its place.
 */
import "../styles.css";
import type { Dataset } from "../data/dataFiles.ts";
import type { BundleResult } from "../data/loadBundle.ts";
import { loadAllSourceTexts, loadBundledDataset, loadSourceText } from "../data/loadBundledDataset.ts";
import { readFileText } from "../data/decodeText.ts";
import { isFetchFailure } from "../data/fetchFailure.ts";
import { fileLevelProblem, formatProblem, type Problem } from "../data/problem.ts";
import { describeFailure } from "../model/describeFailure.ts";
import { t } from "../model/i18n.ts";
import { afterFirstPaint } from "../views/runLayout.ts";
import { h } from "../views/dom.ts";
import { mountImportPanel, type ImportResult } from "../views/importPanel.ts";
import { loadDecks } from "./deckStorage.ts";
import { takeEarlyBundle } from "./earlyBundle.ts";
import { buildLayout } from "./layout.ts";
import { openBundle, type OpenedBundle, type Prepared } from "./openBundle.ts";
import { registerOfflineCopy } from "./registerOfflineCopy.ts";
import { startApp, type RunningApp } from "./startApp.ts";

type Loaded = { dataset: Dataset; texts: Record<string, string> | null; notices: string[]; prepared?: Prepared | null };

function fromBundle(
  result: Extract<BundleResult, { ok: true }>,
  prepared: Prepared | null,
  lang: "en" | "zh",
  label: string,
): Loaded {
  const notices = [
    t(lang, "imported", { file: label, events: result.dataset.events.length, actors: result.dataset.actors.length }),
  ];
  if (result.unverifiedQuotes) notices.push(t(lang, "quotesUnverified", { n: result.unverifiedQuotes }));
  return { dataset: result.dataset, texts: result.texts, notices, prepared };
}

async function main() {
  // The presenter view (a second window) loads no data: the projected window sends it each step.
  if (location.hash === "#presenter") {
    const { mountPresenterView } = await import("../views/presenterView.ts");
    mountPresenterView(
      document.getElementById("app")!,
      new URLSearchParams(location.search).get("lang") === "zh" ? "zh" : "en",
    );
    return;
  }
  const layout = buildLayout(document.getElementById("app")!);
  const urlLang = new URLSearchParams(location.search).get("lang") === "zh" ? "zh" : "en";
  let first: Loaded | null = null;
  const notices: string[] = [];
  // The saved decks are checked (zod loads for it) while the data downloads.
  const savedDeck = loadDecks();
  // A ?data= link: its download and validation worker started in the early entry while this
  // script loaded.
  const early = takeEarlyBundle();
  if (early) {
    const fetched = await early.text;
    if (!fetched.ok) early.checker.cancel(); // nothing to check
    const { result, prepared }: OpenedBundle = fetched.ok
      ? await openBundle(fetched.text, early.checker)
      : { result: fetched, prepared: null };
    if (result.ok) first = fromBundle(result, prepared, urlLang, early.param);
    else notices.push(`${t(urlLang, "importFailed")} ${result.problems.slice(0, 8).map(formatProblem).join("; ")}`);
  }
  const curated = first ? null : await loadBundledDataset();
  const start = (loaded: Loaded, lang?: "en" | "zh", deck?: typeof savedDeck) =>
    startApp(layout, {
      deck,
      dataset: loaded.dataset,
      loadText: loaded.texts ? (f) => Promise.resolve(loaded.texts![f] ?? "") : loadSourceText,
      notices: loaded.notices,
      lang,
      prepared: loaded.prepared,
    });
  let current: Loaded = first ?? { dataset: curated!, texts: null, notices };
  let app: RunningApp;
  try {
    app = await start(current, undefined, savedDeck);
  } catch (error) {
    // A linked dataset that validated but could not be shown: the curated data instead, saying why.
    if (!first) throw error;
    console.error(error);
    const reason = `${t(urlLang, "importFailed")} ${String(error)}`;
    current = { dataset: await loadBundledDataset(), texts: null, notices: [...notices, reason] };
    app = await start(current, undefined, savedDeck);
  }

  mountImportPanel(layout.importTools, {
    lang: () => app.lang(),
    importFiles: async (files): Promise<ImportResult> => {
      const lang = app.lang();
      const { result, prepared } = await readImport(files, current).catch((error: unknown): OpenedBundle => ({
        result: { ok: false, problems: [fileLevelProblem("import", describeFailure(lang, "whatImport", error))] },
        prepared: null,
      }));
      if (!result.ok) return { ok: false, problems: result.problems };
      return {
        ok: true,
        problems: [],
        apply: async () => {
          const label = files.map((f) => f.name).join(", ");
          const previousUrl = location.href;
          app.teardown();
          // A new dataset starts from a clean view: ids in the old URL mean nothing to it.
          history.replaceState(null, "", `${location.pathname}${lang === "zh" ? "?lang=zh" : ""}`);
          const next = fromBundle(result, prepared, lang, label);
          try {
            app = await start(next, lang);
            current = next;
          } catch (error) {
            // Refused as a failed validation would be: the previous dataset and view come back.
            console.error(error);
            history.replaceState(null, "", previousUrl);
            const reason = `${t(lang, "mountFailed", { file: label })} ${String(error)}`;
            current = { ...current, notices: [reason], prepared: null };
            app = await start(current, lang);
          }
        },
      };
    },
    exportBundle: async () => {
      const texts = current.texts ?? (await loadAllSourceTexts(current.dataset));
      const { toBundle } = await import("../views/exporters.ts");
      return new Blob([toBundle(current.dataset, texts)], { type: "application/json" });
    },
  });
}

/** A JSON bundle, or CSV files through the spreadsheet route (sources and themes from the dataset on screen). */
async function readImport(files: File[], current: Loaded): Promise<OpenedBundle> {
  const failed = (problems: Problem[]): OpenedBundle => ({ result: { ok: false, problems }, prepared: null });
  const json = files.find((f) => f.name.toLowerCase().endsWith(".json"));
  if (json) {
    const decoded = await readFileText(json);
    return decoded.ok ? openBundle(decoded.text) : failed(decoded.problems);
  }
  // The import code (validation, CSV) loads on first use.
  const { parseBundle } = await import("../data/loadBundle.ts");
  const pick = (word: string) =>
    files.find((f) => f.name.toLowerCase().endsWith(".csv") && f.name.toLowerCase().includes(word));
  const [events, actors, relations] = [pick("event"), pick("actor"), pick("relation")];
  if (!events || !actors) {
    const message = "choose a .json bundle, or events.csv together with actors.csv";
    return failed([fileLevelProblem("import", message)]);
  }
  const { importCsvDataset, locateCsvProblem } = await import("../data/importCsv.ts");
  const decoded = await Promise.all([events, actors, ...(relations ? [relations] : [])].map(readFileText));
  const text = (i: number) => {
    const d = decoded[i];
    return d?.ok ? d.text : undefined;
  };
  const undecodable = decoded.flatMap((d) => (d.ok ? [] : d.problems));
  if (undecodable.length) return failed(undecodable);
  const csv = importCsvDataset(
    { events: text(0)!, actors: text(1)!, relations: text(2) },
    { sources: current.dataset.sources, themes: current.dataset.themes },
  );
  if (!csv.ok) return failed(csv.problems);
  const texts = current.texts ?? (await loadAllSourceTexts(current.dataset));
  const result = parseBundle(JSON.stringify({ ...csv.bundle, texts }));
  return result.ok ? { result, prepared: null } : failed(result.problems.map((p) => locateCsvProblem(p, csv.rows)));
}

main()
  .then(() => afterFirstPaint())
  .then(registerOfflineCopy)
  .catch((error: unknown) => {
    console.error(error);
    // A fetch that failed (no network, no offline copy yet) is said in words, in both languages.
    const explained = isFetchFailure(error)
      ? (["en", "zh"] as const).map((lang) =>
          h("p", { lang: lang === "zh" ? "zh-Hans" : "en" }, describeFailure(lang, "whatDataset", error)),
        )
      : [];
    document
      .getElementById("app")!
      .replaceChildren(
        h(
          "div",
          { class: "fatal", role: "alert" },
          h("h1", {}, `${t("en", "loadError")} / ${t("zh", "loadError")}`),
          ...explained,
          h("pre", {}, String(error)),
        ),
      );
  });
