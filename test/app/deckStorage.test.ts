// @vitest-environment jsdom
/** The decks in local storage: a single deck stored before there were several is migrated, a broken entry set aside. */
import { beforeEach, describe, expect, it } from "vitest";
import { loadDecks, saveDecks } from "../../src/app/deckStorage.ts";
import { addDeck, currentDeck, shelfOf } from "../../src/model/deckShelf.ts";
import { emptyDeck } from "../../src/model/userDeck.ts";

const oldDeck = {
  format: "liaison-deck",
  version: 1,
  title: "Old briefing",
  slides: [{ title: "One", view: { sel: { type: "event", id: "china-joins-iom-2016" } } }],
};

describe("deck storage", () => {
  beforeEach(() => localStorage.clear());

  it("starts with one empty deck", async () => {
    const { shelf, problem } = await loadDecks();
    expect(problem).toBeNull();
    expect(shelf.decks).toHaveLength(1);
    expect(currentDeck(shelf).slides).toEqual([]);
  });

  it("migrates the single stored deck (v1) to the first deck of the shelf, once", async () => {
    localStorage.setItem("liaison.deck.v1", JSON.stringify(oldDeck));
    const { shelf, problem } = await loadDecks();
    expect(problem).toBeNull();
    expect(shelf.decks).toHaveLength(1);
    expect(currentDeck(shelf)).toEqual(oldDeck);
    expect(localStorage.getItem("liaison.deck.v1")).toBeNull();
    expect(JSON.parse(localStorage.getItem("liaison.decks.v2")!)).toEqual(shelf);
    expect((await loadDecks()).shelf).toEqual(shelf);
  });

  it("keeps several decks and which one is open", async () => {
    const shelf = addDeck(shelfOf(emptyDeck("A")), emptyDeck("B"));
    expect(saveDecks(shelf)).toBe(true);
    expect((await loadDecks()).shelf).toEqual(shelf);
  });

  it("sets a broken entry aside under a dated key and reports it", async () => {
    localStorage.setItem("liaison.decks.v2", '{"format":"liaison-decks"');
    const { shelf, problem } = await loadDecks();
    expect(problem).toMatch(/kept as liaison\.decks\.v2\.corrupt\./);
    expect(currentDeck(shelf).slides).toEqual([]);
    const aside = Object.keys(localStorage).filter((k) => k.startsWith("liaison.decks.v2.corrupt."));
    expect(aside).toHaveLength(1);
    expect(localStorage.getItem(aside[0])).toBe('{"format":"liaison-decks"');
  });
});
