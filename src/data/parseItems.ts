/**
 * Schema gate for one data file: checks the file's shape, then each item on its own,
 * so one bad item is reported with its id and does not hide the problems of the others.
 */
import type { z } from "zod";
import type { DataFileSpec } from "./dataFiles.ts";
import { formatPath, type Problem } from "./problem.ts";

export interface ParsedItems<T> {
  items: T[];
  problems: Problem[];
  /** Ids of every entry that has one, valid or not, so references to a broken item do not cascade */
  ids: Set<string>;
}

export function parseItems<T>(spec: DataFileSpec, raw: unknown): ParsedItems<T> {
  const problems: Problem[] = [];
  const fileProblem = (message: string) => problems.push({ file: spec.file, id: null, field: "", message });
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    fileProblem(`must be an object with a "${spec.key}" array`);
    return { items: [], problems, ids: new Set() };
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== spec.key && key !== "$schema") fileProblem(`unexpected top-level key "${key}"`);
  }
  const list = record[spec.key];
  if (!Array.isArray(list)) {
    fileProblem(`must be an object with a "${spec.key}" array`);
    return { items: [], problems, ids: new Set() };
  }
  const items: T[] = [];
  const ids = new Set<string>();
  list.forEach((entry: unknown, index) => {
    const id = itemId(entry, index);
    if (!id.startsWith("#")) ids.add(id);
    const result = (spec.item as z.ZodType<T>).safeParse(entry);
    if (result.success) {
      items.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      problems.push({ file: spec.file, id, field: formatPath(issue.path), message: issue.message });
    }
  });
  return { items, problems, ids };
}

/** The item's own id when it has a usable one, else its position. */
function itemId(entry: unknown, index: number): string {
  const id = typeof entry === "object" && entry !== null ? (entry as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.trim() !== "" ? id : `#${index}`;
}
