/**
 * The user's decks in local storage. A corrupted entry is not silently dropped: it is moved aside
 * under a dated key and reported, and the app starts afresh. A single deck stored before there
 * were several (liaison.deck.v1) becomes the first deck of the shelf.
 */
import { shelfOf, type DeckShelf } from "../model/deckShelf.ts";
import { emptyDeck } from "../model/userDeck.ts";

const KEY = "liaison.decks.v2";
const OLD_KEY = "liaison.deck.v1";

function setAside(key: string, text: string): string {
  const aside = `${key}.corrupt.${new Date().toISOString()}`;
  try {
    localStorage.setItem(aside, text);
    localStorage.removeItem(key);
  } catch {
    // keep the original entry if it cannot be moved
  }
  return aside;
}

/** The decks' checker (and zod with it) loads only when there are decks to check. */
export async function loadDecks(): Promise<{ shelf: DeckShelf; problem: string | null }> {
  let text: string | null;
  let old: string | null;
  try {
    text = localStorage.getItem(KEY);
    old = text === null ? localStorage.getItem(OLD_KEY) : null;
  } catch {
    return { shelf: shelfOf(emptyDeck()), problem: "local storage is not available" };
  }
  if (text === null && old === null) return { shelf: shelfOf(emptyDeck()), problem: null };
  const { parseDeckShelf, parseUserDeck } = await import("../model/parseUserDeck.ts");
  if (text !== null) {
    const parsed = parseDeckShelf(text);
    if (parsed.ok) return { shelf: parsed.shelf, problem: null };
    return { shelf: shelfOf(emptyDeck()), problem: `${parsed.error} (kept as ${setAside(KEY, text)})` };
  }
  const parsed = parseUserDeck(old!);
  if (!parsed.ok)
    return { shelf: shelfOf(emptyDeck()), problem: `${parsed.error} (kept as ${setAside(OLD_KEY, old!)})` };
  const shelf = shelfOf(parsed.deck);
  // The old entry goes only once the shelf holding it is saved.
  if (saveDecks(shelf)) {
    try {
      localStorage.removeItem(OLD_KEY);
    } catch {
      // harmless: the shelf is read first from now on
    }
  }
  return { shelf, problem: null };
}

export function saveDecks(shelf: DeckShelf): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(shelf));
    return true;
  } catch {
    return false;
  }
}
