/**
 * Visible events → vis-timeline item descriptions (plain data; the view turns them into DOM).
 * Single days are points; everything else (multi-day, month or year precision) spans its period.
 * With grouping, an event with two themes sits in both rows, so item ids are "eventId|groupId".
 */
import { endMs, precisionOf, startMs } from "../data/partialDate.ts";
import type { ActorType, Lang } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { formatEventDate } from "./formatDate.ts";
import type { Grouping } from "./viewState.ts";
import { VOCAB } from "./vocabulary.ts";
import { relationClause } from "./relationText.ts";

export interface TimelineItemSpec {
  id: string;
  eventId: string;
  group: string | null;
  type: "point" | "range";
  start: number;
  end?: number;
  label: string;
  dateLabel: string;
  className: string;
}

export interface TimelineGroupSpec {
  id: string;
  label: string;
  order: number;
}

export const ALL_GROUP = "all";

export function itemIdOf(eventId: string, group: string | null): string {
  return `${eventId}|${group ?? ALL_GROUP}`;
}
export function eventIdOfItem(itemId: string): string {
  return itemId.split("|")[0];
}

/** The timeline rows an event sits in under a grouping (one per theme or actor type). */
export function groupsOfEvent(index: DatasetIndex, eventId: string, grouping: Grouping): Array<string | null> {
  const e = index.eventsById.get(eventId)!;
  if (grouping === "theme") return e.themes;
  if (grouping === "actor-type") {
    return [...new Set(e.actors.map((a) => index.actorsById.get(a.id)?.type).filter((t): t is ActorType => !!t))];
  }
  return [null];
}

export function buildTimelineItems(
  index: DatasetIndex,
  eventIds: string[],
  grouping: Grouping,
  lang: Lang,
): TimelineItemSpec[] {
  const items: TimelineItemSpec[] = [];
  for (const id of eventIds) {
    const e = index.eventsById.get(id)!;
    const span = index.spans.get(id)!;
    const single = !e.date.end && precisionOf(e.date.start) === "day";
    const className = ["ev", `kind-${e.kind}`, `precision-${precisionOf(e.date.start)}`, e.planned ? "planned" : ""]
      .filter(Boolean)
      .join(" ");
    for (const group of groupsOfEvent(index, id, grouping)) {
      items.push({
        id: itemIdOf(id, group),
        eventId: id,
        group,
        type: single ? "point" : "range",
        start: span.start,
        end: single ? undefined : span.end,
        label: e.title[lang],
        dateLabel: formatEventDate(e.date, lang),
        className,
      });
    }
  }
  return items;
}

export function buildTimelineGroups(index: DatasetIndex, grouping: Grouping, lang: Lang): TimelineGroupSpec[] {
  if (grouping === "theme") {
    return index.dataset.themes.map((t, order) => ({ id: t.id, label: t.label[lang], order }));
  }
  if (grouping === "actor-type") {
    return Object.entries(VOCAB.actorType).map(([id, label], order) => ({ id, label: label[lang], order }));
  }
  return [];
}

export interface StatusSpanSpec {
  id: string;
  start: number;
  end: number;
  label: string;
}

/**
 * Lasting statuses in an organisation (observer, member of an IGO or UN body) with a start date,
 * as background spans; an open-ended status runs to the end of the data. Seats in forum bodies
 * (steering groups, troikas) are too many and too short to read as bands.
 */
export function buildStatusSpans(index: DatasetIndex, lang: Lang): StatusSpanSpec[] {
  const lasting = new Set(["observer", "member"]);
  const out: StatusSpanSpec[] = [];
  for (const r of index.dataset.relations) {
    if (!lasting.has(r.type) || !r.start) continue;
    const from = index.actorsById.get(r.from);
    const to = index.actorsById.get(r.to);
    if (!from || !to || (to.type !== "igo" && to.type !== "un-body")) continue;
    const start = startMs(r.start);
    const end = r.end ? endMs(r.end) : index.extent.end;
    if (end - start < 1000 * 60 * 60 * 24 * 60) continue; // shorter than two months: not a status worth a band
    const name = (a: typeof from) => (a.short ?? a.name)[lang];
    out.push({
      id: `rel:${r.id}`,
      start,
      end,
      // A sentence in each language's word order ("中国为国际移民组织观察员"), not a label between names.
      label: relationClause(r.type, name(from), name(to), lang, from.type === "state"),
    });
  }
  return out;
}
