import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/data/dataFiles.ts";
import { formatProblem } from "../../src/data/problem.ts";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { writeMiniDataDir } from "../fixtures/miniDataDir.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** `npm run check:data` on a directory: its exit code and what it printed. */
function runCheckData(dir: string): { code: number; out: string } {
  try {
    const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/checkData.ts"), dir], {
      encoding: "utf8",
    });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, out: err.stdout };
  }
}

const writeMiniDir = (mutate?: (d: Dataset) => void) => writeMiniDataDir(mutate);

describe("checkDataDir", () => {
  it("passes a valid directory", () => {
    expect(checkDataDir(writeMiniDir()).problems).toEqual([]);
  });

  it("reports malformed JSON with its line and column, and still checks the other files", () => {
    const dir = writeMiniDir();
    fs.writeFileSync(path.join(dir, "themes.json"), '{\n  "themes": [\n    { "id": "governance", }\n  ]\n}');
    const report = checkDataDir(dir).problems.map(formatProblem);
    expect(report).toEqual([
      "themes.json › (file) › (item): invalid JSON at line 3, column 27: trailing comma",
      'events.json › china-joins-iom › themes[0]: unknown theme "governance"',
      'events.json › china-observer › themes[0]: unknown theme "governance"',
      'stories.json › observer-to-member › steps[0].view.themes[0]: unknown theme "governance"',
    ]);
  });

  it("the CLI prints every problem and exits non-zero", () => {
    const dir = writeMiniDir();
    fs.rmSync(path.join(dir, "relations.json"));
    const { code, out } = runCheckData(dir);
    expect(code).toBe(1);
    expect(out.split("\n")[0]).toBe("relations.json › (file) › (item): file is missing");
    expect(out).toContain("check:data FAILED: 1 problem(s)");
  });

  it("fails on the reading checks' errors and prints their warnings", () => {
    const dir = writeMiniDir((d) => {
      d.events[0].summary.en = "China “joined as a full member”.";
      d.events[1].planned = true;
    });
    const result = checkDataDir(dir);
    expect(result.problems.map(formatProblem)).toEqual([
      'events.json › china-joins-iom › summary.en: quoted "joined as a full member" is not verbatim in any passage the item cites',
    ]);
    expect(result.warnings.map(formatProblem)).toEqual([
      "events.json › china-observer › title.en: planned event told without a future marker (will, is to, expected, planned…): review the tense",
      "events.json › china-observer › title.zh: planned event told without a future marker (将、拟、计划、预计…): review the tense",
      "events.json › china-observer › summary.en: planned event told without a future marker (will, is to, expected, planned…): review the tense",
      "events.json › china-observer › summary.zh: planned event told without a future marker (将、拟、计划、预计…): review the tense",
    ]);
    const { code, out } = runCheckData(dir);
    expect(code).toBe(1);
    expect(out).toContain('events.json › china-joins-iom › summary.en: quoted "joined as a full member"');
    expect(out).toContain(
      "warning: events.json › china-observer › title.en: planned event told without a future marker",
    );
    expect(out).toContain("check:data FAILED: 1 problem(s)");
  });

  it("a reading-clean directory passes the CLI, printing its warnings", () => {
    const out = execFileSync(
      path.join(root, "node_modules/.bin/tsx"),
      [path.join(root, "scripts/checkData.ts"), writeMiniDir((d) => (d.events[1].planned = true))],
      { encoding: "utf8" },
    );
    expect(out).toContain("0 problems, 4 warning(s) to review");
  });

  it("the real dataset passes with zero problems", () => {
    const { problems, dataset } = checkDataDir(path.join(root, "data"));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset.sources).toHaveLength(5);
  });
});
