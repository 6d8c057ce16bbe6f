import { describe, expect, it } from "vitest";
import { focusLabelsOf, focusOf } from "../../src/model/networkFocus.ts";
import { createVisibleSubgraph } from "../../src/model/visibleSubgraph.ts";

/** a:china – e:meeting – a:iom, a:iom – a:un, and a:eu alone; a:ghost is not drawn. */
function shown() {
  const g = createVisibleSubgraph();
  for (const n of ["a:china", "e:meeting", "a:iom", "a:un", "a:eu"]) g.addNode(n, {} as never);
  g.addEdge("a:china", "e:meeting", {} as never);
  g.addEdge("e:meeting", "a:iom", {} as never);
  g.addEdge("a:iom", "a:un", {} as never);
  return g;
}
const none = { centre: null, hovered: false, also: [], pair: null };

describe("focusOf", () => {
  it("is the centre and its neighbours as drawn", () => {
    expect([...focusOf(shown(), { ...none, centre: "e:meeting" })!].sort()).toEqual(["a:china", "a:iom", "e:meeting"]);
  });

  it("adds the other picks' neighbourhoods to a selection, not to a hover", () => {
    const picked = { ...none, centre: "a:china", also: ["a:un", "a:ghost"] };
    expect([...focusOf(shown(), picked)!].sort()).toEqual(["a:china", "a:iom", "a:un", "e:meeting"]);
    expect([...focusOf(shown(), { ...picked, hovered: true })!].sort()).toEqual(["a:china", "e:meeting"]);
  });

  it("is nothing for a centre that is not drawn, and the pair's drawn nodes without a centre", () => {
    expect(focusOf(shown(), { ...none, centre: "a:ghost" })).toBeNull();
    expect(focusOf(shown(), none)).toBeNull();
    expect(focusOf(shown(), { ...none, pair: new Set(["a:ghost"]) })).toBeNull();
    expect([...focusOf(shown(), { ...none, pair: new Set(["a:eu", "a:ghost"]) })!]).toEqual(["a:eu"]);
  });
});

describe("focusLabelsOf", () => {
  it("labels the focus's six most active actors, the centre and events aside", () => {
    const counts = new Map([
      ["a:centre", 99],
      ...Array.from({ length: 8 }, (_, i) => [`a:${i}`, i] as [string, number]),
    ]);
    const focus = new Set(["a:centre", "e:x", ...counts.keys()]);
    expect([...focusLabelsOf(focus, "a:centre", counts)].sort()).toEqual(["a:2", "a:3", "a:4", "a:5", "a:6", "a:7"]);
    expect(focusLabelsOf(null, null, counts).size).toBe(0);
  });
});
