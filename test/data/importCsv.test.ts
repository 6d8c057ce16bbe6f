import { describe, expect, it } from "vitest";
import { importCsvDataset, locateCsvProblem, parseCsv, type CsvFiles } from "../../src/data/importCsv.ts";
import { formatProblem } from "../../src/data/problem.ts";
import { DEFAULT_RANGE, validateDataset } from "../../src/data/validateDataset.ts";
import { MINI_TEXTS, miniDataset } from "../fixtures/miniDataset.ts";

const mini = miniDataset();
const base = { sources: mini.sources, themes: mini.themes };

/** What a spreadsheet writes: RFC 4180 quoting where needed, CRLF line ends. */
const toCsv = (rows: string[][]) =>
  rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n") +
  "\r\n";

const ACTORS = toCsv([
  ["id", "name_en", "name_zh", "short_en", "short_zh", "type", "parent"],
  ...mini.actors.map((a) => [a.id, a.name.en, a.name.zh, "", "", a.type, a.parent ?? ""]),
]);

const EVENTS = toCsv([
  [
    "id",
    "date_start",
    "date_end",
    "title_en",
    "title_zh",
    "summary_en",
    "summary_zh",
    "kind",
    "place_en",
    "place_zh",
    "actors",
    "themes",
    "planned",
    "source",
    "quote",
    "quote_lang",
    "source_2",
    "quote_2",
    "quote_lang_2",
  ],
  ...mini.events.map((e) => [
    e.id,
    e.date.start,
    e.date.end ?? "",
    e.title.en,
    e.title.zh,
    e.summary.en,
    e.summary.zh,
    e.kind,
    "",
    "",
    e.actors.map((a) => `${a.id}:${a.role}`).join(";"),
    e.themes.join(";"),
    e.planned ? "yes" : "no",
    ...[0, 1].flatMap((i) => {
      const c = e.sources[i];
      return c ? [c.source, c.quote, c.lang] : ["", "", ""];
    }),
  ]),
]);

const RELATIONS = toCsv([
  ["id", "type", "from", "to", "start", "end", "source", "quote", "quote_lang"],
  ...mini.relations.map((r) => {
    const c = r.sources[0];
    return [r.id, r.type, r.from, r.to, r.start ?? "", r.end ?? "", c.source, c.quote, c.lang];
  }),
]);

function run(files: Partial<CsvFiles>): string[] | "ok" {
  const result = importCsvDataset({ actors: ACTORS, events: EVENTS, ...files }, base);
  return result.ok ? "ok" : result.problems.map(formatProblem);
}

describe("parseCsv", () => {
  it("reads quoted commas, line breaks and doubled quotes, CRLF or LF, with a BOM", () => {
    const text = '\uFEFFa,b,c\r\n"x, y","line 1\r\nline 2","say ""hi"""\n"",plain,\n';
    expect(parseCsv(text)).toEqual({
      records: [
        ["a", "b", "c"],
        ["x, y", "line 1\nline 2", 'say "hi"'],
        ["", "plain", ""],
      ],
      errors: [],
    });
  });
  it("accepts a lone CR as a line end and a missing final line break", () => {
    expect(parseCsv("a,b\rc,d").records).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });
  it("keeps blank lines as records (the importer skips them) and reads nothing from empty text", () => {
    expect(parseCsv("a\n\nb\n").records).toEqual([["a"], [""], ["b"]]);
    expect(parseCsv("").records).toEqual([]);
    expect(parseCsv("\uFEFF").records).toEqual([]);
  });
});

