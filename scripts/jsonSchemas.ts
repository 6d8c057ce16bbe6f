/** Builds the JSON Schema text of every data file from the zod schemas (the single source of truth). */
import { z } from "zod";
import { DATA_FILES } from "../src/data/dataFiles.ts";

export function buildJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const spec of Object.values(DATA_FILES)) {
    const schema = z.toJSONSchema(spec.whole, { target: "draft-2020-12", unrepresentable: "any" });
    const name = spec.file.replace(/\.json$/, ".schema.json");
    const titled = {
      ...schema,
      title: `Liaison ${spec.file}`,
      $comment: "Generated from src/data/schema.ts by `npm run gen:schema`. Do not edit.",
    };
    out[name] = JSON.stringify(titled, null, 2) + "\n";
  }
  return out;
}
