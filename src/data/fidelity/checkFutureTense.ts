/**
 * A planned event is one a document announces as upcoming, and its title and summary must say so:
 * "will", "is to", "expected", "将", "拟"… A planned event told in the past tense reads as done.
 * Word lists can only flag what to review, so this check reports warnings, not errors.
 */
import type { Dataset } from "../dataFiles.ts";
import type { Problem } from "../problem.ts";
import type { Lang } from "../schema.ts";

/**
 * A progressive tells work under way, not done ("were preparing", "正在编写", "还在……编写"), so it counts as a marker;
 * "being prepared" and "under preparation" too.
 */
export const FUTURE_MARKERS: Record<Lang, RegExp> = {
  en: /\b(?:will|shall|would|(?:is|are|was|were) (?:to|due|expected|scheduled|planned|proposed)|(?:is|are|was|were) (?:being \w+ed|(?!during\b)\w+ing)|being (?:prepared|drafted|developed|written)|under (?:preparation|way|development)|in preparation|to be (?:held|set up|launched|adopted|established|carried out|submitted|published|released|completed|taken)|planned|plans?|proposed|proposes|scheduled|upcoming|forthcoming|expected|intends?|intended|due to|recommends?|to begin|to become|to adopt|considering)\b/iu,
  zh: /将|拟|计划|预计|预期|即将|预定|定于|准备|有待|建议|打算|考虑|正在|还在|正着手|筹备中|编写中|进行中/u,
};

export function checkFutureTense(d: Dataset): Problem[] {
  const out: Problem[] = [];
  for (const e of d.events) {
    if (!e.planned) continue;
    for (const field of ["title", "summary"] as const) {
      for (const lang of ["en", "zh"] as const) {
        if (!FUTURE_MARKERS[lang].test(e[field][lang])) {
          out.push({
            file: "events.json",
            id: e.id,
            field: `${field}.${lang}`,
            message: `planned event told without a future marker (${lang === "en" ? "will, is to, expected, planned…" : "将、拟、计划、预计…"}): review the tense`,
          });
        }
      }
    }
  }
  return out;
}
