/**
 * The spreadsheet route into a dataset: actors.csv and events.csv (and optionally relations.csv),
 * RFC 4180 text, turned into the raw JSON shape validateDataset and parseBundle read (format in
 * docs/csv-import.md). Never throws: what is wrong comes back as problems naming file, row and column.
 */
import type { Problem } from "./problem.ts";
import type { Source, Theme } from "./schema.ts";

export type CsvTable = "actors" | "events" | "relations";

export interface CsvFiles {
  actors: string;
  events: string;
  relations?: string;
}

/** What the spreadsheets do not carry: the caller passes the curated sources and themes. */
export interface CsvBase {
  sources: Source[];
  themes: Theme[];
}

/** One item built from a spreadsheet row, so later problems can be pointed back at it. */
export interface CsvRow {
  id: string;
  /** Spreadsheet row number: the header is row 1 */
  row: number;
  /** Which citation column group (1 = source, 2 = source_2…) each entry of `sources` came from */
  citations: number[];
}

type RawItem = Record<string, unknown>;

export type CsvImportResult =
  | {
      ok: true;
      /** The input of validateDataset */
      raw: {
        sources: { sources: Source[] };
        themes: { themes: Theme[] };
        actors: { actors: RawItem[] };
        events: { events: RawItem[] };
        relations: { relations: RawItem[] };
      };
      /** The same items as a bundle object, for JSON.stringify → parseBundle */
      bundle: { sources: Source[]; themes: Theme[]; actors: RawItem[]; events: RawItem[]; relations: RawItem[] };
      rows: Record<CsvTable, CsvRow[]>;
    }
  | { ok: false; problems: Problem[] };

interface TableSpec {
  file: string;
  required: string[];
  optional: string[];
  /** Whether a header without any rows is a problem */
  needsRows: boolean;
}

const CITATION_COLUMNS = ["source", "quote", "quote_lang"];

export const CSV_TABLES: Record<CsvTable, TableSpec> = {
  actors: {
    file: "actors.csv",
    required: ["id", "name_en", "name_zh", "type"],
    optional: ["short_en", "short_zh", "parent"],
    needsRows: true,
  },
  events: {
    file: "events.csv",
    required: ["id", "date_start", "title_en", "title_zh", "summary_en", "summary_zh", "kind", "actors", "themes"].concat(
      CITATION_COLUMNS,
    ),
    optional: ["date_end", "place_en", "place_zh", "planned"],
    needsRows: true,
  },
  relations: {
    file: "relations.csv",
    required: ["id", "type", "from", "to"].concat(CITATION_COLUMNS),
    optional: ["start", "end", "note_en", "note_zh"],
    needsRows: false,
  },
};

export function importCsvDataset(files: CsvFiles, base: CsvBase): CsvImportResult {
  const problems: Problem[] = [];
  const rows = { actors: [], events: [], relations: [] } as Record<CsvTable, CsvRow[]>;
  const items = { actors: [], events: [], relations: [] } as Record<CsvTable, RawItem[]>;
  for (const table of ["actors", "events", "relations"] as const) {
    const text = files?.[table];
    if (table === "relations" && text === undefined) continue;
    const spec = CSV_TABLES[table];
    const read = readTable(spec, text, problems);
    for (const { row, cells } of read?.rows ?? []) {
      const rowProblem = (field: string, message: string) =>
        problems.push({ file: spec.file, id: `row ${row}`, field, message });
      const get = (column: string) => cells.get(column) ?? "";
      const cited = citationsOf(get, read!.citationGroups);
      items[table].push(BUILD[table](get, cited.list, rowProblem));
      rows[table].push({ id: get("id"), row, citations: cited.groups });
    }
  }
  if (problems.length) return { ok: false, problems };
  const { sources = [], themes = [] } = base ?? {};
  const bundle = { sources, themes, ...items };
  const raw = {
    sources: { sources },
    themes: { themes },
    actors: { actors: items.actors },
    events: { events: items.events },
    relations: { relations: items.relations },
  };
  return { ok: true, raw, bundle, rows };
}

/**
 * Points a validateDataset problem about an imported item back at its spreadsheet row and column
 * ("events.json › my-id › date.start" → "events.csv › row 5 › date_start"). Others pass unchanged.
 */
