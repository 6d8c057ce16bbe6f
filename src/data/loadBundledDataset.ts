/**
 * Loads the curated dataset shipped with the app: JSON files fetched as hashed assets (so they are
 * not in the initial JS), validated once at this boundary with the same checks as `check:data`
 * (quotes were verified at build time by the test suite).
 */
import actorsUrl from "../../data/actors.json?url";
import eventsUrl from "../../data/events.json?url";
import relationsUrl from "../../data/relations.json?url";
import sourcesUrl from "../../data/sources.json?url";
import storiesUrl from "../../data/stories.json?url";
import themesUrl from "../../data/themes.json?url";
import type { Dataset } from "./dataFiles.ts";
import { formatProblem } from "./problem.ts";
import { DEFAULT_RANGE, validateDataset } from "./validateDataset.ts";

const textUrls = import.meta.glob("../../data/sources/*.txt", { query: "?url", import: "default", eager: true }) as Record<string, string>;

export async function loadBundledDataset(): Promise<Dataset> {
  const fetchJson = async (url: string) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    return (await res.json()) as unknown;
  };
  const [sources, actors, themes, events, relations, stories] = await Promise.all(
    [sourcesUrl, actorsUrl, themesUrl, eventsUrl, relationsUrl, storiesUrl].map(fetchJson),
  );
  const { dataset, problems } = validateDataset({ sources, actors, themes, events, relations, stories }, { range: DEFAULT_RANGE });
  if (problems.length) throw new Error(problems.slice(0, 5).map(formatProblem).join("\n"));
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
