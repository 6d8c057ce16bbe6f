import path from "node:path";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { actorEvents, actorItemSelector, eventActorTokens } from "../../src/model/actorHighlight.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";

const index = buildDatasetIndex(checkDataDir(path.resolve(import.meta.dirname, "../../data")).dataset);

/** A page of timeline items shaped like vis-timeline's, one per event, carrying their tokens. */
function itemsPage() {
  const { document } = new JSDOM("<div id=tl></div>").window;
  const host = document.getElementById("tl")!;
  for (const e of index.dataset.events) {
    const item = document.createElement("div");
    item.className = "vis-item vis-range";
    item.dataset.event = e.id;
    const label = document.createElement("div");
    label.className = "ev-label";
    const { actors, roots } = eventActorTokens(index, e.id);
    label.setAttribute("data-actors", actors);
    label.setAttribute("data-roots", roots);
    const content = document.createElement("div");
    content.className = "vis-item-content";
    content.append(label);
    item.append(content);
    host.append(item);
  }
  // A cluster and a status band carry no tokens.
  const cluster = document.createElement("div");
  cluster.className = "vis-item agg";
  cluster.append(Object.assign(document.createElement("div"), { className: "cluster-label", textContent: "12" }));
  host.append(cluster);
  return host;
}

const picked = (host: HTMLElement, selector: string) =>
  [...host.querySelectorAll<HTMLElement>(selector)].map((el) => el.dataset.event!).sort();

describe("actorItemSelector", () => {
  const host = itemsPage();
  it("picks out exactly an actor's own events", () => {
    for (const actor of ["iom", "china-mps", "ilo", "state-china"]) {
      const own = [...new Set(index.eventsOfActor.get(actor))].sort();
      expect(own.length).toBeGreaterThan(0);
      expect(picked(host, actorItemSelector(actor, false))).toEqual(own);
    }
  });
  it("with the hierarchy collapsed, picks out the events of every actor a root heads", () => {
    const root = [...index.childrenOf.keys()].find(
      (a) => index.rootOf.get(a) === a && index.childrenOf.get(a)!.length,
    )!;
    const family = [...index.actorsById.keys()].filter((a) => index.rootOf.get(a) === root);
    expect(family.length).toBeGreaterThan(1);
    const events = [...new Set(family.flatMap((a) => index.eventsOfActor.get(a) ?? []))].sort();
    expect(picked(host, actorItemSelector(root, true))).toEqual(events);
    expect(events.length).toBeGreaterThan(new Set(index.eventsOfActor.get(root)).size);
    // The set the timeline keeps out of blocks is the same.
    expect([...actorEvents(index, root, true)].sort()).toEqual(events);
    expect([...actorEvents(index, "iom", false)].sort()).toEqual(picked(host, actorItemSelector("iom", false)));
  });
  it("matches whole tokens only, and an id cannot break out of its string", () => {
    const { document } = new JSDOM('<div class="vis-item"><div class="ev-label" data-actors="iom-china"></div></div>')
      .window;
    expect(document.querySelector(actorItemSelector("iom", false))).toBeNull();
    expect(document.querySelector(actorItemSelector("iom-china", false))).not.toBeNull();
    expect(() => document.querySelector(actorItemSelector('x"] , *, [a="', false))).not.toThrow();
    expect(document.querySelector(actorItemSelector('x"] , *, [a="', false))).toBeNull();
  });
});
