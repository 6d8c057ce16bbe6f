/**
 * The timeline's tooltip: an event's title, date, kind and place by the pointer, or under the
 * title of the event the keyboard selected; a block's first events under it while it has the
 * focus or the pointer.
 */
import type { DataSet } from "vis-data/esnext";
import type { Lang } from "../data/schema.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { VOCAB } from "../model/vocabulary.ts";
import { eventIdOfItem } from "../model/timelineItems.ts";
import type { AggregateSpec } from "../model/timelinePlan.ts";
import { h } from "./dom.ts";
import type { VisItem } from "./timelineEventItem.ts";

export interface TimelineTooltip {
  /** A block's first events, under `anchor` */
  showList(anchor: HTMLElement, agg: AggregateSpec): void;
  /** An item's event by the pointer */
  showAtPointer(itemId: string, pointer: { clientX: number; clientY: number }, dateLabel?: string): void;
  /**
   * The tooltip of the event the keyboard selected, under its title (as hovering shows it): the
   * timeline is one focus stop, so its selected event is the one with the focus.
   */
  showForKeyboard(eventId: string): void;
  /** The keyboard's tooltip follows its item when a redraw moves it (into view, or restacked). */
  follow(): void;
  /** Hides it; true when it was shown (Escape then does nothing else) */
  dismiss(): boolean;
  hide(): void;
  /** Hides the keyboard's tooltip (the pointer's stays) */
  hideKeyboards(): void;
  /** Hides it unless the pointer reaches another item first */
  hideSoon(): void;
}

export interface TooltipDeps {
  /** What the tooltip is placed in, and the timeline's own element in it */
  container: HTMLElement;
  host: HTMLElement;
  index: DatasetIndex;
  items: DataSet<VisItem, "id">;
  lang: () => Lang;
}

/** Appends the tooltip to the container. */
export function createTimelineTooltip({ container, host, index, items, lang }: TooltipDeps): TimelineTooltip {
  const tooltip = h("div", { class: "tl-tooltip", role: "tooltip", hidden: true });
  container.append(tooltip);
  let hoverTimer = 0;
  // The event whose tooltip the keyboard opened (null while the pointer's shows).
  let tooltipFor: string | null = null;

  /** An event's tooltip (title, date, kind and place), filled in and shown; false for no event. */
  function showEventTip(itemId: string, dateLabel = items.get(itemId)?.spec?.dateLabel ?? ""): boolean {
    const e = index.eventsById.get(eventIdOfItem(itemId));
    if (!e) return false;
    window.clearTimeout(hoverTimer);
    const l = lang();
    tooltip.replaceChildren(
      h("strong", {}, e.title[l]),
      h("div", {}, dateLabel),
      h("div", { class: "muted" }, VOCAB.kind[e.kind][l] + (e.place ? ` · ${e.place[l]}` : "")),
    );
    tooltip.hidden = false;
    return true;
  }

  function showForKeyboard(eventId: string) {
    const label = host.querySelector<HTMLElement>(`.ev-label[data-event="${CSS.escape(eventId)}"]`);
    const itemId = items.getIds().find((id) => eventIdOfItem(String(id)) === eventId);
    if (!label || itemId === undefined || !showEventTip(String(itemId))) {
      tooltip.hidden = true;
      return;
    }
    tooltipFor = eventId;
    const box = container.getBoundingClientRect();
    const at = (label.querySelector(".ev-title") ?? label).getBoundingClientRect();
    tooltip.style.left = `${Math.max(0, Math.min(at.left - box.left, box.width - 260))}px`;
    // Below the title, or above it when the title is near the panel's bottom.
    const below = at.bottom - box.top + 6;
    tooltip.style.top = `${below + tooltip.offsetHeight > box.height ? Math.max(0, at.top - box.top - tooltip.offsetHeight - 6) : below}px`;
  }

  return {
    showList(anchor, agg) {
      window.clearTimeout(hoverTimer);
      const l = lang();
      tooltip.replaceChildren(
        h("strong", {}, agg.label),
        h("ul", {}, ...agg.top.map((id) => h("li", {}, index.eventsById.get(id)?.title[l] ?? id))),
      );
      const box = container.getBoundingClientRect();
      const at = anchor.getBoundingClientRect();
      tooltip.style.left = `${Math.max(0, Math.min(at.left - box.left, box.width - 260))}px`;
      tooltip.style.top = `${at.bottom - box.top + 6}px`;
      tooltip.hidden = false;
    },
    showAtPointer(itemId, pointer, dateLabel) {
      if (!showEventTip(itemId, dateLabel)) return;
      const box = container.getBoundingClientRect();
      tooltip.style.left = `${Math.min(pointer.clientX - box.left + 12, box.width - 260)}px`;
      tooltip.style.top = `${pointer.clientY - box.top + 16}px`;
      tooltipFor = null;
    },
    showForKeyboard,
    follow() {
      if (tooltipFor && !tooltip.hidden) showForKeyboard(tooltipFor);
    },
    dismiss() {
      if (tooltip.hidden) return false;
      tooltip.hidden = true;
      tooltipFor = null;
      return true;
    },
    hide: () => void (tooltip.hidden = true),
    hideKeyboards() {
      if (!tooltipFor) return;
      tooltip.hidden = true;
      tooltipFor = null;
    },
    hideSoon: () => void (hoverTimer = window.setTimeout(() => (tooltip.hidden = true), 80)),
  };
}
