/**
 * A date axis tick's label in the interface language, in the manner of d3's UTC tick format (the
 * year at a year's start, the month at a month's start, else the day) — d3's own is English-only.
 */
import type { Lang } from "../data/schema.ts";
import { MONTHS_EN } from "./formatDate.ts";

export function axisTickLabel(date: Date, lang: Lang): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  const zh = lang === "zh";
  if (m === 0 && d === 1) return zh ? `${y}年` : String(y);
  if (d === 1) return zh ? `${m + 1}月` : MONTHS_EN[m];
  return zh ? `${m + 1}月${d}日` : `${MONTHS_EN[m].slice(0, 3)} ${d}`;
}
