/**
 * Visible events as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Chinese), RFC 4180
 * quoting (d3-dsv's) and CRLF line ends, and cells that a spreadsheet would run as a formula
 * neutralised with a leading quote.
 */
import { csvFormatRow } from "d3-dsv";
import type { Lang, MigrationEvent } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { formatEventDate } from "./formatDate.ts";
import { VOCAB } from "./vocabulary.ts";

const BOM = "\uFEFF";

/** Neutralise =, +, -, @ (and tab/CR, which some spreadsheets also treat as formula starts). */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const CSV_COLUMNS = [
  "id",
  "date_start",
  "date_end",
  "date",
  "title_en",
  "title_zh",
  "kind",
  "place",
  "actors",
  "themes",
  "planned",
  "summary",
  "sources",
] as const;

/** "IOM (host); China (participant)": an event's actors with their roles, as the CSV and the handout list them. */
export function actorsWithRoles(index: DatasetIndex, e: MigrationEvent, lang: Lang): string {
  const name = (id: string) => index.actorsById.get(id)?.name[lang] ?? id;
  // Chinese text takes full-width brackets and the enumeration comma's list separator (；).
  if (lang === "zh") return e.actors.map((a) => `${name(a.id)}（${VOCAB.role[a.role].zh}）`).join("；");
  return e.actors.map((a) => `${name(a.id)} (${VOCAB.role[a.role][lang]})`).join("; ");
}

export function eventsToCsv(index: DatasetIndex, eventIds: string[], lang: Lang): string {
  const rows = [csvFormatRow([...CSV_COLUMNS])];
  for (const id of eventIds) {
    const e = index.eventsById.get(id)!;
    const actors = actorsWithRoles(index, e, lang);
    const themes = e.themes.map((t) => index.themesById.get(t)?.label[lang] ?? t).join(lang === "zh" ? "；" : "; ");
    const colon = lang === "zh" ? "：" : ": ";
    const sources = e.sources
      .map(
        (c) => `${index.dataset.sources.find((s) => s.id === c.source)?.title[lang] ?? c.source}${colon}“${c.quote}”`,
      )
      .join(" | ");
    const cells = [
      e.id,
      e.date.start,
      e.date.end ?? "",
      formatEventDate(e.date, lang),
      e.title.en,
      e.title.zh,
      VOCAB.kind[e.kind][lang],
      e.place?.[lang] ?? "",
      actors,
      themes,
      e.planned ? "yes" : "no",
      e.summary[lang],
      sources,
    ];
    rows.push(csvFormatRow(cells.map(neutraliseCell)));
  }
  return BOM + rows.join("\r\n") + "\r\n";
}
