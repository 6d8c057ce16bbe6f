/**
 * Loads the curated dataset shipped with the app: JSON files fetched as hashed assets (so they are
 * not in the initial JS, and the page preloads them). A production build does not validate them: the build
 * refuses data that fails the full validation (vite.config.ts, the data gate), so these files
 * passed it — and the schema adds no defaults, so valid files are already the dataset. Imported
 * datasets are another matter: they are always validated (loadBundle.ts).
 */
import actorsUrl from "../../data/actors.json?url";
import eventsUrl from "../../data/events.json?url";
import relationsUrl from "../../data/relations.json?url";
import sourcesUrl from "../../data/sources.json?url";
import storiesUrl from "../../data/stories.json?url";
import themesUrl from "../../data/themes.json?url";
import type { Dataset } from "./dataFiles.ts";

const textUrls = import.meta.glob("../../data/sources/*.txt", { query: "?url", import: "default", eager: true }) as Record<string, string>;

export async function loadBundledDataset(): Promise<Dataset> {
  const fetchItems = async <K extends keyof Dataset>(url: string, key: K): Promise<Dataset[K]> => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const file = (await res.json()) as Partial<Record<K, Dataset[K]>>;
    if (!Array.isArray(file[key])) throw new Error(`${url}: no "${key}" list`);
    return file[key];
  };
  const [sources, actors, themes, events, relations, stories] = await Promise.all([
    fetchItems(sourcesUrl, "sources"),
    fetchItems(actorsUrl, "actors"),
    fetchItems(themesUrl, "themes"),
    fetchItems(eventsUrl, "events"),
    fetchItems(relationsUrl, "relations"),
    fetchItems(storiesUrl, "stories"),
  ]);
  const dataset: Dataset = { sources, actors, themes, events, relations, stories };
  // The dev server has no build gate: a curator editing data/ sees problems at once.
  if (import.meta.env.DEV) {
    const { asDataFiles, validateDataset, DEFAULT_RANGE } = await import("./validateDataset.ts");
    const { formatProblem } = await import("./problem.ts");
    const { problems } = validateDataset(asDataFiles(dataset), { range: DEFAULT_RANGE });
    if (problems.length) throw new Error(problems.slice(0, 5).map(formatProblem).join("\n"));
  }
  return dataset;
}

const textCache = new Map<string, Promise<string>>();

/** The text of a source document, by file name (fetched once, on first use). */
export function loadSourceText(file: string): Promise<string> {
  const url = Object.entries(textUrls).find(([path]) => path.endsWith(`/${file}`))?.[1];
  if (!url) return Promise.reject(new Error(`no source text ${file}`));
  let pending = textCache.get(file);
  if (!pending) {
    pending = fetch(url).then((r) => r.text());
    textCache.set(file, pending);
  }
  return pending;
}

/** Every source text of a dataset (for exporting a self-contained bundle). */
export async function loadAllSourceTexts(dataset: Dataset): Promise<Record<string, string>> {
  const entries = await Promise.all(dataset.sources.map(async (s) => [s.file, await loadSourceText(s.file).catch(() => "")] as const));
  return Object.fromEntries(entries.filter(([, text]) => text !== ""));
}
