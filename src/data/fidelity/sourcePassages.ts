/**
 * Where a quote stands in its document, and the "paragraph" around it.
 *
 * The source texts are PDF extractions: the Chinese ones put a blank line after every printed line,
 * and the newsletter's columns are interleaved, so blank lines do not delimit paragraphs. A quote's
 * paragraph is therefore a window of the document's text reaching PARAGRAPH_RADIUS non-whitespace
 * characters before and after the quote (about one printed paragraph of the UN reports: 250 CJK
 * characters; 500 Latin characters, about 90 English words, in the English newsletter).
 */
import { stripWhitespace } from "../checkCitations.ts";
import type { Lang } from "../schema.ts";

export const PARAGRAPH_RADIUS: Record<Lang, number> = { zh: 250, en: 500 };

/** A document's text with, for every non-whitespace character, its offset in the original. */
export interface IndexedText {
  text: string;
  stripped: string;
  /** stripped index → original index */
  offsets: number[];
}

export function indexText(text: string): IndexedText {
  const offsets: number[] = [];
  let stripped = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/\s/u.test(ch)) continue;
    stripped += ch;
    offsets.push(i);
  }
  return { text, stripped, offsets };
}

/** Every paragraph (original text) around an occurrence of the quote; [] when the quote is not in the text. */
export function paragraphsAround(doc: IndexedText, quote: string, lang: Lang): string[] {
  const q = stripWhitespace(quote);
  if (q === "") return [];
  const radius = PARAGRAPH_RADIUS[lang];
  const out: string[] = [];
  for (let at = doc.stripped.indexOf(q); at >= 0; at = doc.stripped.indexOf(q, at + 1)) {
    const from = Math.max(0, at - radius);
    const to = Math.min(doc.stripped.length - 1, at + q.length - 1 + radius);
    out.push(doc.text.slice(doc.offsets[from], doc.offsets[to] + 1));
  }
  return out;
}
