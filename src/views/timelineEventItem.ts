/**
 * The items the timeline hands vis-timeline, and an event's item: its mark and its label placed
 * side by side in one item, so that vis-timeline's stacking keeps labels from overlapping.
 */
import type { DatasetIndex } from "../model/datasetIndex.ts";
import type { BlockLabel, LabelPlacement } from "../model/timelineLabels.ts";
import type { StackedLabel } from "../model/timelineStacking.ts";
import type { TimelineItemSpec } from "../model/timelineItems.ts";
import type { AggregateSpec } from "../model/timelinePlan.ts";
import { focalEvents } from "../model/focalSet.ts";
import type { ViewState } from "../model/viewState.ts";

export interface VisItem {
  id: string;
  start: Date;
  end?: Date;
  type: "point" | "range" | "background";
  group?: string;
  className: string;
  /** What the item shows, as a key: an item whose key is unchanged is not redrawn */
  content: string;
  /** Off: vis-timeline would cut a wide item at the panel's edges, and its mark with it */
  limitSize: false;
  /** Stacking order: blocks first, then events in the order their sides were chosen for */
  seq: number;
  spec?: TimelineItemSpec;
  agg?: AggregateSpec;
  /** What a block's label has room for (blockLabelMode) */
  blockShows?: BlockLabel;
  /** An event's mark and label within its item */
  layout?: EventLayout;
  /**
   * A set (spanSets.ts): its events, and where their chips sit inside the item, px; a card's
   * heading, and its mark's and box's left edges as shares of the item's width
   */
  set?: {
    members: Array<{ spec: TimelineItemSpec; color: string }>;
    offset: number;
    width: number;
    rowGap: number;
    card?: { header: string; point: boolean; markLeft: number; markWidth: number; boxLeft: number };
  };
  /** A status band: its relation, label row and label offset from the band's start, px */
  band?: { relation: string; label: string; row: number; offset: number };
}

/** An event's item spans its mark and its label; the offsets are shares of the item's width. */
export interface EventLayout {
  place: LabelPlacement;
  point: boolean;
  markLeft: number;
  markWidth: number;
  labelLeft: number;
  color: string;
  dateLabel: string;
}

/** A point's dot, px; a bar is drawn at least this wide too */
export const DOT = 10;
/** Kept around a selected mark inside its item, so that its ring is not cut (the stacking counts it) */
export const RING = 3;

export function eventItem(
  index: DatasetIndex,
  themeColor: (id: string) => string,
  s: ViewState,
  m: { spec: TimelineItemSpec; point: boolean; a: number; b: number; x0: number; x1: number },
  place: StackedLabel,
  seq: number,
  msPerPx: number,
): VisItem {
  const { spec, point, a, b, x0, x1 } = m;
  const selected = focalEvents(s).has(spec.eventId);
  const { from, to, share } = footprint(a, b, place);
  const layout: EventLayout = {
    place,
    point,
    markLeft: share(x0),
    markWidth: share(x1) - share(x0),
    labelLeft: share(place.left),
    color: itemColor(index, themeColor, s, spec),
    dateLabel: spec.dateLabel,
  };
  return {
    id: spec.id,
    start: new Date(spec.start + from * msPerPx),
    end: new Date((point ? spec.start : spec.end!) + to * msPerPx),
    type: "range",
    group: spec.group ?? undefined,
    className: `${spec.className} ev-fp label-${place.side}${selected ? " sel" : ""}`,
    content: [spec.label, place.side, Math.round(place.left - x0), place.width, from, to, layout.color].join("|"),
    limitSize: false,
    seq,
    spec,
    layout,
  };
}

/**
 * An item's extent: its stacked footprint (mark, label, a selected mark's ring), as the whole px
 * from the mark's own ends `a` and `b` the stacking rounded it to (so that a pan, which keeps the
 * scale, leaves most items as they were); and a px position as a share of the item's width.
 */
export function footprint(a: number, b: number, place: StackedLabel) {
  const from = Math.round(place.from - a);
  const to = Math.round(place.to - b);
  const width = b + to - (a + from);
  return { from, to, share: (x: number) => (x - (a + from)) / width };
}

/** An item's colour: its row's theme when grouped by theme, else its event's first theme. */
export function itemColor(
  index: DatasetIndex,
  themeColor: (id: string) => string,
  s: ViewState,
  spec: TimelineItemSpec,
): string {
  return themeColor(spec.group && s.group === "theme" ? spec.group : index.eventsById.get(spec.eventId)!.themes[0]);
}

/** A block ("12 events · …"): its period, and what its label has room for. */
export function blockItem(agg: AggregateSpec, blockShows: BlockLabel): VisItem {
  return {
    id: agg.id,
    start: new Date(agg.start),
    end: new Date(agg.end),
    type: "range",
    group: agg.group ?? undefined,
    className: `agg block-${blockShows}`,
    content: agg.label + agg.top.join(",") + blockShows,
    limitSize: false,
    seq: -1,
    agg,
    blockShows,
  };
}
