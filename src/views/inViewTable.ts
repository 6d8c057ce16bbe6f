/**
 * The "In view" panel's table of the events in view: sortable by date, title and kind, each row
 * with its themes' colours and actors and selecting its event, ↑ and ↓ walking the rows (the
 * keyboard's way through the timeline's events), exportable as CSV. Rows are kept by event, so a
 * pan builds only the rows that come into view.
 */
import type { Lang } from "../data/schema.ts";
import { eventsToCsv } from "../model/exportCsv.ts";
import { formatEventDate } from "../model/formatDate.ts";
import { t } from "../model/i18n.ts";
import { VOCAB } from "../model/vocabulary.ts";
import { countedActors } from "../model/keyActors.ts";
import { actorShortName } from "../model/relationText.ts";
import type { ViewState } from "../model/viewState.ts";
import type { Deriver } from "../state/derive.ts";
import { download, h } from "./dom.ts";
import type { PanelKit } from "./panelKit.ts";

export type Column = "date" | "title" | "kind";
export interface Sort {
  column: Column;
  dir: 1 | -1;
}

/** Rows drawn at most: the rest is counted, and the window or a filter narrows it. */
export const MAX_ROWS = 150;

export interface InViewTable {
  /** The events' section: its count, the export button, the table and what did not fit */
  element: HTMLElement;
  /** Draws the head, count and rows for these events (in date order): rows already built are reused. */
  fill(ids: string[], s: ViewState): void;
}

