// Temporary checker for extraction drafts (replaced by the real validator).
import fs from "node:fs";
const SRC = {
  "newsletter-zh": "000_fea9090aa9d5ab57.txt",
  "srsg-report-2017": "001_f65796ce0b643df3.txt",
  "sg-report-2008": "002_be2cf52ac6d914d8.txt",
  "gfmd-chair-report-2011": "003_4ec4a3f0193b5aa8.txt",
  "newsletter-en": "004_75f3cf6ac070c79e.txt",
};
const texts = {};
for (const [id, f] of Object.entries(SRC))
  texts[id] = fs.readFileSync(new URL(`../../shared/seeds/${f}`, import.meta.url), "utf8").replace(/\s+/g, "");
const THEMES =
  "trafficking smuggling-irregular labour-mobility return-readmission skilled-mobility refugees-crises governance development remittances diaspora integration rights-protection data-statistics capacity-building climate-environment border-visa gender-family health".split(
    " ",
  );
const KINDS =
  "meeting conference workshop visit agreement membership resolution report policy appointment declaration initiative launch publication other".split(
    " ",
  );
const ROLES =
  "host organiser chair co-chair participant signatory funder speaker author adopter subject partner member applicant".split(
    " ",
  );
const TYPES =
  "igo un-body state government-body regional-body forum civil-society academic private-sector person".split(" ");
const RTYPES = "observer member part-of hosts chairs funds partner leads represents".split(" ");
const core = JSON.parse(fs.readFileSync(new URL("../data/drafts/CORE_ACTORS.json", import.meta.url), "utf8"));
const file = process.argv[2];
const d = JSON.parse(fs.readFileSync(file, "utf8"));
const probs = [];
const p = (id, m) => probs.push(`${id}: ${m}`);
const ids = new Set(core.actors.map((a) => a.id));
for (const a of d.actors ?? []) {
  if (ids.has(a.id)) p(a.id, "actor id duplicated (core or twice)");
  ids.add(a.id);
}
const DATE = /^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const okDate = (s) => DATE.test(s) && s.slice(0, 4) >= "2001" && s.slice(0, 4) <= "2018";
function cites(id, list) {
  if (!Array.isArray(list) || list.length === 0) return p(id, "no sources");
  for (const c of list) {
    if (!SRC[c.source]) {
      p(id, `unknown source ${c.source}`);
      continue;
    }
    const want = c.source === "newsletter-en" ? "en" : "zh";
    if (c.lang !== want) p(id, `lang should be ${want}`);
    const q = (c.quote ?? "").replace(/\s+/g, "");
    if (q.length < 4) p(id, "quote too short");
    else if (!texts[c.source].includes(q)) p(id, `quote not found in ${c.source}: «${c.quote}»`);
  }
}
const bi = (id, f, v, opt) => {
  if (v === undefined && opt) return;
  if (!v || !v.en || !v.zh) p(id, `${f} needs en and zh`);
};
for (const a of d.actors ?? []) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(a.id)) p(a.id, "bad id");
  bi(a.id, "name", a.name);
  bi(a.id, "short", a.short, true);
  if (!TYPES.includes(a.type)) p(a.id, `bad type ${a.type}`);
  if (a.parent && !ids.has(a.parent)) p(a.id, `unknown parent ${a.parent}`);
  if (a.affiliation && !ids.has(a.affiliation)) p(a.id, `unknown affiliation ${a.affiliation}`);
  if (a.sources) cites(a.id, a.sources);
}
const eids = new Set();
for (const e of d.events ?? []) {
  if (eids.has(e.id)) p(e.id, "duplicate event id");
  eids.add(e.id);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) p(e.id, "bad id");
  if (!e.date || !okDate(e.date.start)) p(e.id, `bad date.start ${e.date?.start}`);
  if (e.date?.end && (!okDate(e.date.end) || e.date.end < e.date.start)) p(e.id, `bad date.end ${e.date.end}`);
  bi(e.id, "title", e.title);
  bi(e.id, "summary", e.summary);
  bi(e.id, "place", e.place, true);
  bi(e.id, "dateNote", e.dateNote, true);
  if (!KINDS.includes(e.kind)) p(e.id, `bad kind ${e.kind}`);
  if (!Array.isArray(e.actors) || !e.actors.length) p(e.id, "no actors");
  for (const r of e.actors ?? []) {
    if (!ids.has(r.id)) p(e.id, `unknown actor ${r.id}`);
    if (!ROLES.includes(r.role)) p(e.id, `bad role ${r.role}`);
  }
  if (!Array.isArray(e.themes) || !e.themes.length) p(e.id, "no themes");
  for (const t of e.themes ?? []) if (!THEMES.includes(t)) p(e.id, `bad theme ${t}`);
  if (typeof e.planned !== "boolean") p(e.id, "planned must be boolean");
  cites(e.id, e.sources);
  for (const n of e.notes ?? []) {
    bi(e.id, "notes[]", n);
    if (n.sources) cites(e.id + " note", n.sources);
  }
}
for (const r of d.relations ?? []) {
  if (!RTYPES.includes(r.type)) p(r.id, `bad relation type ${r.type}`);
  for (const k of ["from", "to"]) if (!ids.has(r[k])) p(r.id, `unknown ${k} ${r[k]}`);
  if (r.start && !okDate(r.start)) p(r.id, `bad start ${r.start}`);
  if (r.end && !okDate(r.end)) p(r.id, `bad end ${r.end}`);
  bi(r.id, "note", r.note, true);
  cites(r.id, r.sources);
}
console.log(probs.join("\n"));
console.log(
  `${(d.events ?? []).length} events, ${(d.actors ?? []).length} actors, ${(d.relations ?? []).length} relations; ${probs.length} problems`,
);
process.exit(probs.length ? 1 : 0);
