/**
 * Quotation marks promise the document's own words: text a title, summary, note or caption sets in
 * quotation marks must stand verbatim (whitespace aside) in one of the passages the item cites.
 * A paraphrase in quotation marks reads as a quote; a term the document coins is quoted from it.
 * Pieces around an ellipsis ("…", "...") and an editor's [bracketed] insertion are checked one by one;
 * a quotation's first letter may change case (a sentence quoted mid-sentence).
 * An item that cites only Chinese passages cannot quote them verbatim in English: there an English
 * quotation stands for the Chinese one, so the same field's Chinese text must hold at least as many
 * verbatim quotations.
 */
import { stripWhitespace } from "../checkCitations.ts";
import type { Dataset } from "../dataFiles.ts";
import type { Problem } from "../problem.ts";
import type { Citation } from "../schema.ts";
import { textFields, type TextField } from "./textFields.ts";

/** Opening mark → closing mark. Straight and single marks only open after a space, a bracket or the start. */
const PAIRS: Array<[RegExp, string]> = [
  [/“([^“”]+)”/gu, "“”"],
  [/「([^「」]+)」/gu, "「」"],
  [/『([^『』]+)』/gu, "『』"],
  [/《([^《》]+)》/gu, "《》"],
  [/(?<![\p{L}\p{N}])"([^"]+)"(?![\p{L}\p{N}])/gu, '""'],
  [/(?<![\p{L}\p{N}])‘([^‘’]+)’(?![\p{L}\p{N}])/gu, "‘’"],
  [/(?<![\p{L}\p{N}'])'([^']+)'(?![\p{L}\p{N}])/gu, "''"],
];

/** The quoted spans of a text. */
export function quotedSpans(text: string): string[] {
  return PAIRS.flatMap(([re]) => [...text.matchAll(re)].map((m) => m[1]));
}

/** Quotes compared without whitespace and with curly and straight marks made alike. */
const normalise = (s: string) =>
  stripWhitespace(s)
    .replace(/[‘’']/gu, "'")
    .replace(/[“”"]/gu, '"')
    .replace(/[–—]/gu, "-");

export function isVerbatim(span: string, passages: string[]): boolean {
  const pieces = span
    .split(/…|\.\.\.|\[[^\]]*\]/u)
    .map(normalise)
    .filter((p) => p !== "");
  if (pieces.length === 0) return true;
  const texts = passages.map(normalise);
  // A quotation may start mid-sentence: its first letter's case is the quoter's.
  const found = (p: string) => {
    const other = (p[0] === p[0].toUpperCase() ? p[0].toLowerCase() : p[0].toUpperCase()) + p.slice(1);
    return texts.some((t) => t.includes(p) || t.includes(other));
  };
  return pieces.every(found);
}

function check(file: string, id: string, fields: TextField[], cited: Citation[], docs: Map<string, string>, out: Problem[]) {
  const passages = cited.map((c) => c.quote);
  const citesEnglish = cited.some((c) => c.lang === "en");
  const citedDocs = [...new Set(cited.map((c) => docs.get(c.source)).filter((t): t is string => t !== undefined))];
  const verified = new Map<string, number>();
  for (const f of fields) {
    if (f.lang !== "zh") continue;
    const ok = quotedSpans(f.text).filter((s) => isVerbatim(s, passages)).length;
    verified.set(f.path.replace(/\.zh$/u, ""), ok);
  }
  for (const f of fields) {
    const spans = quotedSpans(f.text);
    let mirrored = f.lang === "en" && !citesEnglish ? (verified.get(f.path.replace(/\.en$/u, "")) ?? 0) : 0;
    for (const span of spans) {
      if (isVerbatim(span, passages)) continue;
      if (mirrored > 0) {
        mirrored--;
        continue;
      }
      const elsewhere = isVerbatim(span, citedDocs);
      out.push({
        file,
        id,
        field: f.path,
        message: elsewhere
          ? `quoted "${span}" is in the document but not in a passage the item cites: cite that passage`
          : f.lang === "en" && !citesEnglish
            ? `quoted "${span}" is not verbatim in a cited passage, and the Chinese text quotes no passage for it to translate`
            : `quoted "${span}" is not verbatim in any passage the item cites`,
      });
    }
  }
}

/** docs: source id → full text, to tell a quotation from an uncited part of the document from an invented one. */
export function checkQuotedText(d: Dataset, docs: Map<string, string> = new Map()): Problem[] {
  const out: Problem[] = [];
  for (const e of d.events) {
    const cited = [
      ...e.sources,
      ...(e.notes ?? []).flatMap((n) => n.sources ?? []),
      ...e.actors.flatMap((a) => a.basis?.sources ?? []),
    ];
    check("events.json", e.id, textFields(e), cited, docs, out);
  }
  for (const r of d.relations) check("relations.json", r.id, textFields(r), r.sources, docs, out);
  for (const s of d.stories) {
    s.steps.forEach((step, i) => check("stories.json", s.id, textFields(step, `steps[${i}]`), step.sources, docs, out));
  }
  return out;
}
