import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidPartialDate } from "../../src/data/partialDate.ts";
import { parseViewState, serializeViewState } from "../../src/model/urlState.ts";
import { KNOWN_IDS } from "../fixtures/knownIds.ts";
import { getDefaultViewState, type ViewState } from "../../src/model/viewState.ts";

const RUNS = { numRuns: 1000 };

const known = KNOWN_IDS;

const KEYS = ["lang", "themes", "actors", "match", "kinds", "q", "from", "to", "sel", "pair", "via"]
  .concat(["planned", "group", "persons", "collapse", "status", "story", "step"])
  .concat(["data"]);

/** The shape every parsed state must have, whatever the URL said. */
function expectSane(state: ViewState, ignored: string[]): void {
  expect(Object.keys(state).sort()).toEqual(Object.keys(getDefaultViewState()).sort());
  expect(["en", "zh"]).toContain(state.lang);
  for (const key of ["themes", "actors", "kinds"] as const) {
    expect(Array.isArray(state[key])).toBe(true);
    expect(new Set(state[key]).size).toBe(state[key].length);
    for (const id of state[key]) expect(known[key].has(id)).toBe(true);
  }
  for (const day of [state.from, state.to]) {
    if (day !== null) expect(/^\d{4}-\d{2}-\d{2}$/.test(day) && isValidPartialDate(day)).toBe(true);
  }
  if (state.from !== null && state.to !== null) expect(state.from <= state.to).toBe(true);
  expect(["any", "all"]).toContain(state.match);
  if (state.pair !== null) {
    expect(state.pair).toHaveLength(2);
    expect(state.pair[0]).not.toBe(state.pair[1]);
    for (const id of state.pair) expect(known.actors.has(id)).toBe(true);
  }
  if (state.via !== null) {
    expect(known.actors.has(state.via)).toBe(true);
    expect(state.pair !== null && !state.pair.includes(state.via)).toBe(true);
  }
  if (state.sel !== null) expect(known[state.sel.type === "event" ? "events" : "actors"].has(state.sel.id)).toBe(true);
  expect(typeof state.q).toBe("string");
  expect(state.q.length).toBeLessThanOrEqual(200);
  expect(["none", "theme", "actor-type"]).toContain(state.group);
  for (const flag of [state.hidePlanned, state.hidePersons, state.collapse, state.showStatus]) {
    expect(typeof flag).toBe("boolean");
  }
  if (state.story === null) expect(state.step).toBe(0);
  else {
    expect(known.stories!.has(state.story)).toBe(true);
    expect(Number.isInteger(state.step) && state.step >= 0 && state.step < known.stories!.get(state.story)!).toBe(true);
  }
  expect(state.reader).toBeNull();
  expect(state.camera).toBeNull();
  expect(ignored.every((s) => typeof s === "string")).toBe(true);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const day = fc.oneof(
  fc
    .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.constantFrom("2016-02-29", "2015-02-29", "2016-02-30", "2016", "2016-06", "9999-12-31", "0000-01-01"),
);
const idList = (ids: string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...ids), fc.constantFrom("", "nope", " iom", "IOM"), fc.string()), {
      maxLength: 120,
    })
    .map((a) => a.join(","));
const huge = fc
  .integer({ min: 150, max: 400 })
  .chain((n) => fc.string({ unit: "grapheme", minLength: n, maxLength: n }));
const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  huge,
  fc.nat().map(String),
  fc.constantFrom("0", "1", "en", "zh", "none", "theme", "actor-type", "event:nope", "actor:", ":", "-1", "1e3"),
);
const valueFor: Record<string, fc.Arbitrary<string>> = {
  lang: fc.constantFrom("en", "zh", "fr", "EN", ""),
  themes: idList([...known.themes]),
  actors: idList([...known.actors]),
  match: fc.constantFrom("all", "any", "ALL", ""),
  pair: fc.oneof(idList([...known.actors]), fc.constantFrom("iom,state-china", "state-china,iom", "iom,iom")),
  via: fc.constantFrom(...known.actors, "nope", ""),
  kinds: idList([...known.kinds]),
  q: fc.oneof(fc.string({ unit: "grapheme" }), huge),
  from: day,
  to: day,
  sel: fc.oneof(
    fc.constantFrom("event:china-joins-iom-2016", "actor:iom", "actor:state-china", "event:iom", "actor:nope"),
    fc.string().map((s) => `event:${s}`),
  ),
  planned: fc.constantFrom("0", "1", "2", "yes"),
  group: fc.constantFrom("none", "theme", "actor-type", "colour"),
  persons: fc.constantFrom("0", "1", "true"),
  collapse: fc.constantFrom("0", "1", ""),
  status: fc.constantFrom("0", "1", "off"),
  story: fc.constantFrom("observer-to-member", "nope", ""),
  step: fc.oneof(fc.integer({ min: -2, max: 5 }).map(String), fc.constantFrom("0001", "99999", "1.5", "2e0")),
  data: fc.string(),
};

const pair = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KEYS).chain((k) => valueFor[k].map((v) => [k, v] as const)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...KEYS), anyValue) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.string(), fc.constantFrom("foo", "", "Lang", "themes[]")), anyValue) },
);

/** encodeURIComponent where it can; lone surrogates (and other raw text) are left as typed. */
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
};

const query = fc
  .tuple(fc.array(pair, { maxLength: 12 }), fc.boolean(), fc.constantFrom("?", ""))
  .map(
    ([pairs, encoded, prefix]) =>
      prefix + pairs.map(([k, v]) => (encoded ? `${encode(k)}=${encode(v)}` : `${k}=${v}`)).join("&"),
  );

/** A window (possibly reversed or impossible) and a story step in front of other pairs, so they often meet. */
const windowed = fc
  .tuple(day, day, fc.option(valueFor.step, { nil: undefined }), query)
  .map(
    ([from, to, step, rest]) =>
      `from=${from}&to=${to}&${step === undefined ? "" : `story=observer-to-member&step=${step}&`}${rest.replace(/^\?/, "")}`,
  );

const search = fc.oneof(
  { weight: 4, arbitrary: query },
  { weight: 2, arbitrary: windowed },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.string({ unit: "binary" }) },
  { weight: 1, arbitrary: fc.integer({ min: 9_990, max: 10_020 }).map((n) => `q=${"x".repeat(n)}&lang=zh`) },
);

/** The 200-character cut of `q` once split an emoji into a lone surrogate; kept as a regression check. */
const splitsSurrogatePair = (q: string) => /[\uD800-\uDBFF]$/.test(q);

describe("parseViewState (property)", () => {
  it("never throws and always returns a state of the default shape with known ids only", () => {
    fc.assert(
      fc.property(search, (s) => {
        const { state, ignored } = parseViewState(s, known);
        expectSane(state, ignored);
      }),
      RUNS,
    );
  });

  it("serializeViewState → parseViewState round-trips every state it produced", () => {
    fc.assert(
      fc.property(search, (s) => {
        const { state } = parseViewState(s, known);
        const q = serializeViewState(state);
        expect(parseViewState(q, known)).toEqual({ state, ignored: [] });
        expect(serializeViewState(parseViewState(q, known).state)).toBe(q);
      }),
      RUNS,
    );
  });

  // Regression: the 200-unit cut must not leave a lone surrogate (encodeURIComponent would throw).
  it("a q cut at 200 characters inside an emoji still serializes", () => {
    const { state } = parseViewState(`q=${encodeURIComponent("a".repeat(199) + "😀")}`, known);
    expect(splitsSurrogatePair(state.q)).toBe(false);
    expect(() => serializeViewState(state)).not.toThrow();
  });
});
