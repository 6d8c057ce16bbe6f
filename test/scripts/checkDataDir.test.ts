import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/data/problem.ts";
import { checkDataDir } from "../../scripts/checkDataDir.ts";
import { writeMiniDataDir } from "../fixtures/miniDataDir.ts";

const root = path.resolve(import.meta.dirname, "../..");

const writeMiniDir = () => writeMiniDataDir();

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
    let out = "";
    let code = 0;
    try {
      execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/checkData.ts"), dir], {
        encoding: "utf8",
      });
    } catch (e) {
      const err = e as { status: number; stdout: string };
      code = err.status;
      out = err.stdout;
    }
    expect(code).toBe(1);
    expect(out.split("\n")[0]).toBe("relations.json › (file) › (item): file is missing");
    expect(out).toContain("check:data FAILED: 1 problem(s)");
  });

  it("reports the reading checks' findings as warnings, which print but do not fail the CLI", () => {
    const dir = writeMiniDataDir((d) => (d.events[0].summary.en = "China “joined as a full member”."));
    expect(checkDataDir(dir).warnings.map(formatProblem)).toEqual([
      "events.json › china-observer › actors[1]: \"mps\" (participant) is not named near any of the event's quotes: cite a passage that names it, add the document's wording to its aliases, or say why in basis",
      "relations.json › china-iom-observer › to: \"iom\" is not named near any of the relation's quotes: cite a passage that names it, or add the document's wording to its aliases",
      'events.json › china-joins-iom › summary.en: quoted "joined as a full member" is not verbatim in any passage the item cites',
    ]);
    const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/checkData.ts"), dir], {
      encoding: "utf8",
    });
    expect(out).toContain('warning: events.json › china-joins-iom › summary.en: quoted "joined as a full member"');
    expect(out).toContain("0 problems, 3 warning(s) to review");
  });

  it("the real dataset passes with zero problems", () => {
    const { problems, dataset } = checkDataDir(path.join(root, "data"));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(dataset.sources).toHaveLength(5);
  });
});
