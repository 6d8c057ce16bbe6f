/**
 * Events per year, stacked by each event's primary (first) theme — filtered against total —
 * for the overview strip.
 */
import type { DatasetIndex } from "./datasetIndex.ts";

export interface YearBin {
  year: number;
  total: number;
  /** Filtered events per primary theme, in themes.json order */
  byTheme: Array<{ theme: string; count: number }>;
  filtered: number;
}

export function buildOverviewBins(index: DatasetIndex, filteredIds: string[], years: [number, number]): YearBin[] {
  const themeOrder = index.dataset.themes.map((t) => t.id);
  const bins = new Map<number, YearBin>();
  for (let y = years[0]; y <= years[1]; y++) {
    bins.set(y, { year: y, total: 0, filtered: 0, byTheme: themeOrder.map((theme) => ({ theme, count: 0 })) });
  }
  const yearOf = (id: string) => new Date(index.spans.get(id)!.start).getUTCFullYear();
  for (const id of index.chronological) {
    const bin = bins.get(yearOf(id));
    if (bin) bin.total++;
  }
  for (const id of filteredIds) {
    const bin = bins.get(yearOf(id));
    if (!bin) continue;
    bin.filtered++;
    const primary = index.eventsById.get(id)!.themes[0];
    const slot = bin.byTheme.find((b) => b.theme === primary);
    if (slot) slot.count++;
  }
  return [...bins.values()];
}
