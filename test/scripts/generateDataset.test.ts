import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDataset, seededRandom } from "../../scripts/bench/generateDataset.ts";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { asDataFiles, validateDataset } from "../../src/data/validateDataset.ts";

const real = checkDataDir(path.resolve(import.meta.dirname, "../../data")).dataset;

describe("generateDataset", () => {
  it("is reproducible from its seed", () => {
    expect(generateDataset(real, 2, 7)).toEqual(generateDataset(real, 2, 7));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });
  it("scales the real shape and passes the validator (quotes unverified)", () => {
    const d = generateDataset(real, 10, 1);
    expect(d.events).toHaveLength(real.events.length * 10);
    expect(d.actors).toHaveLength(real.actors.length * 10);
    const result = validateDataset(asDataFiles(d), {});
    expect(result.problems).toEqual([]);
    const years = (ds: typeof d) => {
      const m = new Map<string, number>();
      for (const e of ds.events) m.set(e.date.start.slice(0, 4), (m.get(e.date.start.slice(0, 4)) ?? 0) + 1);
      return m;
    };
    // The busiest year of the real data is the busiest (or near it) in the synthetic one.
    const realTop = [...years(real)].sort((a, b) => b[1] - a[1])[0][0];
    const synth = years(d);
    expect(synth.get(realTop)! / d.events.length).toBeGreaterThan(0.15);
  });
});