export function locateCsvProblem(p: Problem, rows: Record<CsvTable, CsvRow[]>): Problem {
  const table = (Object.keys(CSV_TABLES) as CsvTable[]).find((t) => `${t}.json` === p.file);
  if (!table) return p;
  const file = CSV_TABLES[table].file;
  if (p.id === null) return { ...p, file };
  const list = rows[table];
  let matches = list.filter((r) => r.id === p.id);
  const index = /^#(\d+)$/.exec(p.id);
  if (!matches.length && index && list[Number(index[1])]) matches = [list[Number(index[1])]];
  if (!matches.length) return { ...p, file };
  const id = matches.length === 1 ? `row ${matches[0].row}` : `rows ${matches.map((r) => r.row).join(", ")}`;
  return { ...p, file, id, field: columnOf(p.field, matches[0].citations) };
}

/** JSON path of an item's field → the column it came from. */
function columnOf(field: string, citations: number[]): string {
  const cite = /^sources(?:\[(\d+)\](?:\.(\w+))?)?/.exec(field);
  if (cite) {
    const at = Number(cite[1] ?? 0);
    const group = citations[at] ?? at + 1;
    const column = cite[2] === "quote" ? "quote" : cite[2] === "lang" ? "quote_lang" : "source";
    return group === 1 ? column : `${column}_${group}`;
  }
  return field.replace(/\[.*$/, "").replace(/\./g, "_");
}

type Get = (column: string) => string;
type RowProblem = (field: string, message: string) => void;

const BUILD: Record<CsvTable, (get: Get, sources: RawItem[], problem: RowProblem) => RawItem> = {
  actors: (get) => ({
    id: get("id"),
    name: { en: get("name_en"), zh: get("name_zh") },
    ...optionalText("short", get),
    type: get("type"),
    ...(get("parent") ? { parent: get("parent") } : {}),
  }),
  events: (get, sources, problem) => ({
    id: get("id"),
    date: { start: get("date_start"), ...(get("date_end") ? { end: get("date_end") } : {}) },
    title: { en: get("title_en"), zh: get("title_zh") },
    summary: { en: get("summary_en"), zh: get("summary_zh") },
    kind: get("kind"),
    ...optionalText("place", get),
    actors: splitList(get("actors")).map((entry) => {
      const m = /^([^:]*):([^:]*)$/.exec(entry);
      const [id, role] = m ? [m[1].trim(), m[2].trim()] : ["", ""];
      if (!id || !role) problem("actors", `"${entry}" must be actorId:role`);
      return { id, role };
    }),
    themes: splitList(get("themes")),
    planned: yesNo(get("planned"), problem),
    sources,
  }),
  relations: (get, sources) => ({
    id: get("id"),
    type: get("type"),
    from: get("from"),
    to: get("to"),
    ...(get("start") ? { start: get("start") } : {}),
    ...(get("end") ? { end: get("end") } : {}),
    ...optionalText("note", get),
    sources,
  }),
};

/** A bilingual pair that may be left out: both cells empty → absent; one empty → kept, for the schema to name. */
function optionalText(key: string, get: Get): RawItem {
  const en = get(`${key}_en`);
  const zh = get(`${key}_zh`);
  return en || zh ? { [key]: { en, zh } } : {};
}

function splitList(cell: string): string[] {
  return cell
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}

function yesNo(cell: string, problem: RowProblem): boolean {
  const v = cell.toLowerCase();
  if (v !== "" && v !== "yes" && v !== "no") problem("planned", `must be yes or no (empty means no), not "${cell}"`);
  return v === "yes";
}

/** Citation column groups: source/quote/quote_lang, then source_2/quote_2/quote_lang_2… A wholly empty group is skipped. */
function citationsOf(get: Get, groups: number[]): { list: RawItem[]; groups: number[] } {
  const list: RawItem[] = [];
  const used: number[] = [];
  for (const n of groups) {
    const [source, quote, lang] = CITATION_COLUMNS.map((c) => get(n === 1 ? c : `${c}_${n}`));
    if (!source && !quote && !lang) continue;
    list.push({ source, quote, lang });
    used.push(n);
  }
  return { list, groups: used };
}

interface Table {
  rows: Array<{ row: number; cells: Map<string, string> }>;
  citationGroups: number[];
}

/** Parses one file and checks its header and row shapes; null when the file cannot be read as a table. */
function readTable(spec: TableSpec, text: unknown, problems: Problem[]): Table | null {
  const fileProblem = (message: string) => problems.push({ file: spec.file, id: null, field: "", message });
  const at = (row: number, field: string, message: string) =>
    problems.push({ file: spec.file, id: `row ${row}`, field, message });
  if (typeof text !== "string") {
    fileProblem("must be CSV text");
    return null;
  }
  const { records, errors } = parseCsv(text);
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  if (errors.length) {
    for (const e of errors) at(e.record + 1, (e.record > 0 && header[e.cell]) || `column ${e.cell + 1}`, e.message);
    return null;
  }
  if (header.every((name) => name === "")) {
    fileProblem("is empty: its first row must name the columns");
    return null;
  }
  const citationGroups = [1];
  header.forEach((name, i) => {
    if (name === "") return; // a column without a name is fine as long as it stays empty
    if (header.indexOf(name) < i) return at(1, name, "column appears more than once");
    const extra = /^(?:source|quote|quote_lang)_(\d+)$/.exec(name);
    if (extra && Number(extra[1]) >= 2 && String(Number(extra[1])) === extra[1]) {
      if (!citationGroups.includes(Number(extra[1]))) citationGroups.push(Number(extra[1]));
    } else if (!spec.required.includes(name) && !spec.optional.includes(name)) at(1, name, "unknown column");
  });
  citationGroups.sort((a, b) => a - b);
  const needed = spec.required.concat(
    citationGroups.slice(1).flatMap((n) => CITATION_COLUMNS.map((c) => `${c}_${n}`)),
  );
  const missing = needed.filter((name) => !header.includes(name));
  if (missing.length) {
    at(1, "", `missing column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `"${m}"`).join(", ")}`);
  }
  const rows: Table["rows"] = [];
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    if (record.every((cell) => cell.trim() === "")) return; // blank rows are skipped
    if (record.length !== header.length) {
      return at(row, "", `has ${record.length} cells but the header has ${header.length}`);
    }
    const cells = new Map<string, string>();
    record.forEach((cell, c) => {
      const value = cell.trim();
      if (header[c] !== "") {
        if (!cells.has(header[c])) cells.set(header[c], value);
      } else if (value) at(row, `column ${c + 1}`, "has a value but the column has no name");
    });
    rows.push({ row, cells });
  });
  if (spec.needsRows && !rows.length) fileProblem("has no rows under the header");
  return { rows, citationGroups };
}

