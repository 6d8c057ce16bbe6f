/**
 * Dates labelled at the precision the source gives: "June 2001", never "1 June 2001".
 */
import { precisionOf } from "../data/partialDate.ts";
import type { EventDate, Lang } from "../data/schema.ts";

/** English month names (dates, axis ticks); Chinese writes the month's number (6月). */
export const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

interface Parts {
  y: number;
  m?: number;
  d?: number;
}

function parts(date: string): Parts {
  const [y, m, d] = date.split("-").map(Number);
  return { y, m, d };
}

export function formatPartialDate(date: string, lang: Lang): string {
  const p = parts(date);
  if (lang === "zh") return `${p.y}年` + (p.m ? `${p.m}月` : "") + (p.d ? `${p.d}日` : "");
  if (!p.m) return String(p.y);
  return (p.d ? `${p.d} ` : "") + `${MONTHS_EN[p.m - 1]} ${p.y}`;
}

export function formatEventDate(date: EventDate, lang: Lang): string {
  const { start, end } = date;
  if (!end || end === start) return formatPartialDate(start, lang);
  const a = parts(start);
  const b = parts(end);
  const bothDays = precisionOf(start) === "day" && precisionOf(end) === "day";
  if (lang === "zh") {
    if (bothDays && a.y === b.y && a.m === b.m) return `${formatPartialDate(start, lang)}至${b.d}日`;
    if (bothDays && a.y === b.y) return `${formatPartialDate(start, lang)}至${b.m}月${b.d}日`;
    return `${formatPartialDate(start, lang)}至${formatPartialDate(end, lang)}`;
  }
  if (bothDays && a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS_EN[a.m! - 1]} ${a.y}`;
  if (bothDays && a.y === b.y) return `${a.d} ${MONTHS_EN[a.m! - 1]} – ${b.d} ${MONTHS_EN[b.m! - 1]} ${a.y}`;
  return `${formatPartialDate(start, lang)} – ${formatPartialDate(end, lang)}`;
}
