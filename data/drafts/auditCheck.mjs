// Runs draftCheck on an audit file, with the merged dataset's actors known.
import fs from "node:fs";
import { execFileSync } from "node:child_process";
const file = process.argv[2];
const audit = JSON.parse(fs.readFileSync(file, "utf8"));
const base = "/work/main/data/";
const actors = JSON.parse(fs.readFileSync(base + "actors.json", "utf8")).actors;
const events = JSON.parse(fs.readFileSync(base + "events.json", "utf8")).events;
const existingIds = new Set(events.map((e) => e.id));
const problems = [];
for (const e of audit.events ?? []) if (existingIds.has(e.id)) problems.push(`${e.id}: event id already exists in events.json (use addCitations/corrections instead)`);
for (const c of audit.addCitations ?? []) if (!existingIds.has(c.event)) problems.push(`addCitations: unknown event ${c.event}`);
for (const c of audit.corrections ?? []) if (!existingIds.has(c.event)) problems.push(`corrections: unknown event ${c.event}`);
const core = new Set(JSON.parse(fs.readFileSync("/work/main/data/drafts/CORE_ACTORS.json", "utf8")).actors.map((a) => a.id));
const known = actors.filter((a) => !core.has(a.id));
const dup = (audit.actors ?? []).filter((a) => actors.some((b) => b.id === a.id)).map((a) => a.id);
for (const d of dup) problems.push(`${d}: actor id already exists in actors.json`);
const fake = {
  events: [
    ...(audit.events ?? []),
    ...(audit.addCitations ?? []).map((c, i) => ({ id: `cite-${i}-${c.event}`, date: { start: "2010" }, title: { en: "x", zh: "x" }, summary: { en: "x", zh: "x" }, kind: "other", actors: c.actors?.length ? c.actors : [{ id: "iom", role: "subject" }], themes: ["governance"], planned: false, sources: c.sources })),
  ],
  actors: [...known.filter((a) => !dup.includes(a.id)), ...(audit.actors ?? [])],
  relations: audit.relations ?? [],
};
fs.writeFileSync("/tmp/auditcheck-" + process.pid + ".json", JSON.stringify(fake));
let out = "";
try { out = execFileSync("node", ["/work/main/scripts/draftCheck.mjs", "/tmp/auditcheck-" + process.pid + ".json"], { encoding: "utf8" }); } catch (e) { out = e.stdout; }
console.log(problems.join("\n"));
console.log(out.replace(/^\d+ events, \d+ actors/m, (m) => m + " (incl. existing actors)"));
console.log(problems.length ? `${problems.length} extra problems` : "");
