/** One thing wrong with a dataset, precise enough for a curator to find and fix it. */
export interface Problem {
  /** Data file, e.g. "events.json" */
  file: string;
  /** Id of the offending item, or null for file-level problems */
  id: string | null;
  /** Dotted path inside the item, e.g. "sources[0].quote"; "" for the whole item */
  field: string;
  message: string;
}

/** A problem with a whole file or input (no item, no field). */
export const fileLevelProblem = (file: string, message: string): Problem => ({ file, id: null, field: "", message });

export function formatProblem(p: Problem): string {
  const where = [p.file, p.id ?? "(file)", p.field || "(item)"].join(" › ");
  return `${where}: ${p.message}`;
}

/** zod-style path → "sources[0].quote" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((k, i) => (typeof k === "number" ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join("");
}
