import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildJsonSchemas } from "../../scripts/jsonSchemas.ts";

const dataDir = path.resolve(import.meta.dirname, "../../data");

describe("generated JSON Schemas", () => {
  const schemas = buildJsonSchemas();
  it.each(Object.keys(schemas))("data/schema/%s is up to date (run npm run gen:schema)", (name) => {
    const onDisk = fs.readFileSync(path.join(dataDir, "schema", name), "utf8");
    expect(onDisk).toBe(schemas[name]);
  });
  it.each(["sources", "actors", "themes", "events", "relations", "stories"])(
    "data/%s.json points at its schema",
    (name) => {
      const json = JSON.parse(fs.readFileSync(path.join(dataDir, `${name}.json`), "utf8")) as { $schema?: string };
      expect(json.$schema).toBe(`./schema/${name}.schema.json`);
    },
  );
});
