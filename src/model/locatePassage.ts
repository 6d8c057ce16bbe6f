/**
 * Finds a quote in a document the way the validator compares them (all whitespace removed)
 * and maps the match back to offsets in the original text, for highlighting.
 */
export function locatePassage(text: string, quote: string): { start: number; end: number } | null {
  const positions: number[] = [];
  let stripped = "";
  for (let i = 0; i < text.length; i++) {
    if (!/\s/u.test(text[i])) {
      positions.push(i);
      stripped += text[i];
    }
  }
  const needle = quote.replace(/\s+/gu, "");
  if (!needle) return null;
  const at = stripped.indexOf(needle);
  if (at < 0) return null;
  return { start: positions[at], end: positions[at + needle.length - 1] + 1 };
}
