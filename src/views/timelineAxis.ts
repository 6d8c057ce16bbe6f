/** The timeline's axis labels in the interface language (vis-timeline's own are English-only without moment locales). */
import { MONTHS_EN } from "../model/formatDate.ts";

const SHORT = MONTHS_EN.map((m) => m.slice(0, 3));

/** Built from numbers and fixed month names, never from data (vis-timeline takes them as strings). */
export function axisLabel(date: Date | { toDate(): Date }, scale: string, lang: "en" | "zh", major: boolean): string {
  const d = date instanceof Date ? date : date.toDate();
  const y = d.getFullYear();
  const m = d.getMonth();
  const day = d.getDate();
  const zh = lang === "zh";
  if (scale === "year" || (major && scale === "month")) return zh ? `${y}年` : String(y);
  if (scale === "month") return zh ? `${m + 1}月` : SHORT[m];
  if (major) return zh ? `${y}年${m + 1}月` : `${SHORT[m]} ${y}`;
  return zh ? `${day}日` : String(day);
}
