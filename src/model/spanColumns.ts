/**
 * An event list's spans as typed columns, built once per list (cached by the array's identity:
 * the deriver hands back the same array while the filters stay the same). Window queries then
 * scan two Float64Arrays instead of looking each id up in a Map, and stop at the first event
 * starting after the window when the list is in start order (as every list in the app is).
 */
import type { DatasetIndex } from "./datasetIndex.ts";

export interface SpanColumns {
  starts: Float64Array;
  ends: Float64Array;
  /** Whether starts never decrease, so a query can stop at the first start past its window */
  sorted: boolean;
}

const cache = new WeakMap<DatasetIndex, WeakMap<readonly string[], SpanColumns>>();

export function spanColumns(index: DatasetIndex, ids: readonly string[]): SpanColumns {
  let byList = cache.get(index);
  if (!byList) cache.set(index, (byList = new WeakMap()));
  let cols = byList.get(ids);
  if (cols) return cols;
  const starts = new Float64Array(ids.length);
  const ends = new Float64Array(ids.length);
  let sorted = true;
  for (let i = 0; i < ids.length; i++) {
    const s = index.spans.get(ids[i])!;
    starts[i] = s.start;
    ends[i] = s.end;
    if (i > 0 && s.start < starts[i - 1]) sorted = false;
  }
  cols = { starts, ends, sorted };
  byList.set(ids, cols);
  return cols;
}

/** First position whose start is ≥ t in a start-sorted column (binary search). */
export function firstStartAtOrAfter(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
