import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBundle, type BundleResult } from "../../src/data/loadBundle.ts";
import { MINI_TEXTS, miniDataset } from "../fixtures/miniDataset.ts";

const RUNS = { numRuns: 1000 };

/** Either a dataset with events, or a non-empty list of well-formed problems. */
function expectWellFormed(result: BundleResult): void {
  if (result.ok) {
    expect(result.dataset.events.length).toBeGreaterThan(0);
    expect(typeof result.unverifiedQuotes).toBe("number");
    return;
  }
  expect(Array.isArray(result.problems)).toBe(true);
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(Object.keys(p).sort()).toEqual(["field", "file", "id", "message"]);
    expect(typeof p.file).toBe("string");
    expect(p.id === null || typeof p.id === "string").toBe(true);
    expect(typeof p.field).toBe("string");
    expect(typeof p.message).toBe("string");
    expect(p.message.length).toBeGreaterThan(0);
  }
}

const validBundle = (): Record<string, unknown> => ({ ...miniDataset(), texts: { ...MINI_TEXTS } });

type Json = unknown;
type Path = Array<string | number>;

/** Every path to a value inside the bundle (the root excluded). */
function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== "object" || value === null) return out;
  const entries: Array<[string | number, Json]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) {
    out.push([...at, k]);
    paths(v, [...at, k], out);
  }
  return out;
}

const fuzzString = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", " ", "2016", "2016-02-30", "2016-13", "1999-01-01", "2030", "2016-06-30", "china", "doc-zh"),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(
    ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  ),
  fc.stringMatching(/^[a-z0-9-]{0,12}$/),
);

const mutation = fc.record({
  at: fc.nat(),
  op: fc.constantFrom("delete", "json", "string", "duplicate"),
  json: fc.jsonValue({ maxDepth: 3 }),
  text: fuzzString,
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Applies one mutation at the path picked by `at` (modulo the number of paths). */
function mutate(root: Record<string, unknown>, m: Mutation): void {
  const all = paths(root);
  if (!all.length) return;
  const path = all[m.at % all.length];
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string | number, Json>)[k], root) as
    | Record<string, Json>
    | Json[];
  const key = path[path.length - 1];
  if (m.op === "delete") {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (m.op === "json") (parent as Record<string | number, Json>)[key] = m.json;
  else if (m.op === "string") (parent as Record<string | number, Json>)[key] = m.text;
  else if (Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(parent[key as number]));
  else (parent as Record<string, Json>)[key] = [parent[key as string], parent[key as string]];
}

describe("parseBundle (property)", () => {
  it("the unmutated bundle is valid", () => {
    expectWellFormed(parseBundle(JSON.stringify(validBundle())));
    expect(parseBundle(JSON.stringify(validBundle())).ok).toBe(true);
  });

  it("never throws on arbitrary text", () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.json(), fc.json().map((j) => j.slice(1)));
    fc.assert(
      fc.property(text, (t) => expectWellFormed(parseBundle(t))),
      RUNS,
    );
  });

  it("never throws on arbitrary JSON values, nor on objects with the bundle's keys", () => {
    const anyJson = fc.jsonValue();
    const keyed = fc.record(
      {
        sources: anyJson,
        actors: anyJson,
        themes: anyJson,
        events: fc.oneof(anyJson, fc.array(anyJson)),
        relations: anyJson,
        stories: anyJson,
        texts: fc.oneof(anyJson, fc.dictionary(fc.string(), fc.string())),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(anyJson, keyed), (value) => expectWellFormed(parseBundle(JSON.stringify(value)))),
      RUNS,
    );
  });

  it("never throws on mutations of a valid bundle, and both outcomes occur", () => {
    const seen = { ok: 0, problems: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 4 }), (mutations) => {
        const bundle = validBundle();
        for (const m of mutations) mutate(bundle, m);
        const result = parseBundle(JSON.stringify(bundle));
        expectWellFormed(result);
        seen[result.ok ? "ok" : "problems"]++;
      }),
      RUNS,
    );
    expect(seen.ok).toBeGreaterThan(0);
    expect(seen.problems).toBeGreaterThan(0);
  });
});
