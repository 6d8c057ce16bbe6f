import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { floorData } from "../../scripts/bench/floorData.ts";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { startMs } from "../../src/data/partialDate.ts";

const dir = path.resolve(import.meta.dirname, "../../data");
const real = checkDataDir(dir).dataset;
const { positions } = JSON.parse(fs.readFileSync(path.join(dir, "layout.json"), "utf8")) as {
  positions: Record<string, [number, number]>;
};
const opts = { from: "2010-01-01", to: "2012-12-31", theme: "trafficking", actor: "gfmd" };

describe("floorData (what the library floor page draws)", () => {
  const f = floorData(real, positions, opts);

  it("holds every event as an item, and takes out the ones without the theme on a toggle", () => {
    expect(f.items).toHaveLength(real.events.length);
    const themed = real.events.filter((e) => e.themes.includes("trafficking"));
    expect(themed.length).toBeGreaterThan(0);
    expect(f.toggledItems).toHaveLength(real.events.length - themed.length);
    expect(f.toggledItems).not.toContain(themed[0].id);
  });

  it("gives spans their end and points none", () => {
    const span = real.events.find((e) => e.date.end && e.date.end.slice(0, 4) > e.date.start.slice(0, 4))!;
    const point = real.events.find((e) => !e.date.end && e.date.start.length === 10)!;
    expect(f.items.find((x) => x.id === span.id)!.end).toBeGreaterThan(startMs(span.date.start));
    expect(f.items.find((x) => x.id === point.id)!.end).toBeUndefined();
  });

  it("draws the window's network at the shipped positions, edges only between its nodes", () => {
    const keys = new Set(f.nodes.map((n) => n.key));
    expect(keys.size).toBeGreaterThan(20);
    // Events of the window are in; one from 2001 is not.
    const early = real.events.find((e) => e.date.start.startsWith("2001"))!;
    expect(keys.has(`e:${early.id}`)).toBe(false);
    for (const n of f.nodes) expect([n.x, n.y]).toEqual(positions[n.key]);
    for (const [s, t] of f.edges) expect(keys.has(s) && keys.has(t)).toBe(true);
    // Switched on, the benchmark's theme takes out of the network exactly the window's events without it.
    const toggled = new Set(f.toggledNodes);
    for (const n of toggled) expect(keys.has(n)).toBe(true);
    const inWindow = real.events.filter((e) => keys.has(`e:${e.id}`));
    expect(inWindow.some((e) => !e.themes.includes("trafficking"))).toBe(true);
    for (const e of inWindow) expect(toggled.has(`e:${e.id}`)).toBe(!e.themes.includes("trafficking"));
  });

  it("keeps a theme's own events and actors in the network when it has some in the window", () => {
    const labour = floorData(real, positions, { ...opts, theme: "labour-mobility" });
    const gone = new Set(labour.toggledNodes);
    const kept = real.events.find(
      (e) => e.themes.includes("labour-mobility") && e.date.start >= "2011" && e.date.start < "2012",
    )!;
    expect(gone.has(`e:${kept.id}`)).toBe(false);
    expect(gone.has(`a:${kept.actors[0].id}`)).toBe(false);
    expect(gone.size).toBeGreaterThan(0);
  });

  it("selects the actor's events and its neighbourhood", () => {
    const own = real.events.filter((e) => e.actors.some((a) => a.id === "gfmd")).map((e) => e.id);
    expect(f.selectedItems).toEqual(own);
    expect(f.selectedNodes[0]).toBe("a:gfmd");
    const linked = new Set(f.edges.filter(([s, t]) => s === "a:gfmd" || t === "a:gfmd").flat());
    expect(new Set(f.selectedNodes)).toEqual(linked);
  });
});
