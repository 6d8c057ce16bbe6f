/**
 * The dataset gate: schema, unique ids, references, dates and quotes, every problem at once.
 * Pure (no file system), so the CLI check and an in-browser import share it.
 */
import { checkCitation, stripWhitespace, type CitationContext } from "./checkCitations.ts";
import { DATA_FILES, DATA_FILE_NAMES, type DataFileName, type Dataset } from "./dataFiles.ts";
import { endMs, isValidPartialDate, startMs } from "./partialDate.ts";
import { parseItems } from "./parseItems.ts";
import type { Problem } from "./problem.ts";
import type { Citation, Story } from "./schema.ts";
import { USER_DECK_STORY_ID } from "./vocabulary.ts";

export interface ValidateOptions {
  /** Source file name → full text. Without it quotes are left unverified. */
  texts?: Record<string, string>;
  /** Inclusive day range every event and relation date must fall in. */
  range?: { from: string; to: string };
}

export interface ValidationResult {
  dataset: Dataset;
  problems: Problem[];
  /** Citations whose quote could not be checked because no text was supplied */
  unverifiedQuotes: number;
}

/** A dataset may come without stories. */
const OPTIONAL_FILES: DataFileName[] = ["stories"];

export const DEFAULT_RANGE = { from: "2001-01-01", to: "2018-12-31" };

/** A dataset's lists in the shape of its files (`{ "events": [...] }` and so on), as the validator reads them. */
export function asDataFiles(dataset: Dataset): Record<DataFileName, unknown> {
  return Object.fromEntries(DATA_FILE_NAMES.map((k) => [k, { [k]: dataset[k] }])) as Record<DataFileName, unknown>;
}

export function validateDataset(raw: Partial<Record<DataFileName, unknown>>, options: ValidateOptions = {}): ValidationResult {
  const problems: Problem[] = [];
  const parsed = {} as Record<DataFileName, unknown[]>;
  const known = {} as KnownIds;
  for (const name of DATA_FILE_NAMES) {
    const spec = DATA_FILES[name];
    if (raw[name] === undefined) {
      if (!OPTIONAL_FILES.includes(name)) problems.push({ file: spec.file, id: null, field: "", message: "file is missing" });
      parsed[name] = [];
      known[name] = new Set();
      continue;
    }
    const result = parseItems(spec, raw[name]);
    problems.push(...result.problems);
    parsed[name] = result.items;
    known[name] = result.ids;
  }
  const dataset = parsed as unknown as Dataset;
  for (const name of DATA_FILE_NAMES) problems.push(...checkUniqueIds(DATA_FILES[name].file, dataset[name]));
  const semantic = checkSemantics(dataset, known, options);
  problems.push(...semantic.problems);
  return { dataset, problems, unverifiedQuotes: semantic.unverifiedQuotes };
}

function checkUniqueIds(file: string, items: Array<{ id: string }>): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const item of items) {
    if (seen.has(item.id)) out.push({ file, id: item.id, field: "id", message: "id is used more than once" });
    seen.add(item.id);
  }
  return out;
}

type KnownIds = Record<DataFileName, Set<string>>;

function checkSemantics(d: Dataset, known: KnownIds, options: ValidateOptions): { problems: Problem[]; unverifiedQuotes: number } {
  const problems: Problem[] = [];
  const actorIds = known.actors;
  const themeIds = known.themes;
  const strippedTexts = options.texts
    ? new Map(Object.entries(options.texts).map(([f, t]) => [f, stripWhitespace(t)]))
    : undefined;
  const ctx: CitationContext = {
    sourcesById: new Map(d.sources.map((s) => [s.id, s])),
    knownSourceIds: known.sources,
    strippedTexts,
  };
  let citations = 0;
  const cite = (file: string, id: string, field: string, list: Citation[] | undefined) =>
    list?.forEach((c, i) => {
      citations++;
      for (const [sub, message] of checkCitation(c, ctx)) problems.push({ file, id, field: `${field}[${i}].${sub}`, message });
    });
  const ref = (file: string, id: string, field: string, ok: boolean, what: string, value: string) => {
    if (!ok) problems.push({ file, id, field, message: `unknown ${what} "${value}"` });
  };
  const date = (file: string, id: string, field: string, value: string | undefined, inRange = true) => {
    if (value === undefined) return true;
    if (!isValidPartialDate(value)) {
      problems.push({ file, id, field, message: `"${value}" is not a real date` });
      return false;
    }
    const r = options.range;
    if (inRange && r && (startMs(value) < startMs(r.from) || endMs(value) > endMs(r.to))) {
      problems.push({ file, id, field, message: `"${value}" is outside the dataset's range ${r.from} – ${r.to}` });
    }
    return true;
  };
  const order = (file: string, id: string, field: string, start?: string, end?: string) => {
    if (start && end && startMs(end) < startMs(start)) {
      problems.push({ file, id, field, message: `ends (${end}) before it starts (${start})` });
    }
  };

  for (const s of d.sources) {
    if (s.editionOf !== undefined) ref("sources.json", s.id, "editionOf", known.sources.has(s.editionOf), "source", s.editionOf);
    date("sources.json", s.id, "date", s.date, false);
    if (strippedTexts && !strippedTexts.has(s.file)) {
      problems.push({ file: "sources.json", id: s.id, field: "file", message: `no text "${s.file}" in data/sources/` });
    }
  }
  const parentOf = new Map(d.actors.map((a) => [a.id, a.parent]));
  for (const a of d.actors) {
    if (a.parent !== undefined) ref("actors.json", a.id, "parent", actorIds.has(a.parent), "actor", a.parent);
    if (a.affiliation !== undefined) ref("actors.json", a.id, "affiliation", actorIds.has(a.affiliation), "actor", a.affiliation);
    if (a.parent !== undefined && hasParentCycle(a.id, parentOf)) {
      problems.push({ file: "actors.json", id: a.id, field: "parent", message: "parent chain loops back to this actor" });
    }
    cite("actors.json", a.id, "sources", a.sources);
  }
  for (const e of d.events) {
    const f = "events.json";
    if (date(f, e.id, "date.start", e.date.start) && date(f, e.id, "date.end", e.date.end)) {
      order(f, e.id, "date.end", e.date.start, e.date.end);
    }
    e.actors.forEach((a, i) => {
      ref(f, e.id, `actors[${i}].id`, actorIds.has(a.id), "actor", a.id);
      if (e.actors.findIndex((b) => b.id === a.id && b.role === a.role) < i) {
        problems.push({ file: f, id: e.id, field: `actors[${i}]`, message: `"${a.id}" is listed twice as ${a.role}` });
      }
    });
    e.themes.forEach((t, i) => ref(f, e.id, `themes[${i}]`, themeIds.has(t), "theme", t));
    cite(f, e.id, "sources", e.sources);
    e.actors.forEach((a, i) => cite(f, e.id, `actors[${i}].basis.sources`, a.basis?.sources));
    e.notes?.forEach((n, i) => cite(f, e.id, `notes[${i}].sources`, n.sources));
  }
  for (const r of d.relations) {
    const f = "relations.json";
    ref(f, r.id, "from", actorIds.has(r.from), "actor", r.from);
    ref(f, r.id, "to", actorIds.has(r.to), "actor", r.to);
    if (date(f, r.id, "start", r.start) && date(f, r.id, "end", r.end)) order(f, r.id, "end", r.start, r.end);
    cite(f, r.id, "sources", r.sources);
  }
  d.stories.forEach((story) => checkStory(story, known, problems, cite, date));
  problems.push(...checkActorsReferenced(d));
  return { problems, unverifiedQuotes: strippedTexts ? 0 : citations };
}

