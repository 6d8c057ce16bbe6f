/**
 * Events per year, stacked by each event's primary (first) theme — filtered against total —
 * for the overview strip.
 */
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
  const themeOrder = index.dataset.themes.map((t) => t.id);
  const themeSlot = new Map(themeOrder.map((id, i) => [id, i]));
  const bins: YearBin[] = [];
  for (let y = years[0]; y <= years[1]; y++) {
    bins.push({ year: y, total: 0, filtered: 0, byTheme: themeOrder.map((theme) => ({ theme, count: 0 })) });
  }
  // Year starts as ms, so a bin is found by binary search instead of a Date per event.
  const bounds = Float64Array.from({ length: bins.length + 1 }, (_, i) => Date.UTC(years[0] + i, 0, 1));
  const binAt = (ms: number): YearBin | undefined => {
    if (ms < bounds[0] || ms >= bounds[bins.length]) return undefined;
    return bins[firstStartAtOrAfter(bounds, ms + 1) - 1];
  };
  for (const start of spanColumns(index, index.chronological).starts) {
    const bin = binAt(start);
    if (bin) bin.total++;
  }
  const starts = spanColumns(index, filteredIds).starts;
  for (let i = 0; i < filteredIds.length; i++) {
    const bin = binAt(starts[i]);
    if (!bin) continue;
    bin.filtered++;
    const slot = themeSlot.get(index.eventsById.get(filteredIds[i])!.themes[0]);
    if (slot !== undefined) bin.byTheme[slot].count++;
  }
  return bins;
}
