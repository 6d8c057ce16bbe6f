import { describe, expect, it } from "vitest";
import { stepViewOf, viewForStep, windowHolding, type PlayableStory } from "../../src/model/storyView.ts";
import { getDefaultViewState } from "../../src/model/viewState.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { deckTitleIn, deckToStory, emptyDeck } from "../../src/model/userDeck.ts";
import { parseUserDeck } from "../../src/model/parseUserDeck.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

const story: PlayableStory = miniDataset().stories[0];

describe("viewForStep", () => {
  it("replaces filters, window and selection with the step's, keeping the language", () => {
    const current = { ...getDefaultViewState(), lang: "zh" as const, q: "old", actors: ["iom"] };
    expect(viewForStep(story, 0, current)).toEqual({
      ...getDefaultViewState(),
      lang: "zh",
      themes: ["governance"],
      from: "2001-01-01",
      to: "2016-12-31",
      sel: { type: "event", id: "china-joins-iom" },
      story: "observer-to-member",
      step: 0,
    });
  });
  it("leaves the story when it has no steps (an emptied deck), keeping the current view", () => {
    const current = { ...getDefaultViewState(), q: "kept", story: "my-deck", step: 2 };
    const empty = deckToStory(emptyDeck(), buildDatasetIndex(miniDataset()));
    expect(viewForStep(empty, 2, current)).toEqual({ ...current, story: null, step: 0 });
  });
  it("clamps the step", () => {
    expect(viewForStep(story, 7, getDefaultViewState()).step).toBe(0);
  });
  it("round-trips the current view into a step view", () => {
    const s = viewForStep(story, 0, getDefaultViewState());
    const v = stepViewOf(s, { x: 0.5, y: 0.5, ratio: 0.8 });
    expect(viewForStep({ ...story, steps: [{ ...story.steps[0], view: v }] }, 0, s)).toEqual({
      ...s,
      camera: { x: 0.5, y: 0.5, ratio: 0.8 },
    });
  });
});

describe("user deck", () => {
  it("parses a valid deck and rejects broken ones with a reason", () => {
    const deck = {
      ...emptyDeck("Briefing"),
      slides: [{ title: "One", view: { sel: { type: "event", id: "china-joins-iom" } } }],
    };
    expect(parseUserDeck(JSON.stringify(deck))).toEqual({ ok: true, deck });
    expect(parseUserDeck("{")).toEqual({ ok: false, error: "not valid JSON" });
    expect(parseUserDeck(JSON.stringify({ ...deck, version: 2 }))).toMatchObject({
      ok: false,
      error: expect.stringContaining("version"),
    });
    expect(parseUserDeck(JSON.stringify({ ...deck, slides: [{ title: "", view: {} }] }))).toMatchObject({ ok: false });
  });
  it("plays as a story whose captions cite the selected event, dropping ids that no longer exist", () => {
    const index = buildDatasetIndex(miniDataset());
    const deck = {
      ...emptyDeck(),
      slides: [
        { title: "Join", view: { sel: { type: "event" as const, id: "china-joins-iom" } } },
        { title: "Gone", view: { sel: { type: "actor" as const, id: "removed-actor" } } },
      ],
    };
    const s = deckToStory(deck, index);
    expect(s.steps[0].sources).toHaveLength(2);
    expect(s.steps[1].view.sel).toBeNull();
  });
  it("keeps the first deck's default title in the language it is read in, until the user names it", () => {
    const index = buildDatasetIndex(miniDataset());
    expect(emptyDeck().title).toBe("My briefing");
    expect(deckToStory(emptyDeck(), index).title).toEqual({ en: "My briefing", zh: "我的简报" });
    expect(deckToStory(emptyDeck("我的简报"), index).title).toEqual({ en: "My briefing", zh: "我的简报" });
    expect(deckTitleIn("我的简报", "en")).toBe("My briefing");
    expect(deckTitleIn("My briefing", "zh")).toBe("我的简报");
    expect(deckToStory(emptyDeck("Trafficking 2016"), index).title).toEqual({
      en: "Trafficking 2016",
      zh: "Trafficking 2016",
    });
  });
  it("loads an old single-selection deck as it is, and plays several picks as focal", () => {
    const index = buildDatasetIndex(miniDataset());
    // A deck stored before steps could pick out several: one selection, no `also`.
    const old = JSON.stringify({
      format: "liaison-deck",
      version: 1,
      title: "Old",
      slides: [{ title: "One", view: { from: "2016-01-01", sel: { type: "event", id: "china-joins-iom" } } }],
    });
    const parsed = parseUserDeck(old);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const story = deckToStory(parsed.deck, index);
    expect(viewForStep(story, 0, getDefaultViewState())).toMatchObject({
      sel: { type: "event", id: "china-joins-iom" },
      also: [],
    });
    const several = {
      ...parsed.deck,
      slides: [
        {
          title: "Three",
          view: {
            sel: { type: "event" as const, id: "china-joins-iom" },
            also: [
              { type: "event" as const, id: "china-observer" },
              { type: "actor" as const, id: "removed-actor" },
              { type: "actor" as const, id: "mps" },
            ],
          },
        },
      ],
    };
    expect(parseUserDeck(JSON.stringify(several))).toEqual({ ok: true, deck: several });
    const step = deckToStory(several, index).steps[0];
    // The actor no longer in the data drops out; each event cites its first source.
    expect(step.view.also).toEqual([
      { type: "event", id: "china-observer" },
      { type: "actor", id: "mps" },
    ]);
    expect(step.sources).toHaveLength(2);
    const v = viewForStep(deckToStory(several, index), 0, getDefaultViewState());
    expect(v.also).toEqual(step.view.also);
    expect(stepViewOf(v, undefined)).toEqual(step.view);
    // A deck whose picks are all gone has no selection.
    const gone = { ...several, slides: [{ title: "Gone", view: { also: [{ type: "actor" as const, id: "x" }] } }] };
    expect(deckToStory(gone, index).steps[0].view).toEqual({ sel: null });
  });
  it("refuses a pick of another kind than event or actor", () => {
    const bad = { ...emptyDeck(), slides: [{ title: "A", view: { also: [{ type: "relation", id: "r" }] } }] };
    expect(parseUserDeck(JSON.stringify(bad))).toMatchObject({ ok: false, error: expect.stringContaining("also") });
  });
});

describe("windowHolding", () => {
  const ms = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  it("widens a slide's window to hold an added event, and leaves one that holds it alone", () => {
    const v = { from: "2016-10-01", to: "2016-10-31" };
    expect(windowHolding(v, [{ start: ms("2016-10-10"), end: ms("2016-10-12") }])).toBe(v);
    const wider = windowHolding(v, [{ start: ms("2016-11-15"), end: ms("2016-11-17") }]);
    expect(wider.from).toBe("2016-10-01");
    expect(ms(wider.to!)).toBeGreaterThanOrEqual(ms("2016-11-16"));
    expect(windowHolding({}, [{ start: 0, end: 1 }])).toEqual({});
  });
});