describe("importCsvDataset", () => {
  it("imports the fixture's spreadsheets into a dataset that passes validateDataset unchanged", () => {
    const result = importCsvDataset({ actors: ACTORS, events: EVENTS, relations: RELATIONS }, base);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const { dataset, problems } = validateDataset(result.raw, { texts: MINI_TEXTS, range: DEFAULT_RANGE });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset.actors).toEqual(mini.actors);
    expect(dataset.events).toEqual(mini.events);
    expect(dataset.relations).toEqual(mini.relations);
    expect(result.bundle.events).toBe(result.raw.events.events);
    expect(result.rows.events).toEqual([
      { id: "china-joins-iom", row: 2, citations: [1, 2] },
      { id: "china-observer", row: 3, citations: [1] },
    ]);
  });

  it("without relations.csv there are no relations", () => {
    const result = importCsvDataset({ actors: ACTORS, events: EVENTS }, base);
    expect(result.ok && result.raw.relations).toEqual({ relations: [] });
  });

  it("reads quoted fields with commas, line breaks and quotes, any column order, trimmed cells and headers", () => {
    const actors = [
      "\uFEFFType,ID,Name_ZH,name_en",
      'state, china ,中国,"China, the ""PRC"""',
      "",
      "igo,iom,国际移民组织,International Organization for Migration",
      ",,,",
    ].join("\n");
    const events = [
      "id,date_start,title_en,title_zh,summary_en,summary_zh,kind,actors,themes,source,quote,quote_lang,planned,date_end",
      'talks,2016-06,"Talks, in ""Geneva""",会谈,"Line one,\nline two.",摘要。,meeting," china:host ; iom:participant ;",governance;,doc-en,"became a member of IOM",en,YES,2016-07',
    ].join("\n");
    const result = importCsvDataset({ actors, events }, base);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    expect(result.raw.actors.actors[0]).toEqual({ id: "china", name: { en: 'China, the "PRC"', zh: "中国" }, type: "state" });
    expect(result.raw.events.events).toEqual([
      {
        id: "talks",
        date: { start: "2016-06", end: "2016-07" },
        title: { en: 'Talks, in "Geneva"', zh: "会谈" },
        summary: { en: "Line one,\nline two.", zh: "摘要。" },
        kind: "meeting",
        actors: [
          { id: "china", role: "host" },
          { id: "iom", role: "participant" },
        ],
        themes: ["governance"],
        planned: true,
        sources: [{ source: "doc-en", quote: "became a member of IOM", lang: "en" }],
      },
    ]);
    expect(result.rows.actors.map((r) => r.row)).toEqual([2, 4]);
    expect(validateDataset(result.raw, { texts: MINI_TEXTS, range: DEFAULT_RANGE }).problems).toEqual([]);
  });

  // One bad input per kind of mistake, with the exact problems expected.
  const header = EVENTS.split("\r\n")[0];
  const firstRow = EVENTS.split("\r\n")[1];
  const cases: Array<[string, Partial<CsvFiles>, string[]]> = [
    [
      "missing required columns",
      { events: header.replace(",kind", "").replace(",themes", "") + "\n" },
      [
        'events.csv › row 1 › (item): missing columns "kind", "themes"',
        "events.csv › (file) › (item): has no rows under the header",
      ],
    ],
    [
      "unknown and repeated columns",
      { actors: "id,name_en,name_zh,type,colour,type\nchina,China,中国,state,red,state\n" },
      ["actors.csv › row 1 › colour: unknown column", "actors.csv › row 1 › type: column appears more than once"],
    ],
    [
      "an extra citation group needs all three columns; source_1 and source_02 are not names",
      { events: EVENTS.replace("quote_lang_2", "source_1").replace("quote_2", "source_02") },
      [
        "events.csv › row 1 › source_02: unknown column",
        "events.csv › row 1 › source_1: unknown column",
        'events.csv › row 1 › (item): missing columns "quote_2", "quote_lang_2"',
      ],
    ],
    [
      "a row with too few or too many cells",
      { events: EVENTS + "only,three,cells\r\n" + firstRow + ",extra\r\n" },
      ["events.csv › row 4 › (item): has 3 cells but the header has 19", "events.csv › row 5 › (item): has 20 cells but the header has 19"],
    ],
    [
      "planned is yes or no",
      { events: EVENTS.replace(",no,", ",maybe,") },
      ['events.csv › row 2 › planned: must be yes or no (empty means no), not "maybe"'],
    ],
    [
      "actors are actorId:role",
      { events: EVENTS.replace("china:applicant;iom:host", "china;iom:host:x;:chair") },
      [
        'events.csv › row 2 › actors: "china" must be actorId:role',
        'events.csv › row 2 › actors: "iom:host:x" must be actorId:role',
        'events.csv › row 2 › actors: ":chair" must be actorId:role',
      ],
    ],
    [
      "an unclosed quote",
      { actors: ACTORS + '"cut,off,here\r\n' },
      ["actors.csv › row 5 › id: the quoted cell opened on line 5 is never closed"],
    ],
    [
      "a quote inside an unquoted cell, and text after a closing quote",
      { actors: 'id,name_en,name_zh,type\nchina,China "PRC",中国,state\niom,"IOM" (UN),国际移民组织,igo\n' },
      [
        "actors.csv › row 2 › name_en: a quote inside an unquoted cell (line 2): quote the whole cell and double any quote inside it",
        "actors.csv › row 3 › name_en: text after a closing quote (line 3): quote the whole cell and double any quote inside it",
      ],
    ],
    [
      "empty files",
      { actors: "", events: "\uFEFF\r\n" },
      [
        "actors.csv › (file) › (item): is empty: its first row must name the columns",
        "events.csv › (file) › (item): is empty: its first row must name the columns",
      ],
    ],
    [
      "a value in a column without a name (empty unnamed columns are fine)",
      { actors: "id,name_en,name_zh,type,,\nchina,China,中国,state,,\niom,IOM,国际移民组织,igo,,oops\n" },
      ["actors.csv › row 3 › column 6: has a value but the column has no name"],
    ],
    [
      "not text at all",
      { events: undefined as unknown as string },
      ["events.csv › (file) › (item): must be CSV text"],
    ],
    [
      "relations.csv is checked too",
      { relations: "id,type,from,to,source,quote,quote_lang,since\n" },
      ["relations.csv › row 1 › since: unknown column"],
    ],
  ];
  it.each(cases)("%s", (_name, files, expected) => {
    expect(run(files)).toEqual(expected);
  });

  it("the valid spreadsheets import", () => {
    expect(run({ relations: RELATIONS })).toBe("ok");
  });
});