type Cite = (file: string, id: string, field: string, list: Citation[] | undefined) => void;
type DateCheck = (file: string, id: string, field: string, value: string | undefined, inRange?: boolean) => boolean;

/** Every id a story step names must exist; its window must be real days in order. */
function checkStory(story: Story, known: KnownIds, problems: Problem[], cite: Cite, date: DateCheck) {
  const f = "stories.json";
  if (story.id === USER_DECK_STORY_ID) {
    problems.push({ file: f, id: story.id, field: "id", message: `"${USER_DECK_STORY_ID}" is reserved for the user's own deck` });
  }
  story.steps.forEach((step, i) => {
    const at = `steps[${i}]`;
    const v = step.view;
    cite(f, story.id, `${at}.sources`, step.sources);
    v.themes?.forEach((t, j) => {
      if (!known.themes.has(t)) problems.push({ file: f, id: story.id, field: `${at}.view.themes[${j}]`, message: `unknown theme "${t}"` });
    });
    v.actors?.forEach((a, j) => {
      if (!known.actors.has(a)) problems.push({ file: f, id: story.id, field: `${at}.view.actors[${j}]`, message: `unknown actor "${a}"` });
    });
    if (v.sel) {
      const ok = (v.sel.type === "event" ? known.events : known.actors).has(v.sel.id);
      if (!ok) problems.push({ file: f, id: story.id, field: `${at}.view.sel`, message: `unknown ${v.sel.type} "${v.sel.id}"` });
    }
    const picked = new Set(v.sel ? [`${v.sel.type}:${v.sel.id}`] : []);
    v.also?.forEach((p, j) => {
      const field = `${at}.view.also[${j}]`;
      if (!(p.type === "event" ? known.events : known.actors).has(p.id))
        problems.push({ file: f, id: story.id, field, message: `unknown ${p.type} "${p.id}"` });
      else if (picked.has(`${p.type}:${p.id}`))
        problems.push({ file: f, id: story.id, field, message: `${p.type} "${p.id}" is picked out twice` });
      picked.add(`${p.type}:${p.id}`);
    });
    for (const key of ["from", "to"] as const) {
      const value = v[key];
      if (value !== undefined && value.length !== 10) {
        problems.push({ file: f, id: story.id, field: `${at}.view.${key}`, message: "must be a full day, YYYY-MM-DD" });
      } else date(f, story.id, `${at}.view.${key}`, value, false);
    }
    if (v.from && v.to && startMs(v.to) < startMs(v.from)) {
      problems.push({ file: f, id: story.id, field: `${at}.view.to`, message: `ends (${v.to}) before it starts (${v.from})` });
    }
  });
}

/** An actor nothing points at is noise in the network and the search: the guide says add actors only for events. */
function checkActorsReferenced(d: Dataset): Problem[] {
  const used = new Set<string>();
  for (const e of d.events) for (const a of e.actors) used.add(a.id);
  for (const r of d.relations) used.add(r.from).add(r.to);
  for (const a of d.actors) {
    if (a.parent) used.add(a.parent);
    if (a.affiliation) used.add(a.affiliation);
  }
  return d.actors
    .filter((a) => !used.has(a.id))
    .map((a) => ({ file: "actors.json", id: a.id, field: "", message: "is not referenced by any event, relation or actor" }));
}

function hasParentCycle(start: string, parentOf: Map<string, string | undefined>): boolean {
  const seen = new Set<string>();
  for (let at = parentOf.get(start); at !== undefined; at = parentOf.get(at)) {
    if (at === start) return true;
    if (seen.has(at)) return false; // a loop above us, reported on its own members
    seen.add(at);
  }
  return false;
}
