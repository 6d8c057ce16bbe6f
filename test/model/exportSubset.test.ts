import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { datasetSubset, toBundle } from "../../src/model/exportSubset.ts";
import { validateDataset } from "../../src/data/validateDataset.ts";
import { MINI_TEXTS, miniDataset } from "../fixtures/miniDataset.ts";

describe("datasetSubset", () => {
  it("keeps the events, their actors with ancestors, and relations among them — and stays valid", () => {
    const index = buildDatasetIndex(miniDataset());
    const sub = datasetSubset(index, ["china-observer"]);
    expect(sub.events.map((e) => e.id)).toEqual(["china-observer"]);
    expect(sub.actors.map((a) => a.id).sort()).toEqual(["china", "mps"]);
    expect(sub.relations).toEqual([]);
    const bundle = JSON.parse(toBundle(sub)) as Record<string, unknown>;
    const raw = Object.fromEntries(
      ["sources", "actors", "themes", "events", "relations", "stories"].map((k) => [k, { [k]: bundle[k] }]),
    );
    expect(validateDataset(raw, { texts: MINI_TEXTS }).problems).toEqual([]);
  });
});

describe("bundle round trip", () => {
  it("a dataset exported as a bundle re-imports identically", async () => {
    const { parseBundle } = await import("../../src/data/loadBundle.ts");
    const d = miniDataset();
    const result = parseBundle(toBundle(d, MINI_TEXTS));
    expect(result).toMatchObject({ ok: true, unverifiedQuotes: 0, texts: MINI_TEXTS });
    if (result.ok) {
      expect(result.dataset).toEqual(d);
      expect(toBundle(result.dataset, result.texts!)).toBe(toBundle(d, MINI_TEXTS));
    }
  });
});
