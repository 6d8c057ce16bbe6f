/**
 * A dataset bundle (one JSON document with every file, optionally the source texts) from a
 * same-origin URL. Validated with the same checks as `check:data`; quotes are verified when the
 * bundle carries its texts, otherwise counted as unverified. Never throws: returns problems.
 */
import type { BundleVerdict } from "./bundleVerdict.ts";
import type { Dataset } from "./dataFiles.ts";
import { parseJsonText } from "./parseJsonText.ts";
import { fileLevelProblem, type Problem } from "./problem.ts";
import { validateDataset } from "./validateDataset.ts";

export type BundleResult =
  | { ok: true; dataset: Dataset; unverifiedQuotes: number; texts: Record<string, string> | null }
  | { ok: false; problems: Problem[] };

const fileProblem = (message: string): BundleResult => ({ ok: false, problems: [fileLevelProblem("bundle", message)] });

/** What the validation worker sends back: the verdict without the dataset (the page has its own copy). */
export function verdictOf(result: BundleResult): BundleVerdict {
  return result.ok
    ? { ok: true, unverifiedQuotes: result.unverifiedQuotes }
    : { ok: false, problems: result.problems };
}

export function parseBundle(text: string): BundleResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return fileProblem(`invalid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`);
  const raw = parsed.value;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fileProblem("must be a JSON object");
  const b = raw as Record<string, unknown>;
  const known = new Set(["format", "version", "sources", "actors", "themes", "events", "relations", "stories", "texts", "$schema"]);
  const extra = Object.keys(b).filter((k) => !known.has(k));
  if (extra.length) return fileProblem(`unexpected keys: ${extra.slice(0, 5).join(", ")}`);
  let texts: Record<string, string> | null = null;
  if (b.texts !== undefined) {
    if (typeof b.texts !== "object" || b.texts === null || Object.values(b.texts).some((v) => typeof v !== "string")) {
      return fileProblem('"texts" must map file names to text');
    }
    texts = b.texts as Record<string, string>;
  }
  const wrap = (key: string) => (b[key] === undefined ? undefined : { [key]: b[key] });
  const result = validateDataset(
    {
      sources: wrap("sources"),
      actors: wrap("actors"),
      themes: wrap("themes"),
      events: wrap("events"),
      relations: wrap("relations"),
      stories: wrap("stories"),
    },
    { texts: texts ?? undefined },
  );
  if (result.problems.length) return { ok: false, problems: result.problems };
  if (!result.dataset.events.length) return fileProblem("the dataset has no events");
  return { ok: true, dataset: result.dataset, unverifiedQuotes: result.unverifiedQuotes, texts };
}
