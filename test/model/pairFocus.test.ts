import { describe, expect, it } from "vitest";
import { actorNode, eventNode } from "../../src/model/buildActorGraph.ts";
import { pairAnalysisFor, pairHighlightEvents } from "../../src/model/pairAnalysis.ts";
import { pairFocusFor } from "../../src/model/pairFocus.ts";
import { realIndex } from "../fixtures/realIndex.ts";

describe("pairFocusFor", () => {
  it("is null without a pair", () => {
    expect(pairFocusFor(realIndex, { pair: null, via: null, collapse: false })).toBeNull();
  });

  it("centres the two and focuses their shared events and the bodies taking part", () => {
    const focus = pairFocusFor(realIndex, { pair: ["state-china", "iom"], via: null, collapse: false })!;
    const shared = pairHighlightEvents(realIndex, pairAnalysisFor(realIndex, ["state-china", "iom"], {}), null);
    expect(shared.length).toBeGreaterThan(0);
    expect(focus.events).toEqual(shared);
    expect([...focus.centres]).toEqual([actorNode("state-china"), actorNode("iom")]);
    for (const id of shared) expect(focus.focus.has(eventNode(id))).toBe(true);
    // Every actor node in focus is one of the two, or one of their bodies in a shared event.
    const p = pairAnalysisFor(realIndex, ["state-china", "iom"], {});
    const family = new Set([...p.familyA, ...p.familyB].map(actorNode));
    for (const n of focus.focus) if (!n.startsWith(eventNode(""))) expect(family.has(n), n).toBe(true);
  });

  it("draws the bodies as their top parent when the hierarchy is collapsed", () => {
    const focus = pairFocusFor(realIndex, { pair: ["state-china", "iom"], via: null, collapse: true })!;
    for (const n of focus.focus) {
      if (n.startsWith(eventNode(""))) continue;
      const id = n.slice(actorNode("").length);
      expect(realIndex.rootOf.get(id), n).toBe(id);
    }
  });
});