describe("locateCsvProblem", () => {
  it("points the validator's problems back at rows and columns", () => {
    const events = EVENTS.replace("2016-06-30", "2016-02-30")
      .replace("china:applicant", "ilo:applicant")
      .replace(",doc-zh,", ",doc-fr,")
      .replace("Observer status in IOM since June 2001", "not in the text");
    const result = importCsvDataset({ actors: ACTORS, events, relations: RELATIONS.replace(",observer,", ",observes,") }, base);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
    const { problems } = validateDataset(result.raw, { texts: MINI_TEXTS, range: DEFAULT_RANGE });
    expect(problems.map((p) => formatProblem(locateCsvProblem(p, result.rows)))).toEqual([
      'relations.csv › row 2 › type: Invalid option: expected one of "observer"|"member"|"part-of"|"hosts"|"chairs"|"funds"|"partner"|"leads"|"represents"',
      'events.csv › row 2 › date_start: "2016-02-30" is not a real date',
      'events.csv › row 2 › actors: unknown actor "ilo"',
      'events.csv › row 2 › source_2: unknown source "doc-fr"',
      "events.csv › row 3 › quote: not found verbatim in en.txt",
    ]);
  });

  it("names every row of a repeated id", () => {
    const result = importCsvDataset({ actors: ACTORS, events: EVENTS.replace("china-observer", "china-joins-iom") }, base);
    if (!result.ok) throw new Error("expected the import to succeed");
    const { problems } = validateDataset(result.raw, { texts: MINI_TEXTS });
    expect(problems.map((p) => formatProblem(locateCsvProblem(p, result.rows)))).toEqual([
      "events.csv › rows 2, 3 › id: id is used more than once",
    ]);
  });

  it("maps an item without an id by position, and leaves other files alone", () => {
    const result = importCsvDataset({ actors: ACTORS, events: EVENTS.replace("china-observer", "") }, base);
    if (!result.ok) throw new Error("expected the import to succeed");
    const { problems } = validateDataset(result.raw, { texts: MINI_TEXTS });
    expect(problems.map((p) => formatProblem(locateCsvProblem(p, result.rows)))).toEqual([
      "events.csv › row 3 › id: must be lowercase kebab-case (a-z, 0-9, -)",
      "actors.csv › row 4 › (item): is not referenced by any event, relation or actor",
    ]);
    const other = { file: "themes.json", id: "governance", field: "label.en", message: "x" };
    expect(locateCsvProblem(other, result.rows)).toBe(other);
  });
});
