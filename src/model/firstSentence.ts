/** The first sentence of a summary, for a one-line account in a table (the rest stays in the data). */
import type { Lang } from "../data/schema.ts";

export function firstSentence(text: string, lang: Lang): string {
  const t = text.trim();
  // Chinese ends a sentence with 。！？; English with . ! ? followed by a space and a capital or digit
  // (not "U.S. policy", not "c. 2001").
  const m = lang === "zh" ? /^.*?[。！？]/su.exec(t) : /^.*?[a-z0-9)”’'"][.!?](?=\s+[A-Z0-9“‘"'(])/su.exec(t);
  return m ? m[0] : t;
}
