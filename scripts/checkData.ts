/** `npm run check:data [dir]`: validates the dataset, prints every problem, exits 1 if any. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblem } from "../src/data/problem.ts";
import { checkDataDir } from "./checkDataDir.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? path.join(here, "..", "data"));
const { dataset, problems, warnings } = checkDataDir(dir);
for (const p of problems) console.log(formatProblem(p));
for (const w of warnings) console.log(`warning: ${formatProblem(w)}`);
const counts = `${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.relations.length} relations, ${dataset.themes.length} themes, ${dataset.sources.length} sources`;
console.log(
  problems.length === 0
    ? `check:data OK: ${counts}, 0 problems, ${warnings.length} warning(s) to review`
    : `check:data FAILED: ${problems.length} problem(s) (${counts} valid)`,
);
process.exit(problems.length === 0 ? 0 : 1);