export interface CsvParseError {
  /** 0-based record (spreadsheet row − 1) and cell */
  record: number;
  cell: number;
  message: string;
}

/**
 * RFC 4180: cells split by commas, records by CRLF, LF or CR; a quoted cell may hold commas,
 * line breaks and doubled quotes. A leading UTF-8 BOM is dropped, as is one final line break.
 * Line breaks inside cells come back as "\n". Malformed quoting is reported, never thrown.
 */
export function parseCsv(text: string): { records: string[][]; errors: CsvParseError[] } {
  const records: string[][] = [];
  const errors: CsvParseError[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (i >= n) return { records, errors };
  let line = 1;
  let record: string[] = [];
  const isBreak = (c: string | undefined) => c === "\n" || c === "\r";
  const fail = (message: string) => errors.push({ record: records.length, cell: record.length, message });
  for (;;) {
    let value = "";
    if (text[i] === '"') {
      const opened = line;
      let closed = false;
      for (i++; i < n; i++) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] !== '"') {
            closed = true;
            i++;
            break;
          }
          i++;
        } else if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) line++;
        value += c;
      }
      if (!closed) {
        fail(`the quoted cell opened on line ${opened} is never closed`);
        record.push(value);
        records.push(record);
        return { records, errors };
      }
      if (i < n && text[i] !== "," && !isBreak(text[i])) {
        fail(`text after a closing quote (line ${line}): quote the whole cell and double any quote inside it`);
        while (i < n && text[i] !== "," && !isBreak(text[i])) value += text[i++];
      }
    } else {
      const start = i;
      while (i < n && text[i] !== "," && !isBreak(text[i])) i++;
      value = text.slice(start, i);
      if (value.includes('"')) {
        fail(`a quote inside an unquoted cell (line ${line}): quote the whole cell and double any quote inside it`);
      }
    }
    record.push(value.replace(/\r\n?/g, "\n"));
    if (i >= n) break;
    if (text[i] === ",") {
      i++;
      continue;
    }
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    line++;
    records.push(record);
    record = [];
    if (i >= n) return { records, errors };
  }
  records.push(record);
  return { records, errors };
}
