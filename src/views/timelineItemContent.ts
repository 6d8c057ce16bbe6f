/**
 * What each timeline item shows, built as DOM (vis-timeline would pass a string through
 * innerHTML): an event's mark and title, a block's count and main event (a button that opens its
 * period), a status band's label (a button that opens its relation).
 */
import type { Lang } from "../data/schema.ts";
import { eventActorTokens, type ActorTokens } from "../model/actorHighlight.ts";
import type { DatasetIndex } from "../model/datasetIndex.ts";
import { t } from "../model/i18n.ts";
import { blockCount, type AggregateSpec } from "../model/timelinePlan.ts";
import { h } from "./dom.ts";
import type { VisItem } from "./timelineEventItem.ts";
import type { TimelineTooltip } from "./timelineTooltip.ts";

export interface ItemContentDeps {
  index: DatasetIndex;
  lang: () => Lang;
  tooltip: TimelineTooltip;
  /** A block's click: show its period */
  openPeriod: (agg: AggregateSpec) => void;
  /** A band's click: open its relation */
  openRelation: (relation: string) => void;
}

export function createItemContent(deps: ItemContentDeps): (item: VisItem) => HTMLElement {
  const { index, tooltip } = deps;
  // A selected actor's events are picked out by a stylesheet rule over tokens their items carry,
  // so a selection restyles the items in place instead of having vis-timeline redraw them.
  const tokens = new Map<string, ActorTokens>();

  function renderEvent(item: VisItem): HTMLElement {
    if (!item.spec || !item.layout) return h("div", {});
    const { eventId } = item.spec;
    const { place, point, color } = item.layout;
    if (!tokens.has(eventId)) tokens.set(eventId, eventActorTokens(index, eventId));
    const { actors, roots } = tokens.get(eventId)!;
    const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
    return h(
      "div",
      {
        class: `ev-label${place.clamped ? " clamped" : ""}`,
        "data-event": eventId,
        "data-actors": actors,
        "data-roots": roots,
      },
      h("span", {
        class: point ? "ev-mark ev-dot" : "ev-mark ev-bar",
        style: `left:${pct(item.layout.markLeft)};width:${pct(item.layout.markWidth)};--c:${color}`,
      }),
      h(
        "span",
        {
          class: "ev-title",
          style: `margin-left:${pct(item.layout.labelLeft)};width:${place.width + 2}px`,
          title: place.clamped ? item.spec.label : undefined,
        },
        item.spec.label,
      ),
    );
  }

  /**
   * A set's chips, each an event's label as the events drawn on their own are: inside its bar, or
   * in a card beside its mark under the dates they share.
   */
  function renderSet(id: string, set: NonNullable<VisItem["set"]>): HTMLElement {
    const { card } = set;
    if (!card)
      return h(
        "div",
        {
          class: "ev-chips",
          "data-set": id,
          style: `margin-left:${set.offset}px;width:${set.width}px;row-gap:${set.rowGap}px`,
        },
        ...chips(set),
      );
    const pct = (x: number) => `${(x * 100).toFixed(3)}%`;
    return h(
      "div",
      { class: "ev-card-wrap", "data-set": id },
      h("span", {
        class: card.point ? "ev-set-mark ev-dot" : "ev-set-mark ev-bar",
        style: `left:${pct(card.markLeft)};width:${pct(card.markWidth)}`,
      }),
      h(
        "div",
        { class: "ev-card", style: `margin-left:${pct(card.boxLeft)};width:${set.width}px` },
        h("div", { class: "ev-card-head", style: `margin-bottom:${set.rowGap}px` }, card.header),
        h("div", { class: "ev-chips", style: `row-gap:${set.rowGap}px` }, ...chips(set)),
      ),
    );
  }

  function chips(set: NonNullable<VisItem["set"]>): HTMLElement[] {
    return set.members.map(({ spec, color }) => {
      if (!tokens.has(spec.eventId)) tokens.set(spec.eventId, eventActorTokens(index, spec.eventId));
      const { actors, roots } = tokens.get(spec.eventId)!;
      return h(
        "div",
        {
          class: `ev-label ev-chip${spec.className.includes("planned") ? " planned" : ""}`,
          "data-event": spec.eventId,
          "data-actors": actors,
          "data-roots": roots,
          style: `--c:${color}`,
        },
        h("span", { class: "ev-title" }, spec.label),
      );
    });
  }

  function renderAggregate(agg: AggregateSpec, lang: Lang, shows: VisItem["blockShows"] = "main"): HTMLElement {
    const list = agg.top.map((id) => index.eventsById.get(id)?.title[lang] ?? id).join("; ");
    const main = agg.top.length ? (index.eventsById.get(agg.top[0])?.title[lang] ?? "") : "";
    const count = blockCount(lang, agg.count);
    return h(
      "button",
      {
        type: "button",
        class: "cluster-label",
        "data-count": String(agg.count),
        // Starts with what it shows (the count, the main event), then says what it holds.
        "aria-label": `${shows === "main" ? `${agg.count} ${main}` : shows === "words" ? count : agg.count}. ${t(lang, "clusterOpen", { label: count, list })}`,
        onclick: () => deps.openPeriod(agg),
        onfocus: (ev: Event) => tooltip.showList(ev.currentTarget as HTMLElement, agg),
        onblur: () => tooltip.hide(),
      },
      ...(shows === "main"
        ? [h("strong", {}, String(agg.count)), " ", h("span", { class: "cluster-main" }, main)]
        : shows === "none"
          ? []
          : [h("strong", {}, shows === "words" ? count : String(agg.count))]),
    );
  }

  function renderBand(band: NonNullable<VisItem["band"]>, lang: Lang): HTMLElement {
    return h(
      "button",
      {
        type: "button",
        class: "status-label",
        "data-row": String(band.row),
        "data-relation": band.relation,
        style: `transform:translateX(${band.offset}px)`,
        title: t(lang, "statusBandHint", { label: band.label }),
        onclick: () => deps.openRelation(band.relation),
      },
      band.label,
    );
  }

  return (item) => {
    const lang = deps.lang();
    if (item.agg) return renderAggregate(item.agg, lang, item.blockShows);
    if (item.band) return renderBand(item.band, lang);
    if (item.set) return renderSet(item.id, item.set);
    return renderEvent(item);
  };
}
