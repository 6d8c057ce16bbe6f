/**
 * Shortening for the handout's table, so that a row stays a few lines: the summary's first
 * sentence cut at a word, the leading actors (organisers first) with a count of the rest, and
 * quotes cut with an ellipsis (the numbered source list says where to read them whole).
 */
import type { Lang, MigrationEvent } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { firstSentence } from "./firstSentence.ts";
import { t } from "./i18n.ts";

/** Cut at a word (or anywhere in Chinese) to at most `max` characters, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const at = /[\s,;，；、]/.test(cut)
    ? Math.max(cut.lastIndexOf(" "), cut.lastIndexOf("，"), cut.lastIndexOf("、"))
    : -1;
  return `${(at > max * 0.6 ? cut.slice(0, at) : cut).replace(/[\s,;，；、]+$/, "")}…`;
}

export function summaryLine(text: string, lang: Lang): string {
  return clip(firstSentence(text, lang), lang === "zh" ? 70 : 140);
}

const ROLE_ORDER = [
  "organiser",
  "host",
  "chair",
  "co-chair",
  "signatory",
  "adopter",
  "author",
  "applicant",
  "subject",
  "funder",
  "partner",
  "speaker",
  "member",
  "participant",
];

/** The first few actors, organisers and hosts first, and "and N more". */
export function leadingActors(index: DatasetIndex, e: MigrationEvent, lang: Lang, max = 4): string {
  const rank = (role: string) => {
    const i = ROLE_ORDER.indexOf(role);
    return i < 0 ? ROLE_ORDER.length : i;
  };
  const sorted = [...e.actors].sort((a, b) => rank(a.role) - rank(b.role));
  const names = [...new Set(sorted.map((a) => index.actorsById.get(a.id)?.name[lang] ?? a.id))];
  const shown = names.slice(0, max).join(lang === "zh" ? "、" : "; ");
  const rest = names.length - max;
  return rest > 0 ? `${shown}${lang === "zh" ? "" : " "}${t(lang, "andMore", { n: rest })}` : shown;
}
