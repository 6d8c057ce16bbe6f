/** `npm run gen:schema`: writes data/schema/*.schema.json from the zod schemas. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildJsonSchemas } from "./jsonSchemas.ts";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "data", "schema");
fs.mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(buildJsonSchemas())) {
  fs.writeFileSync(path.join(dir, name), text);
  console.log(`wrote data/schema/${name}`);
}
