/**
 * Citations are the product's promise: every quote must stand verbatim in its document.
 * Compared with all whitespace removed, because PDF extraction breaks lines mid-sentence.
 */
import type { Citation, Source } from "./schema.ts";

export const stripWhitespace = (text: string): string => text.replace(/\s+/gu, "");

export interface CitationContext {
  sourcesById: Map<string, Source>;
  /** Ids of all source entries, including ones that failed the schema (reported there) */
  knownSourceIds: Set<string>;
  /** Source file name → whitespace-stripped text; absent when texts were not supplied */
  strippedTexts?: Map<string, string>;
}

/** Returns [field suffix, message] pairs for what is wrong with one citation. */
export function checkCitation(c: Citation, ctx: CitationContext): Array<[string, string]> {
  const source = ctx.sourcesById.get(c.source);
  if (!source) return ctx.knownSourceIds.has(c.source) ? [] : [["source", `unknown source "${c.source}"`]];
  const out: Array<[string, string]> = [];
  if (source.language !== c.lang) out.push(["lang", `must be "${source.language}", the language of ${source.id}`]);
  const text = ctx.strippedTexts?.get(source.file);
  if (ctx.strippedTexts && text === undefined) return out; // reported once, on the source itself
  if (text !== undefined && !text.includes(stripWhitespace(c.quote))) {
    out.push(["quote", `not found verbatim in ${source.file}`]);
  }
  return out;
}
