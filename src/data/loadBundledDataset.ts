/**
 * Loads the curated dataset shipped with the app: JSON files fetched as hashed assets (so they are
 * not in the initial JS, and the page preloads them; the single-file build embeds them instead,
 * see shippedFiles.ts). A production build does not validate them: the build
 * refuses data that fails the full validation (vite.config.ts, the data gate), so these files
 * passed it — and the schema adds no defaults, so valid files are already the dataset. Imported
 * datasets are another matter: they are always validated (loadBundle.ts).
 */
import type { Dataset } from "./dataFiles.ts";
import { hasShippedText, readShippedJson, readShippedText } from "./shippedFiles.ts";

export async function loadBundledDataset(): Promise<Dataset> {
  const fetchItems = async <K extends keyof Dataset>(key: K): Promise<Dataset[K]> => {
    const file = (await readShippedJson(key)) as Partial<Record<K, Dataset[K]>>;
    if (!Array.isArray(file[key])) throw new Error(`${key}.json: no "${key}" list`);
    return file[key];
  };
  const [sources, actors, themes, events, relations, stories] = await Promise.all([
    fetchItems("sources"),
    fetchItems("actors"),
    fetchItems("themes"),
    fetchItems("events"),
    fetchItems("relations"),
    fetchItems("stories"),
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

/**
 * The text of a source document, by file name (fetched once, on first use). A failed fetch is
 * not kept: asking again, once the network is back, fetches again.
 */
export function loadSourceText(file: string): Promise<string> {
  let pending = textCache.get(file);
  if (!pending) {
    pending = readShippedText(file);
    textCache.set(file, pending);
    pending.catch(() => textCache.delete(file));
  }
  return pending;
}

/**
 * Every shipped source text of a dataset (for exporting a self-contained bundle). A text that
 * ships but cannot be fetched fails the whole call: a bundle silently missing it would not
 * prove its quotes.
 */
export async function loadAllSourceTexts(dataset: Dataset): Promise<Record<string, string>> {
  const files = dataset.sources.map((s) => s.file).filter(hasShippedText);
  return Object.fromEntries(await Promise.all(files.map(async (f) => [f, await loadSourceText(f)] as const)));
}
