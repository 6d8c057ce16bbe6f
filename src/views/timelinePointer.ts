/**
 * The timeline under the pointer: a click on an event selects it, on a chip of a shared bar
 * selects that chip's event, on a block zooms to its period; hovering shows an event's tooltip (a
 * chip's too) or a block's list.
 */
import type { DataSet } from "vis-data/esnext";
import type { Timeline } from "vis-timeline/esnext";
import { eventIdOfItem } from "../model/timelineItems.ts";
import { isSetId } from "../model/spanSets.ts";
import type { AggregateSpec } from "../model/timelinePlan.ts";
import type { VisItem } from "./timelineEventItem.ts";
import type { TimelineTooltip } from "./timelineTooltip.ts";

export interface PointerDeps {
  /** The timeline's own element */
  host: HTMLElement;
  items: DataSet<VisItem, "id">;
  tooltip: TimelineTooltip;
  select: (eventId: string) => void;
  zoomTo: (agg: AggregateSpec) => void;
}

export function wireTimelinePointer(timeline: Timeline, { host, items, tooltip, select, zoomTo }: PointerDeps): void {
  timeline.on("select", (props: { items: string[]; event?: Event }) => {
    // A period block zooms to its period; its events then show individually.
    const agg = props.items.map((i) => items.get(i)?.agg).find(Boolean);
    if (agg) {
      timeline.setSelection([]);
      zoomTo(agg);
      return;
    }
    // A chip in a shared bar is its own event.
    const chip = (props.event?.target as HTMLElement | null)?.closest?.<HTMLElement>(".ev-chip");
    if (chip?.dataset.event) return select(chip.dataset.event);
    const id = props.items.find((i) => i.includes("|") && !i.startsWith("agg|") && !isSetId(i));
    if (id) select(eventIdOfItem(id));
  });
  timeline.on("itemover", (props: { item: string; event: MouseEvent }) => {
    const item = items.get(String(props.item));
    if (item?.agg) {
      const el = (props.event.target as HTMLElement | null)?.closest<HTMLElement>(".vis-item");
      if (el) tooltip.showList(el, item.agg);
      return;
    }
    if (!item?.set) tooltip.showAtPointer(String(props.item), props.event);
  });
  // A set's chips are one item to vis-timeline: each chip shows its own event's tooltip.
  host.addEventListener("mouseover", (ev) => {
    const chip = (ev.target as HTMLElement | null)?.closest?.<HTMLElement>(".ev-chip");
    const setId = chip?.closest<HTMLElement>("[data-set]")?.dataset.set;
    const member = setId && items.get(setId)?.set?.members.find((m) => m.spec.eventId === chip!.dataset.event);
    if (member) tooltip.showAtPointer(member.spec.id, ev, member.spec.dateLabel);
  });
  timeline.on("itemout", () => tooltip.hideSoon());
  timeline.on("changed", () => tooltip.follow());
}
