// @vitest-environment jsdom
/**
 * The network's list of nodes in view: actors by activity, then events, at most 150 rows with a
 * count of the rest, narrowed by its search box; choosing a row selects it.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { createDeriver } from "../../src/state/derive.ts";
import { createStore } from "../../src/state/store.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { memoGraphView } from "../../src/model/graphView.ts";
import { getDefaultViewState } from "../../src/model/viewState.ts";
import { mountNodeList } from "../../src/views/nodeListView.ts";

const real = checkDataDir(path.resolve(import.meta.dirname, "../../data")).dataset;

function mounted() {
  const index = buildDatasetIndex(real);
  const window = { start: Date.UTC(2001, 0, 1), end: Date.UTC(2019, 0, 1) };
  const derive = createDeriver(index, window);
  const store = createStore(getDefaultViewState());
  const container = document.createElement("div");
  mountNodeList(container, { store, index, derive });
  const details = container.querySelector("details")!;
  details.open = true;
  details.dispatchEvent(new Event("toggle"));
  const rows = () => [...container.querySelectorAll("li")].map((li) => li.textContent ?? "");
  const search = (q: string) => {
    const input = container.querySelector<HTMLInputElement>("input.node-filter")!;
    input.value = q;
    input.dispatchEvent(new Event("input"));
  };
  const view = memoGraphView(index)(derive(store.get()).inWindow, { hidePersons: false, collapse: false });
  return { store, index, derive, container, rows, search, view };
}

describe("mountNodeList", () => {
  it("lists actors by activity, then events, in 150 rows and a count of the rest", () => {
    const { rows, view, derive, store } = mounted();
    const total = view.actorCounts.size + derive(store.get()).inWindow.length;
    expect(total).toBeGreaterThan(150);
    const listed = rows();
    expect(listed).toHaveLength(151);
    expect(listed[150]).toBe(`+${total - 150}`);
    // The busiest actor first, with its type and count.
    const [busiest, count] = [...view.actorCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const actor = real.actors.find((a) => `a:${a.id}` === busiest)!;
    expect(listed[0].startsWith(`${actor.name.en} · `)).toBe(true);
    expect(listed[0].endsWith(` · ${count}`)).toBe(true);
  });

  it("follows the window: in a short one, its actors and then all its events", () => {
    const { rows, store, derive, index } = mounted();
    store.set({ from: "2016-01-01", to: "2016-12-31" });
    const view = memoGraphView(index)(derive(store.get()).inWindow, { hidePersons: false, collapse: false });
    const events = derive(store.get()).inWindow;
    const listed = rows();
    expect(listed).toHaveLength(view.actorCounts.size + events.length);
    // The events, after the actors, each with its date and English title, in the window's order.
    const titles = listed.slice(view.actorCounts.size).map((row) => row.split(" · ").slice(1).join(" · "));
    expect(titles).toEqual(events.map((id) => index.eventsById.get(id)!.title.en));
  });

  it("narrows to what its search matches, events after actors, and selects a row when chosen", () => {
    const { rows, search, container, store } = mounted();
    search("nanjing");
    const listed = rows();
    expect(listed.length).toBeGreaterThan(1);
    expect(listed.length).toBeLessThan(150);
    expect(listed.at(-1)).not.toMatch(/^\+/);
    for (const row of listed) expect(row.toLowerCase()).toContain("nanjing");
    container.querySelector<HTMLButtonElement>("li button")!.click();
    expect(store.get().sel?.type).toBe("actor");
  });
});
