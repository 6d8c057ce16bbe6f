/**
 * The user's deck in local storage. A corrupted entry is not silently dropped: it is moved aside
 * under a dated key and reported, and the app starts a fresh deck.
 */
import { emptyDeck, type UserDeck } from "../model/userDeck.ts";

const KEY = "liaison.deck.v1";

/** The deck's checker (and zod with it) loads only when there is a deck to check. */
export async function loadDeck(): Promise<{ deck: UserDeck; problem: string | null }> {
  let text: string | null;
  try {
    text = localStorage.getItem(KEY);
  } catch {
    return { deck: emptyDeck(), problem: "local storage is not available" };
  }
  if (text === null) return { deck: emptyDeck(), problem: null };
  const { parseUserDeck } = await import("../model/parseUserDeck.ts");
  const parsed = parseUserDeck(text);
  if (parsed.ok) return { deck: parsed.deck, problem: null };
  const aside = `${KEY}.corrupt.${new Date().toISOString()}`;
  try {
    localStorage.setItem(aside, text);
    localStorage.removeItem(KEY);
  } catch {
    // keep the original entry if it cannot be moved
  }
  return { deck: emptyDeck(), problem: `${parsed.error} (kept as ${aside})` };
}

export function saveDeck(deck: UserDeck): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(deck));
    return true;
  } catch {
    return false;
  }
}
