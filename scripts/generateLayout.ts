/**
 * `npm run gen:layout`: computes the curated network's layout at build time and writes
 * data/layout.json, so the app draws it at once. A test fails when it is out of date.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildActorGraph } from "../src/model/buildActorGraph.ts";
import { buildDatasetIndex } from "../src/model/datasetIndex.ts";
import { runForceLayout } from "../src/model/forceLayout.ts";
import { graphSignature } from "../src/model/graphSignature.ts";
import { checkDataDir } from "./checkDataDir.ts";

export function computeShippedLayout(dataDir: string): string {
  const graph = buildActorGraph(buildDatasetIndex(checkDataDir(dataDir).dataset));
  const signature = graphSignature(graph);
  return JSON.stringify({ signature, positions: runForceLayout(graph) }) + "\n";
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "data");
  fs.writeFileSync(path.join(dataDir, "layout.json"), computeShippedLayout(dataDir));
  console.log("wrote data/layout.json");
}
