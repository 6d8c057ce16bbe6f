/**
 * Dates at the precision a document gives ("2001", "2001-06", "2016-06-30").
 * Everything downstream (validation, timeline spans, labels) reads them through here
 * so a month-precision date is never silently turned into a day.
 */
import { PARTIAL_DATE_PATTERN } from "./vocabulary.ts";

export type Precision = "year" | "month" | "day";

/** Date.UTC, but years 0–99 mean themselves (Date.UTC maps them to 1900–1999): use it for any year. */
export function utc(y: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(y, monthIndex, day);
  return d.getTime();
}

export function precisionOf(date: string): Precision {
  return date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
}

/** True when the string has the right shape and names a real calendar day/month. */
export function isValidPartialDate(date: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(date)) return false;
  if (precisionOf(date) !== "day") return true;
  const [y, m, d] = date.split("-").map(Number);
  const probe = new Date(utc(y, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** First instant (UTC ms) covered by the date. */
export function startMs(date: string): number {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  return utc(y, m - 1, d);
}

/** First instant after the period the date covers (exclusive end, UTC ms). */
export function endMs(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const p = precisionOf(date);
  if (p === "year") return utc(y + 1, 0, 1);
  if (p === "month") return utc(y, m, 1);
  return utc(y, m - 1, d + 1);
}

/** ISO day (YYYY-MM-DD) of a UTC ms instant. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The whole years covering [start, end) ms: the timeline's and the overview's full range. */
export function wholeYearsCovering(span: { start: number; end: number }): {
  start: number;
  end: number;
  firstYear: number;
  lastYear: number;
} {
  const firstYear = new Date(span.start).getUTCFullYear();
  const lastYear = new Date(span.end - 1).getUTCFullYear();
  return { start: utc(firstYear, 0, 1), end: utc(lastYear + 1, 0, 1), firstYear, lastYear };
}