/** The table in a language; `sorting` is kept by the panel, which redraws when it changes. */
export function createInViewTable(
  kit: PanelKit,
  derive: Deriver,
  lang: Lang,
  sorting: { get: () => Sort; set: (sort: Sort) => void },
): InViewTable {
  const { store, index } = kit;
  const heads = new Map<Column, HTMLElement>();
  let sortedFor: { events: string[]; key: string; ids: string[] } | null = null;
  let rowsShown: string[] = [];
  const rowCache = new Map<string, HTMLTableRowElement>();
  let rowCacheKey = "";

  const head = (column: Column, label: string) => {
    const th = h(
      "th",
      { scope: "col", class: `col-${column}` },
      h(
        "button",
        {
          type: "button",
          class: "sort-btn",
          "data-sort": column,
          title: t(lang, "sortBy", { column: label }),
          onclick: () => {
            const sort = sorting.get();
            sorting.set({ column, dir: sort.column === column ? (sort.dir === 1 ? -1 : 1) : 1 });
          },
        },
        label,
        h("span", { "aria-hidden": "true", class: "sort-mark" }),
      ),
    );
    heads.set(column, th);
    return th;
  };
  const tbody = h("tbody", {});
  const table = h(
    "table",
    { class: "inview-table" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        head("date", t(lang, "columnDate")),
        head("title", t(lang, "columnTitle")),
        head("kind", t(lang, "columnKind")),
      ),
    ),
    tbody,
  );
  table.addEventListener("keydown", (ev) => {
    if (ev.key !== "ArrowDown" && ev.key !== "ArrowUp") return;
    const buttons = [...table.querySelectorAll<HTMLElement>(".row-title")];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    ev.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (ev.key === "ArrowDown" ? 1 : -1)))].focus();
  });
  const count = h("h3", {});
  const more = h("p", { class: "muted" });
  const element = h(
    "section",
    { class: "inview-events" },
    h(
      "div",
      { class: "inview-events-head" },
      count,
      h(
        "button",
        {
          type: "button",
          class: "mini-btn export-inview",
          onclick: () => {
            const st = store.get();
            download(
              new Blob([eventsToCsv(index, derive(st).inWindow, st.lang)], { type: "text/csv;charset=utf-8" }),
              `liaison-${new Date().toISOString().slice(0, 10)}-events.csv`,
            );
          },
        },
        t(lang, "exportInView"),
      ),
    ),
    table,
    more,
  );

  function fill(ids: string[], s: ViewState) {
    const sort = sorting.get();
    for (const [column, th] of heads) {
      const on = sort.column === column;
      th.setAttribute("aria-sort", on ? (sort.dir === 1 ? "ascending" : "descending") : "none");
      th.querySelector(".sort-mark")!.textContent = on ? (sort.dir === 1 ? " ▲" : " ▼") : "";
    }
    count.textContent = t(lang, "eventsInView", { n: ids.length });
    more.hidden = ids.length <= MAX_ROWS;
    more.textContent = ids.length > MAX_ROWS ? t(lang, "moreEvents", { n: ids.length - MAX_ROWS }) : "";
    const cacheKey = `${s.collapse}|${s.hidePersons}`;
    if (cacheKey !== rowCacheKey || rowCache.size > 4 * MAX_ROWS) {
      rowCacheKey = cacheKey;
      rowCache.clear();
      rowsShown = [];
    }
    const sortKey = `${sort.column}${sort.dir}`;
    if (!sortedFor || sortedFor.events !== ids || sortedFor.key !== sortKey)
      sortedFor = { events: ids, key: sortKey, ids: sorted(ids, sort).slice(0, MAX_ROWS) };
    const next = sortedFor.ids;
    if (next.length === rowsShown.length && next.every((id, i) => id === rowsShown[i])) return;
    rowsShown = next;
    const mode = { collapse: s.collapse, hidePersons: s.hidePersons };
    tbody.replaceChildren(
      ...next.map((id) => {
        let row = rowCache.get(id);
        if (!row) rowCache.set(id, (row = eventRow(id, mode)));
        return row;
      }),
    );
  }

  function sorted(ids: string[], sort: Sort): string[] {
    if (sort.column === "date") return sort.dir === 1 ? ids : [...ids].reverse();
    const keyOf =
      sort.column === "title"
        ? (id: string) => index.eventsById.get(id)!.title[lang]
        : (id: string) => VOCAB.kind[index.eventsById.get(id)!.kind][lang];
    const collator = new Intl.Collator(lang === "zh" ? "zh-Hans-CN" : "en");
    const keys = new Map(ids.map((id) => [id, keyOf(id)]));
    // Ties keep date order (the list comes chronological and the sort is stable).
    return [...ids].sort((a, b) => sort.dir * collator.compare(keys.get(a)!, keys.get(b)!));
  }

  function eventRow(id: string, mode: { collapse: boolean; hidePersons: boolean }) {
    const e = index.eventsById.get(id)!;
    const actors = countedActors(index, id, mode);
    const names = actors.slice(0, 3).map((a) => actorShortName(index, a, lang));
    const more = actors.length > 3 ? (lang === "zh" ? `等${actors.length}个` : ` +${actors.length - 3}`) : "";
    return h(
      "tr",
      { "data-event": id, class: e.planned ? "planned" : "" },
      h(
        "td",
        { class: "col-date" },
        // The themes' colours on a line of their own, so that they take none of the date's width.
        h(
          "span",
          { class: "swatches" },
          ...e.themes.map((th) =>
            h("span", {
              class: "swatch",
              style: `background:${kit.themeColor(th)}`,
              title: index.themesById.get(th)?.label[lang] ?? th,
            }),
          ),
        ),
        ...dateParts(formatEventDate(e.date, lang), lang),
      ),
      h(
        "td",
        { class: "col-title" },
        h(
          "button",
          {
            type: "button",
            class: "link row-title",
            "data-event": id,
            onclick: () => store.set({ sel: { type: "event", id } }),
          },
          e.title[lang],
        ),
        h("div", { class: "col-actors" }, names.join(lang === "zh" ? "、" : ", ") + more),
      ),
      h("td", { class: "col-kind" }, VOCAB.kind[e.kind][lang]),
    );
  }

  return { element, fill };
}

/** A Chinese date in parts that may go on lines of their own (after 年, before 至), each kept whole. */
function dateParts(date: string, lang: Lang): Array<HTMLElement | string> {
  if (lang !== "zh") return [date];
  return date.split(/(?<=年)|(?=至)/).map((part) => h("span", { class: "date-part" }, part));
}
