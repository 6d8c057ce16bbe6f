import { describe, expect, it } from "vitest";
import {
  addDeck,
  currentDeck,
  deleteCurrent,
  duplicateCurrent,
  replaceCurrent,
  shelfOf,
  switchDeck,
  uniqueTitle,
} from "../../src/model/deckShelf.ts";
import { parseDeckShelf } from "../../src/model/parseUserDeck.ts";
import { emptyDeck, type UserDeck } from "../../src/model/userDeck.ts";

const deck = (title: string, n = 0): UserDeck => ({
  ...emptyDeck(title),
  slides: Array.from({ length: n }, (_, i) => ({ title: `${title} ${i + 1}`, view: { from: "2016-01-01" } })),
});

describe("the deck shelf", () => {
  it("adds, switches, renames and replaces the open deck only", () => {
    let shelf = shelfOf(deck("A", 2));
    shelf = addDeck(shelf, deck("B", 1));
    expect(shelf.current).toBe("d2");
    expect(currentDeck(shelf).title).toBe("B");
    shelf = switchDeck(shelf, "d1");
    expect(currentDeck(shelf).title).toBe("A");
    expect(switchDeck(shelf, "d9")).toBe(shelf);
    shelf = replaceCurrent(shelf, { ...currentDeck(shelf), title: "A renamed" });
    expect(shelf.decks.map((d) => d.deck.title)).toEqual(["A renamed", "B"]);
  });

  it("duplicates the open deck after it, as a separate copy", () => {
    let shelf = addDeck(shelfOf(deck("A", 2)), deck("B"));
    shelf = duplicateCurrent(switchDeck(shelf, "d1"), "A (copy)");
    expect(shelf.decks.map((d) => [d.id, d.deck.title])).toEqual([
      ["d1", "A"],
      ["d3", "A (copy)"],
      ["d2", "B"],
    ]);
    expect(currentDeck(shelf).slides).toHaveLength(2);
    currentDeck(shelf).slides[0].title = "changed";
    expect(shelf.decks[0].deck.slides[0].title).toBe("A 1");
  });

  it("deleting opens the neighbour; deleting the last leaves a fresh empty deck", () => {
    let shelf = addDeck(addDeck(shelfOf(deck("A")), deck("B")), deck("C"));
    shelf = deleteCurrent(switchDeck(shelf, "d2"), "Briefing");
    expect(shelf.decks.map((d) => d.deck.title)).toEqual(["A", "C"]);
    expect(currentDeck(shelf).title).toBe("C");
    shelf = deleteCurrent(shelf, "Briefing");
    expect(currentDeck(shelf).title).toBe("A");
    shelf = deleteCurrent(shelf, "简报");
    expect(shelf.decks).toHaveLength(1);
    expect(currentDeck(shelf)).toEqual(emptyDeck("简报"));
  });

  it("ids stay unique after deletions; titles are made unique in the language's brackets", () => {
    let shelf = addDeck(addDeck(shelfOf(deck("A")), deck("B")), deck("C"));
    shelf = deleteCurrent(switchDeck(shelf, "d2"), "x");
    shelf = addDeck(shelf, deck("D"));
    expect(new Set(shelf.decks.map((d) => d.id)).size).toBe(shelf.decks.length);
    expect(uniqueTitle(shelf, "A", false)).toBe("A (2)");
    expect(uniqueTitle(addDeck(shelf, deck("A (2)")), "A", false)).toBe("A (3)");
    expect(uniqueTitle(shelf, "A", true)).toBe("A（2）");
    expect(uniqueTitle(shelf, "Z", false)).toBe("Z");
  });

  it("round-trips through its checker, which refuses a shelf whose open deck is missing", () => {
    const shelf = addDeck(shelfOf(deck("A", 1)), deck("B"));
    const parsed = parseDeckShelf(JSON.stringify(shelf));
    expect(parsed).toEqual({ ok: true, shelf });
    expect(parseDeckShelf(JSON.stringify({ ...shelf, current: "d7" })).ok).toBe(false);
    expect(parseDeckShelf(JSON.stringify({ ...shelf, decks: [] })).ok).toBe(false);
    expect(parseDeckShelf("{").ok).toBe(false);
  });
});
