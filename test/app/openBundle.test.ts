import { describe, expect, it } from "vitest";
import { openBundle } from "../../src/app/openBundle.ts";
import { readBundleUnchecked } from "../../src/data/checkBundleOffThread.ts";
import { DATA_FILE_NAMES } from "../../src/data/dataFiles.ts";
import { parseBundle } from "../../src/data/loadBundle.ts";
import { MINI_TEXTS, miniDataset } from "../fixtures/miniDataset.ts";

// Node has no Worker: the verdict comes from the same check on this thread, which is what the
// worker runs (the browser path is covered by the import e2e tests and the benchmark).
const bundle = (over: Record<string, unknown> = {}) => JSON.stringify({ ...miniDataset(), texts: MINI_TEXTS, ...over });

describe("openBundle", () => {
  it("a valid bundle gives the validated dataset, with its index and graph built ahead", async () => {
    const text = bundle();
    const { result, prepared } = await openBundle(text);
    const checked = parseBundle(text);
    expect(result.ok && checked.ok).toBe(true);
    if (!result.ok || !checked.ok) return;
    expect(result.dataset).toEqual(checked.dataset);
    expect(result.texts).toEqual(MINI_TEXTS);
    expect(result.unverifiedQuotes).toBe(checked.unverifiedQuotes);
    expect(prepared?.dataset).toBe(result.dataset);
    expect(prepared?.index.eventsById.size).toBe(result.dataset.events.length);
    expect(prepared?.graphHandle.graph.hasNode("a:iom")).toBe(true);
  });
  it("a bundle that fails validation gives the same problems and nothing prepared", async () => {
    const d = miniDataset();
    d.events[0].actors = [{ id: "nobody", role: "participant" }];
    const text = bundle({ events: d.events });
    const { result, prepared } = await openBundle(text);
    expect(result.ok).toBe(false);
    expect(result).toEqual(parseBundle(text));
    expect(prepared).toBeNull();
  });
  it("text that is not a bundle is refused, whatever the model code makes of it", async () => {
    for (const text of ["", "[1,2]", "{", '{"events": 3}', '{"events": [{"id": 1}]}']) {
      const { result, prepared } = await openBundle(text);
      expect(result.ok, text).toBe(false);
      expect(prepared).toBeNull();
    }
  });
});

describe("readBundleUnchecked", () => {
  it("reads a bundle's lists and texts as they stand, and nothing that is not bundle-shaped", () => {
    expect(readBundleUnchecked(bundle())?.dataset.events).toEqual(miniDataset().events);
    expect(readBundleUnchecked(JSON.stringify({ events: [] }))?.dataset.stories).toEqual([]);
    expect(readBundleUnchecked("nope")).toBeNull();
    expect(readBundleUnchecked("[]")).toBeNull();
    expect(readBundleUnchecked('{"actors": {}}')).toBeNull();
  });
});

describe("the unchecked reader's list of files", () => {
  it("names every data file (it spells out DATA_FILE_NAMES to keep the schema out of the early script)", () => {
    const empty = readBundleUnchecked("{}")!;
    expect(Object.keys(empty.dataset).sort()).toEqual([...DATA_FILE_NAMES].sort());
  });
});
