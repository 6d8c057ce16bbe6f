/**
 * The briefer's decks: several named decks, one of them open in the editor. Pure functions over an
 * immutable shelf; the shelf always holds at least one deck (deleting the last leaves a fresh one).
 */
import { emptyDeck, type UserDeck } from "./userDeck.ts";

export interface DeckShelf {
  format: "liaison-decks";
  version: 2;
  /** The id of the deck open in the editor */
  current: string;
  decks: Array<{ id: string; deck: UserDeck }>;
}

/** One deck on a shelf of its own: a fresh start, or a deck stored before there were several. */
export function shelfOf(deck: UserDeck): DeckShelf {
  return { format: "liaison-decks", version: 2, current: "d1", decks: [{ id: "d1", deck }] };
}

export function currentDeck(shelf: DeckShelf): UserDeck {
  return (shelf.decks.find((d) => d.id === shelf.current) ?? shelf.decks[0]).deck;
}

function nextId(shelf: DeckShelf): string {
  const n = Math.max(0, ...shelf.decks.map((d) => Number(/^d(\d+)$/.exec(d.id)?.[1] ?? 0)));
  return `d${n + 1}`;
}

/** The open deck's new content (slides edited, renamed, replaced by an import). */
export function replaceCurrent(shelf: DeckShelf, deck: UserDeck): DeckShelf {
  const id = shelf.decks.some((d) => d.id === shelf.current) ? shelf.current : shelf.decks[0].id;
  return { ...shelf, current: id, decks: shelf.decks.map((d) => (d.id === id ? { id, deck } : d)) };
}

/** A deck added after the others and opened. */
export function addDeck(shelf: DeckShelf, deck: UserDeck): DeckShelf {
  const id = nextId(shelf);
  return { ...shelf, current: id, decks: [...shelf.decks, { id, deck }] };
}

export function switchDeck(shelf: DeckShelf, id: string): DeckShelf {
  return shelf.decks.some((d) => d.id === id) ? { ...shelf, current: id } : shelf;
}

/** A copy of the open deck under a new title, placed after it and opened. */
export function duplicateCurrent(shelf: DeckShelf, title: string): DeckShelf {
  const id = nextId(shelf);
  const at = Math.max(
    0,
    shelf.decks.findIndex((d) => d.id === shelf.current),
  );
  const copy = { id, deck: { ...structuredClone(currentDeck(shelf)), title } };
  const decks = [...shelf.decks];
  decks.splice(at + 1, 0, copy);
  return { ...shelf, current: id, decks };
}

/** The open deck removed; its neighbour opens (a fresh deck if it was the last). */
export function deleteCurrent(shelf: DeckShelf, freshTitle: string): DeckShelf {
  const at = shelf.decks.findIndex((d) => d.id === shelf.current);
  const decks = shelf.decks.filter((d) => d.id !== shelf.current);
  if (!decks.length) return shelfOf(emptyDeck(freshTitle));
  return { ...shelf, current: decks[Math.min(Math.max(at, 0), decks.length - 1)].id, decks };
}

/** A title no other deck has: "Briefing", then "Briefing (2)", "Briefing (3)"… (full-width brackets in Chinese). */
export function uniqueTitle(shelf: DeckShelf, title: string, zh: boolean): string {
  const taken = new Set(shelf.decks.map((d) => d.deck.title));
  if (!taken.has(title)) return title;
  for (let n = 2; ; n++) {
    const candidate = zh ? `${title}（${n}）` : `${title} (${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}
