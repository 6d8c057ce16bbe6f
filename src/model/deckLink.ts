/**
 * A deck carried in a link (`?story=my-deck&step=3&deck=…`), so that a slide of one's own deck
 * opens for anyone: the deck's JSON, deflated (CompressionStream "deflate-raw") and written as
 * base64url. Decoding never throws: a damaged parameter gives null.
 */
import type { UserDeck } from "./userDeck.ts";

export const DECK_PARAM = "deck";
/** Past this the link is too long to share safely (browsers and chat tools cut long URLs). */
export const MAX_DECK_PARAM = 60_000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The deck as a link parameter, or null if it would make the link too long. */
export async function encodeDeck(deck: UserDeck): Promise<string | null> {
  const bytes = new TextEncoder().encode(JSON.stringify(deck));
  const param = toBase64Url(await pipe(bytes, new CompressionStream("deflate-raw")));
  return param.length <= MAX_DECK_PARAM ? param : null;
}

/** The deck's JSON text from a link parameter, or null if it is not one. */
export async function decodeDeck(param: string): Promise<string | null> {
  if (param.length > MAX_DECK_PARAM) return null;
  const bytes = fromBase64Url(param);
  if (!bytes) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(await pipe(bytes, new DecompressionStream("deflate-raw")));
  } catch {
    return null;
  }
}
