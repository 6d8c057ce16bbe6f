import { describe, expect, it } from "vitest";
import { stepViewOf, viewForStep, type PlayableStory } from "../../src/model/storyView.ts";
import { getDefaultViewState } from "../../src/model/viewState.ts";
import { buildDatasetIndex } from "../../src/model/datasetIndex.ts";
import { deckToStory, emptyDeck } from "../../src/model/userDeck.ts";
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
});
