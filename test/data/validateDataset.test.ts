import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/dataFiles.ts";
import { formatProblem } from "../../src/data/problem.ts";
import { asDataFiles, DEFAULT_RANGE, validateDataset } from "../../src/data/validateDataset.ts";
import { MINI_TEXTS, miniDataset } from "../fixtures/miniDataset.ts";

/** Validate a mutated copy of the mini dataset and return the formatted report. */
function report(mutate: (d: Dataset) => void, texts: Record<string, string> | undefined = MINI_TEXTS): string[] {
  const d = miniDataset();
  mutate(d);
  const raw = {
    sources: { sources: d.sources },
    actors: { actors: d.actors },
    themes: { themes: d.themes },
    events: { events: d.events },
    relations: { relations: d.relations },
    stories: { stories: d.stories },
  };
  return validateDataset(raw, { texts, range: DEFAULT_RANGE }).problems.map(formatProblem);
}

describe("validateDataset", () => {
  it("accepts the valid fixture with zero problems", () => {
    expect(report(() => {})).toEqual([]);
  });

  // One crafted bad dataset per class of error, with the exact report expected.
  const cases: Array<[string, (d: Dataset) => void, string[]]> = [
    [
      "schema: missing field and wrong enum",
      (d) => {
        delete (d.events[0] as Partial<Dataset["events"][0]>).summary;
        (d.actors[0] as { type: string }).type = "club";
      },
      [
        'actors.json › iom › type: Invalid option: expected one of "igo"|"un-body"|"state"|"government-body"|"regional-body"|"forum"|"civil-society"|"academic"|"private-sector"|"person"',
        "events.json › china-joins-iom › summary: Invalid input: expected object, received undefined",
      ],
    ],
    [
      "schema: unknown key and malformed id",
      (d) => {
        (d.themes[0] as Record<string, unknown>).colour = "red";
        d.actors[1].id = "China!";
      },
      [
        "actors.json › China! › id: must be lowercase kebab-case (a-z, 0-9, -)",
        'themes.json › governance › (item): Unrecognized key: "colour"',
        'actors.json › mps › parent: unknown actor "china"',
        'events.json › china-joins-iom › actors[0].id: unknown actor "china"',
        'events.json › china-observer › actors[0].id: unknown actor "china"',
        'relations.json › china-iom-observer › from: unknown actor "china"',
      ],
    ],
    [
      "duplicate ids",
      (d) => d.events.push({ ...d.events[1] }),
      ["events.json › china-observer › id: id is used more than once"],
    ],
    [
      "unknown references: actor, theme, source, parent, editionOf",
      (d) => {
        d.events[0].actors.push({ id: "ilo", role: "partner" });
        d.events[0].themes.push("tourism");
        d.events[1].sources[0].source = "doc-fr";
        d.actors[2].parent = "state-china";
        d.sources[0].editionOf = "doc-de";
      },
      [
        'sources.json › doc-en › editionOf: unknown source "doc-de"',
        'actors.json › mps › parent: unknown actor "state-china"',
        'events.json › china-joins-iom › actors[2].id: unknown actor "ilo"',
        'events.json › china-joins-iom › themes[1]: unknown theme "tourism"',
        'events.json › china-observer › sources[0].source: unknown source "doc-fr"',
      ],
    ],
    [
      "parent cycle",
      (d) => (d.actors[1].parent = "mps"),
      [
        "actors.json › china › parent: parent chain loops back to this actor",
        "actors.json › mps › parent: parent chain loops back to this actor",
      ],
    ],
    [
      "dates: malformed, impossible, reversed, out of range",
      (d) => {
        d.events[0].date = { start: "2016-06-30", end: "2016-06-01" };
        d.events[1].date = { start: "2000-12" };
        d.relations[0].end = "2016-02-30";
        (d.sources[1] as { date: string }).date = "June 2016";
      },
      [
        "sources.json › doc-zh › date: must be YYYY, YYYY-MM or YYYY-MM-DD",
        "events.json › china-joins-iom › date.end: ends (2016-06-01) before it starts (2016-06-30)",
        'events.json › china-observer › date.start: "2000-12" is outside the dataset\'s range 2001-01-01 – 2018-12-31',
        'relations.json › china-iom-observer › end: "2016-02-30" is not a real date',
      ],
    ],
    [
      "both languages present",
      (d) => {
        d.events[0].title.zh = "  ";
        delete (d.actors[0].name as Partial<Record<"en" | "zh", string>>).en;
      },
      [
        "actors.json › iom › name.en: Invalid input: expected string, received undefined",
        "events.json › china-joins-iom › title.zh: must not be empty",
      ],
    ],
    [
      "quotes: not verbatim, wrong language, missing text",
      (d) => {
        d.events[0].sources[1].quote = "2016年6月30日，中国成为国际移民组织成员国";
        d.events[1].sources[0].lang = "zh";
        d.sources[1].file = "missing.txt";
      },
      [
        'sources.json › doc-zh › file: no text "missing.txt" in data/sources/',
        'events.json › china-observer › sources[0].lang: must be "en", the language of doc-en',
      ],
    ],
    [
      "an actor listed twice in one role, and an actor nothing refers to",
      (d) => {
        d.events[0].actors.push({ id: "china", role: "applicant" });
        d.actors.push({ id: "ilo", name: { en: "ILO", zh: "国际劳工组织" }, type: "un-body" });
      },
      [
        'events.json › china-joins-iom › actors[2]: "china" is listed twice as applicant',
        "actors.json › ilo › (item): is not referenced by any event, relation or actor",
      ],
    ],
    [
      "story steps naming unknown ids, a bad window, an unverifiable caption",
      (d) => {
        const v = d.stories[0].steps[0].view;
        v.themes = ["governance", "sport"];
        v.sel = { type: "actor", id: "nobody" };
        v.also = [
          { type: "event", id: "china-observer" },
          { type: "event", id: "gone-event" },
          { type: "event", id: "china-observer" },
        ];
        v.from = "2016-12";
        v.to = "2016-01-01";
        d.stories[0].steps[0].sources[0].quote = "joined the UN";
      },
      [
        'stories.json › observer-to-member › steps[0].sources[0].quote: not found verbatim in en.txt',
        'stories.json › observer-to-member › steps[0].view.themes[1]: unknown theme "sport"',
        'stories.json › observer-to-member › steps[0].view.sel: unknown actor "nobody"',
        'stories.json › observer-to-member › steps[0].view.also[1]: unknown event "gone-event"',
        'stories.json › observer-to-member › steps[0].view.also[2]: event "china-observer" is picked out twice',
        "stories.json › observer-to-member › steps[0].view.from: must be a full day, YYYY-MM-DD",
        "stories.json › observer-to-member › steps[0].view.to: ends (2016-01-01) before it starts (2016-12)",
      ],
    ],
    [
      "a story taking the id reserved for the user's own deck",
      (d) => (d.stories[0].id = "my-deck"),
      ['stories.json › my-deck › id: "my-deck" is reserved for the user\'s own deck'],
    ],
    [
      "quotes: a paraphrase is caught even across a line break",
      (d) => (d.events[0].sources[0].quote = "On 30 June 2016, China became a member of IOM."),
      ["events.json › china-joins-iom › sources[0].quote: not found verbatim in en.txt"],
    ],
    [
      "an actor's basis: its citations are checked like any other",
      (d) =>
        (d.events[1].actors[1].basis = {
          en: "The ministry is named elsewhere.",
          zh: "公安部在别处提及。",
          sources: [{ source: "doc-en", quote: "the Ministry of Public Security", lang: "zh" }],
        }),
      [
        'events.json › china-observer › actors[1].basis.sources[0].lang: must be "en", the language of doc-en',
        "events.json › china-observer › actors[1].basis.sources[0].quote: not found verbatim in en.txt",
      ],
    ],
  ];
  it.each(cases)("reports %s", (_name, mutate, expected) => {
    expect(report(mutate)).toEqual(expected);
  });

  it("matches quotes across line breaks and spacing differences", () => {
    expect(
      report((d) => (d.events[0].sources[0].quote = "observer status and became a member")),
    ).toEqual([]);
  });

  it("counts quotes as unverified when no texts are supplied", () => {
    const d = miniDataset();
    const raw = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, { [k]: v }]));
    const result = validateDataset(raw, {});
    expect(result.problems).toEqual([]);
    expect(result.unverifiedQuotes).toBe(5);
  });

  it("reports file-level shape problems and missing files", () => {
    const result = validateDataset({ sources: [], actors: { actors: [], extra: 1 } }, {});
    expect(result.problems.map(formatProblem)).toEqual([
      'sources.json › (file) › (item): must be an object with a "sources" array',
      'actors.json › (file) › (item): unexpected top-level key "extra"',
      "themes.json › (file) › (item): file is missing",
      "events.json › (file) › (item): file is missing",
      "relations.json › (file) › (item): file is missing",
    ]);
  });
});

describe("asDataFiles", () => {
  // The dev server checks the curated data it loads this way: a dataset passed as it stands was
  // read as six empty files and the dev server refused to start.
  it("gives the validator a loaded dataset in the shape of its files", () => {
    const d = miniDataset();
    const result = validateDataset(asDataFiles(d), { texts: MINI_TEXTS, range: DEFAULT_RANGE });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.dataset).toEqual(d);
    const broken = miniDataset();
    broken.events[0].actors = [{ id: "nobody", role: "participant" }];
    expect(validateDataset(asDataFiles(broken), { texts: MINI_TEXTS }).problems.length).toBeGreaterThan(0);
  });
});
