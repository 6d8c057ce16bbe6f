/**
 * Reading checks beyond the schema (issue 20): what a curator's second reading looks for and a
 * machine can find — actors named near their quotes, full-width punctuation in Chinese, quotation
 * marks around the document's own words, planned events kept in the future tense.
 * They need the source texts, so `npm run check:data` runs them and an in-browser import does not.
 * Errors fail the check; warnings (the future-tense word list) print for review.
 */
import type { Dataset } from "../dataFiles.ts";
import type { Problem } from "../problem.ts";
import { checkActorsNamed, passageIndex } from "./checkActorsNamed.ts";
import { checkFutureTense } from "./checkFutureTense.ts";
import { checkPunctuation } from "./checkPunctuation.ts";
import { checkQuotedText } from "./checkQuotedText.ts";

export type FidelityCheck = "actors-named" | "punctuation" | "quoted-text" | "future-tense";
export type Severity = "error" | "warning";

export const FIDELITY_SEVERITY: Record<FidelityCheck, Severity> = {
  "actors-named": "error",
  punctuation: "error",
  "quoted-text": "error",
  "future-tense": "warning",
};

export interface FidelityResult {
  problems: Problem[];
  warnings: Problem[];
}

const sourceTexts = (d: Dataset, texts: Record<string, string>) =>
  new Map(d.sources.flatMap((s) => (texts[s.file] === undefined ? [] : [[s.id, texts[s.file]] as const])));

export function checkFidelity(
  d: Dataset,
  texts: Record<string, string>,
  severity: Record<FidelityCheck, Severity> = FIDELITY_SEVERITY,
): FidelityResult {
  const found: Record<FidelityCheck, Problem[]> = {
    "actors-named": checkActorsNamed(d, passageIndex(d, texts)),
    punctuation: checkPunctuation(d),
    "quoted-text": checkQuotedText(d, sourceTexts(d, texts)),
    "future-tense": checkFutureTense(d),
  };
  const result: FidelityResult = { problems: [], warnings: [] };
  for (const [check, list] of Object.entries(found) as Array<[FidelityCheck, Problem[]]>) {
    (severity[check] === "error" ? result.problems : result.warnings).push(...list);
  }
  return result;
}
