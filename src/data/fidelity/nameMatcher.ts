/**
 * Whether a text names an actor: by its name, short name or an alias, in either language.
 * PDF extraction breaks lines and spaces letters apart ("C r i s t i n a"), so whitespace may
 * stand between any two characters of a name; a Latin name must not run on into a longer word
 * ("EU" is not named by "EUROPOL"); acronyms are matched in their own case.
 */
import type { Actor } from "../schema.ts";

const LATIN = /[A-Za-z0-9]/;

function nameRegex(name: string): RegExp {
  const chars = [...name.replace(/\s+/gu, "")];
  const body = chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*");
  const before = LATIN.test(chars[0]) ? "(?<![A-Za-z0-9])" : "";
  const after = LATIN.test(chars[chars.length - 1]) ? "(?![A-Za-z])" : "";
  const acronym = /^[A-Z0-9-]{2,6}$/.test(name);
  return new RegExp(before + body + after, acronym ? "u" : "iu");
}

/** The wordings an actor may be named by. */
export function actorNames(a: Actor): string[] {
  const names = [a.name.en, a.name.zh, a.short?.en, a.short?.zh, ...(a.aliases ?? [])];
  return [...new Set(names.filter((n): n is string => typeof n === "string" && n.trim() !== ""))];
}

export function makeNameMatcher(a: Actor): (text: string) => boolean {
  const patterns = actorNames(a).map(nameRegex);
  return (text) => patterns.some((p) => p.test(text));
}
