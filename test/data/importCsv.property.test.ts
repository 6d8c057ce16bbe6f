import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importCsvDataset, locateCsvProblem, parseCsv, type CsvImportResult } from "../../src/data/importCsv.ts";
import { DEFAULT_RANGE, validateDataset } from "../../src/data/validateDataset.ts";
import { MINI_TEXTS, miniDataset } from "../fixtures/miniDataset.ts";

const RUNS = { numRuns: 1000 };
const mini = miniDataset();
const base = { sources: mini.sources, themes: mini.themes };

const toCsv = (rows: string[][], eol = "\r\n") =>
  rows.map((r) => r.map((c) => (/^\uFEFF|[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join(eol) +
  eol;

const ACTORS: string[][] = [
  ["id", "name_en", "name_zh", "short_en", "short_zh", "type", "parent"],
  ...mini.actors.map((a) => [a.id, a.name.en, a.name.zh, "", "", a.type, a.parent ?? ""]),
];
const EVENTS: string[][] = [
  ["id", "date_start", "date_end", "title_en", "title_zh", "summary_en", "summary_zh", "kind", "place_en", "place_zh"]
    .concat(["actors", "themes", "planned", "source", "quote", "quote_lang", "source_2", "quote_2", "quote_lang_2"]),
  ...mini.events.map((e) =>
    [e.id, e.date.start, e.date.end ?? "", e.title.en, e.title.zh, e.summary.en, e.summary.zh, e.kind, "", ""].concat(
      [e.actors.map((a) => `${a.id}:${a.role}`).join(";"), e.themes.join(";"), e.planned ? "yes" : "no"],
      [0, 1].flatMap((i) => (e.sources[i] ? [e.sources[i].source, e.sources[i].quote, e.sources[i].lang] : ["", "", ""])),
    ),
  ),
];
const RELATIONS: string[][] = [
  ["id", "type", "from", "to", "start", "end", "source", "quote", "quote_lang"],
  ...mini.relations.map((r) => [r.id, r.type, r.from, r.to, r.start ?? "", r.end ?? ""].concat(Object.values(r.sources[0]))),
];

const FILES = ["actors.csv", "events.csv", "relations.csv"];

/** Either raw JSON that the validator reads without throwing, or a non-empty list of well-formed problems. */
function expectWellFormed(result: CsvImportResult): void {
  if (result.ok) {
    expect(Array.isArray(result.raw.events.events)).toBe(true);
    expect(result.raw.events.events.length).toBe(result.rows.events.length);
    const { problems } = validateDataset(result.raw, { texts: MINI_TEXTS, range: DEFAULT_RANGE });
    for (const p of problems) {
      const located = locateCsvProblem(p, result.rows);
      expect(typeof located.message).toBe("string");
      expect(located.id === null || typeof located.id === "string").toBe(true);
    }
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(Object.keys(p).sort()).toEqual(["field", "file", "id", "message"]);
    expect(FILES).toContain(p.file);
    expect(p.id === null || /^row \d+$/.test(p.id)).toBe(true);
    expect(typeof p.field).toBe("string");
    expect(typeof p.message).toBe("string");
    expect(p.message.length).toBeGreaterThan(0);
  }
}

/** Text that looks enough like CSV to reach past the parser. */
const csvish = fc.string({
  unit: fc.constantFrom('"', ",", "\n", "\r", "\r\n", " ", "a", "id", "name_en", "type", ":", ";", "\uFEFF", "中"),
  maxLength: 60,
});
const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), csvish);

const fuzzCell = fc.oneof(
  fc.string(),
  csvish,
  fc.constantFrom("", "yes", "no", "maybe", "iom:host", "china", "2016-02-30", "2016", "governance", "doc-zh", "en"),
);

const rowMutation = fc.record({
  op: fc.constantFrom("cell", "drop", "duplicate", "dropColumn"),
  row: fc.nat(),
  col: fc.nat(),
  value: fuzzCell,
});
const textMutation = fc.record({
  at: fc.nat(),
  insert: fc.constantFrom('"', ",", "\n", "\r\n", "\r", '""', "\uFEFF", ";", ":"),
});

/** A copy of the table with the mutations applied (row 0 is the header). */
function mutateRows(table: string[][], mutations: Array<typeof rowMutation extends fc.Arbitrary<infer M> ? M : never>) {
  const rows = table.map((r) => [...r]);
  for (const m of mutations) {
    if (!rows.length) break;
    const r = m.row % rows.length;
    const c = m.col % Math.max(1, rows[r].length);
    if (m.op === "cell") rows[r][c] = m.value;
    else if (m.op === "drop") rows.splice(r, 1);
    else if (m.op === "duplicate") rows.splice(r, 0, [...rows[r]]);
    else for (const row of rows) row.splice(c, 1);
  }
  return rows;
}

function mutateText(text: string, mutations: Array<{ at: number; insert: string }>): string {
  let out = text;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    out = out.slice(0, at) + m.insert + out.slice(at);
  }
  return out;
}

describe("importCsvDataset (property)", () => {
  it("the unmutated spreadsheets import and validate", () => {
    const result = importCsvDataset({ actors: toCsv(ACTORS), events: toCsv(EVENTS), relations: toCsv(RELATIONS) }, base);
    expect(result.ok && validateDataset(result.raw, { texts: MINI_TEXTS, range: DEFAULT_RANGE }).problems).toEqual([]);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(anyText, anyText, fc.option(anyText, { nil: undefined }), (actors, events, relations) =>
        expectWellFormed(importCsvDataset({ actors, events, relations }, base)),
      ),
      RUNS,
    );
  });

  it("never throws on arbitrary text behind a valid header", () => {
    fc.assert(
      fc.property(anyText, anyText, (actors, events) =>
        expectWellFormed(
          importCsvDataset({ actors: toCsv([ACTORS[0]]) + actors, events: toCsv([EVENTS[0]]) + events }, base),
        ),
      ),
      RUNS,
    );
  });

  it("never throws on mutated valid spreadsheets, and both outcomes occur", () => {
    const seen = { ok: 0, problems: 0 };
    const mutations = fc.record({
      actors: fc.array(rowMutation, { maxLength: 3 }),
      events: fc.array(rowMutation, { maxLength: 3 }),
      relations: fc.array(rowMutation, { maxLength: 2 }),
      text: fc.array(textMutation, { maxLength: 2 }),
      eol: fc.constantFrom("\r\n", "\n", "\r"),
      bom: fc.boolean(),
    });
    fc.assert(
      fc.property(mutations, (m) => {
        const write = (table: string[][], ms: typeof m.actors) => (m.bom ? "\uFEFF" : "") + toCsv(mutateRows(table, ms), m.eol);
        const result = importCsvDataset(
          {
            actors: write(ACTORS, m.actors),
            events: mutateText(write(EVENTS, m.events), m.text),
            relations: write(RELATIONS, m.relations),
          },
          base,
        );
        expectWellFormed(result);
        seen[result.ok ? "ok" : "problems"]++;
      }),
      RUNS,
    );
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.problems).toBeGreaterThan(0);
  });
});

describe("parseCsv (property)", () => {
  it("reads back any table a spreadsheet would write, with any line ending", () => {
    const table = fc.array(fc.array(fc.oneof(fc.string(), csvish), { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(table, fc.constantFrom("\r\n", "\n", "\r"), fc.boolean(), (rows, eol, bom) => {
        const parsed = parseCsv((bom ? "\uFEFF" : "") + toCsv(rows, eol));
        expect(parsed.errors).toEqual([]);
        expect(parsed.records).toEqual(rows.map((r) => r.map((c) => c.replace(/\r\n?/g, "\n"))));
      }),
      RUNS,
    );
  });

  it("never throws, and every error points inside the records read", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { records, errors } = parseCsv(text);
        for (const e of errors) {
          expect(e.record).toBeLessThan(records.length);
          expect(e.cell).toBeLessThan(records[e.record].length);
        }
      }),
      RUNS,
    );
  });
});
