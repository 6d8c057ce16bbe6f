/**
 * Events per year, stacked by each event's primary (first) theme — filtered against total —
 * for the overview strip.
 */
import { utc } from "../data/partialDate.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { firstStartAtOrAfter, spanColumns } from "./spanColumns.ts";

export interface YearBin {
  year: number;
  total: number;
  /** Filtered events per primary theme, in themes.json order */
  byTheme: Array<{ theme: string; count: number }>;
  filtered: number;
}

export function buildOverviewBins(index: DatasetIndex, filteredIds: string[], years: [number, number]): YearBin[] {
  const { themeOrder, totals, place } = placesOf(index, years);
  const bins: YearBin[] = totals.map((total, i) => ({
    year: years[0] + i,
    total,
    filtered: 0,
    byTheme: themeOrder.map((theme) => ({ theme, count: 0 })),
  }));
  const stride = themeOrder.length + 1;
  for (const id of filteredIds) {
    const at = place.get(id);
    if (at === undefined) continue;
    const bin = bins[Math.floor(at / stride)];
    bin.filtered++;
    const slot = at % stride;
    if (slot < themeOrder.length) bin.byTheme[slot].count++;
  }
  return bins;
}

/** One theme's band in a year's stacked bar: counts from the base, themes in order, empty ones left out. */
export interface StackedPart {
  theme: string;
  from: number;
  to: number;
}

export function stackedParts(bin: YearBin): StackedPart[] {
  const parts: StackedPart[] = [];
  let acc = 0;
  for (const { theme, count } of bin.byTheme) {
    if (!count) continue;
    parts.push({ theme, from: acc, to: acc + count });
    acc += count;
  }
  return parts;
}

interface Places {
  themeOrder: string[];
  /** All events per year bin */
  totals: number[];
  /** Event id → its year bin × (themes + 1) + its primary theme's slot (themes: none); absent outside the years */
  place: Map<string, number>;
}

// Per dataset and year range, worked out once: a filter change then costs one lookup per event.
const placesCache = new WeakMap<DatasetIndex, Map<string, Places>>();

function placesOf(index: DatasetIndex, years: [number, number]): Places {
  let byYears = placesCache.get(index);
  if (!byYears) placesCache.set(index, (byYears = new Map()));
  const key = years.join("-");
  const cached = byYears.get(key);
  if (cached) return cached;
  const themeOrder = index.dataset.themes.map((t) => t.id);
  const themeSlot = new Map(themeOrder.map((id, i) => [id, i]));
  const count = years[1] - years[0] + 1;
  // Year starts as ms, so a bin is found by binary search instead of a Date per event.
  const bounds = Float64Array.from({ length: count + 1 }, (_, i) => utc(years[0] + i, 0, 1));
  const totals = new Array<number>(count).fill(0);
  const place = new Map<string, number>();
  const starts = spanColumns(index, index.chronological).starts;
  index.chronological.forEach((id, i) => {
    const ms = starts[i];
    if (ms < bounds[0] || ms >= bounds[count]) return;
    const bin = firstStartAtOrAfter(bounds, ms + 1) - 1;
    totals[bin]++;
    const slot = themeSlot.get(index.eventsById.get(id)!.themes[0]) ?? themeOrder.length;
    place.set(id, bin * (themeOrder.length + 1) + slot);
  });
  const places = { themeOrder, totals, place };
  byYears.set(key, places);
  return places;
}
