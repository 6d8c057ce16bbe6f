/**
 * The import path fuzzed end to end in Node: hostile bundles (markup, huge and odd-Unicode strings,
 * reserved and prototype ids, extreme dates, deep nesting) in several file encodings go through
 * the app's own decoder, loader and validator and, when accepted, through everything its views
 * derive from a dataset. No input may throw; every refusal is a located problem.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDeriver } from "../../src/state/derive.ts";
import { decodeText } from "../../src/data/decodeText.ts";
import { parseBundle } from "../../src/data/loadBundle.ts";
import { wholeYearsCovering } from "../../src/data/partialDate.ts";
import { USER_DECK_STORY_ID } from "../../src/data/vocabulary.ts";
import { createActorGraph } from "../../src/model/actorGraphHandle.ts";
import { searchActors } from "../../src/model/actorSearch.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { eventsToCsv } from "../../src/model/exportCsv.ts";
import { graphToGexf } from "../../src/model/exportGexf.ts";
import { computeGraphView } from "../../src/model/graphView.ts";
import { analysePair } from "../../src/model/pairAnalysis.ts";
import { buildOverviewBins } from "../../src/model/overviewBins.ts";
import { buildStatusSpans, buildTimelineGroups } from "../../src/model/timelineItems.ts";
import { planTimeline } from "../../src/model/timelinePlan.ts";
import { getDefaultViewState } from "../../src/model/viewState.ts";
import { encodeAs, fileEncoding, hostileBundleText, hostileChanges } from "../fixtures/hostileBundle.ts";

describe("the import path (property)", () => {
  it("decodes, validates and derives every view's data from 1,000 hostile bundles without throwing", () => {
    const seen = { imported: 0, refused: 0, undecodable: 0 };
    fc.assert(
      fc.property(hostileChanges, fileEncoding, (changes, encoding) => {
        const text = hostileBundleText(changes);
        const decoded = decodeText(encodeAs(text, encoding), "fuzz.json");
        if (!decoded.ok) {
          seen.undecodable++;
          expect(["utf16le", "latin1"]).toContain(encoding);
          expect(decoded.problems[0]).toMatchObject({ file: "fuzz.json", id: null });
          return;
        }
        expect(decoded.text).toBe(text);
        const result = parseBundle(decoded.text);
        if (!result.ok) {
          seen.refused++;
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) expect(p.message.length).toBeGreaterThan(0);
          return;
        }
        seen.imported++;
        const d = result.dataset;
        expect(d.stories.some((s) => s.id === USER_DECK_STORY_ID)).toBe(false);
        const index = buildDatasetIndex(d);
        const handle = createActorGraph(index);
        handle.ensureAll();
        const years = wholeYearsCovering(index.extent);
        const derive = createDeriver(index, years);
        const all = derive(getDefaultViewState());
        for (const lang of ["en", "zh"] as const) {
          for (const grouping of ["none", "theme", "actor-type"] as const) {
            planTimeline(index, all.filtered, all.window, { grouping, lang, maxItems: 120, keep: new Set() });
            buildTimelineGroups(index, grouping, lang);
          }
          buildStatusSpans(index, lang);
          eventsToCsv(index, all.filtered, lang);
          searchActors(index, d.actors[0]?.name[lang] ?? "");
        }
        buildOverviewBins(index, all.filtered, [years.firstYear, years.lastYear]);
        if (d.actors.length > 1) analysePair(index, d.actors[0].id, d.actors[1].id, { collapse: true });
        const view = computeGraphView(index, all.inWindow, { hidePersons: false, collapse: true });
        graphToGexf(index, handle.graph, view, "fuzz");
        expect(all.filtered.length).toBe(d.events.length);
      }),
      { numRuns: 1000, seed: 20261201 },
    );
    expect(seen.imported).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
    expect(seen.undecodable).toBeGreaterThan(50);
  });
});
