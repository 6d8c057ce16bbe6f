/**
 * Reads a dataset directory (data/ layout) from disk and runs the full validation on it.
 * Malformed JSON is reported with line and column; the rest of the checks still run.
 */
import fs from "node:fs";
import path from "node:path";
import { DATA_FILES, DATA_FILE_NAMES, type DataFileName } from "../src/data/dataFiles.ts";
import { parseJsonText } from "../src/data/parseJsonText.ts";
import type { Problem } from "../src/data/problem.ts";
import { checkFidelity } from "../src/data/fidelity/checkFidelity.ts";
import { DEFAULT_RANGE, validateDataset, type ValidationResult } from "../src/data/validateDataset.ts";

export interface DataDirResult extends ValidationResult {
  /** Reading checks to review (src/data/fidelity): printed, not failing */
  warnings: Problem[];
}

export function checkDataDir(dir: string): DataDirResult {
  const raw: Partial<Record<DataFileName, unknown>> = {};
  const syntax: Problem[] = [];
  for (const name of DATA_FILE_NAMES) {
    const file = DATA_FILES[name].file;
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) continue;
    const parsed = parseJsonText(fs.readFileSync(full, "utf8"));
    if (parsed.ok) raw[name] = parsed.value;
    else
      syntax.push({
        file,
        id: null,
        field: "",
        message: `invalid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
      });
  }
  const texts: Record<string, string> = {};
  const sourceDir = path.join(dir, "sources");
  if (fs.existsSync(sourceDir)) {
    for (const f of fs.readdirSync(sourceDir))
      if (f.endsWith(".txt")) texts[f] = fs.readFileSync(path.join(sourceDir, f), "utf8");
  }
  const result = validateDataset(raw, { texts, range: DEFAULT_RANGE });
  const broken = new Set(syntax.map((p) => p.file));
  const fidelity = checkFidelity(result.dataset, texts);
  const problems = [
    ...syntax,
    ...result.problems.filter((p) => !(broken.has(p.file) && p.message === "file is missing")),
    ...fidelity.problems,
  ];
  return { ...result, problems, warnings: fidelity.warnings };
}
