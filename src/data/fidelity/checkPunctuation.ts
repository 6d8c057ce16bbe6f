/**
 * Chinese text uses full-width punctuation: a half-width , ; : ( ) ? ! touching a Chinese character
 * in a zh field is a typing slip that shows on every card and slide. "2.14", "ITC-ILO", a label such
 * as "5(d)" and English names inside Chinese text are untouched: only these marks next to Han count.
 */
import type { Dataset } from "../dataFiles.ts";
import type { Problem } from "../problem.ts";
import { textFields } from "./textFields.ts";

const CJK = "\\p{Script=Han}";
const HALF = ",;:()?!";
const FULL: Record<string, string> = { ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！" };
const TOUCHING = new RegExp(`(?<=[${CJK}])[${HALF}]|[${HALF}](?=[${CJK}])`, "gu");

/** Half-width marks touching CJK text, as [mark, index]. */
export function halfWidthMarks(text: string): Array<[string, number]> {
  return [...text.matchAll(TOUCHING)].map((m) => [m[0], m.index]);
}

export function checkPunctuation(d: Dataset): Problem[] {
  const out: Problem[] = [];
  const files = [
    ["sources.json", d.sources],
    ["actors.json", d.actors],
    ["themes.json", d.themes],
    ["events.json", d.events],
    ["relations.json", d.relations],
    ["stories.json", d.stories],
  ] as const;
  for (const [file, items] of files) {
    for (const item of items) {
      for (const f of textFields(item)) {
        if (f.lang !== "zh") continue;
        for (const [mark, i] of halfWidthMarks(f.text)) {
          const from = Math.max(0, i - 6);
          const to = Math.min(f.text.length, i + 7);
          const context = `${from > 0 ? "…" : ""}${f.text.slice(from, to)}${to < f.text.length ? "…" : ""}`;
          out.push({
            file,
            id: item.id,
            field: f.path,
            message: `half-width "${mark}" in Chinese text ("${context}"): use "${FULL[mark]}"`,
          });
        }
      }
    }
  }
  return out;
}
