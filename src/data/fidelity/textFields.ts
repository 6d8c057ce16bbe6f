/**
 * Every piece of curated text in a dataset item, with its language and path: the `en` / `zh`
 * members of its bilingual texts (titles, summaries, notes, captions…), wherever they sit.
 * Citations carry their language in `lang` and are not curated text, so they are left out.
 */
import type { Lang } from "../schema.ts";

export interface TextField {
  /** e.g. "summary.zh", "notes[0].en", "steps[2].caption.zh" */
  path: string;
  lang: Lang;
  text: string;
}

export function textFields(item: unknown, at = ""): TextField[] {
  if (Array.isArray(item)) return item.flatMap((v, i) => textFields(v, `${at}[${i}]`));
  if (item === null || typeof item !== "object") return [];
  const out: TextField[] = [];
  for (const [key, value] of Object.entries(item)) {
    if (key === "sources") continue;
    const path = at === "" ? key : `${at}.${key}`;
    if ((key === "en" || key === "zh") && typeof value === "string") out.push({ path, lang: key, text: value });
    else out.push(...textFields(value, path));
  }
  return out;
}
