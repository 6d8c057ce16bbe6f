/**
 * Seeded synthetic datasets with the real data's shape, for the benchmark: years drawn from the
 * real events' year distribution, the same date precisions, kinds, themes and planned share,
 * actors-per-event and actor popularity following the real degree distribution, and a hierarchy.
 * Quotes are synthetic, so the app reports them as unverified (no source texts are shipped).
 */
import type { Dataset } from "../../src/data/dataFiles.ts";
import type { Actor, MigrationEvent, Relation } from "../../src/data/schema.ts";

/** mulberry32: small, fast, good enough for test data, and reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const pad = (n: number) => String(n).padStart(2, "0");

export function generateDataset(real: Dataset, factor: number, seed = 1): Dataset {
  const rnd = seededRandom(seed);
  const nActors = Math.round(real.actors.length * factor);
  const nEvents = Math.round(real.events.length * factor);
  const nRelations = Math.round(real.relations.length * factor);

  // Actors: types as in the real data; about the same share has a parent, always an earlier actor.
  const parentShare = real.actors.filter((a) => a.parent).length / real.actors.length;
  const actors: Actor[] = [];
  for (let i = 0; i < nActors; i++) {
    const template = pick(rnd, real.actors);
    const a: Actor = {
      id: `actor-${i}`,
      name: { en: `Actor ${i} (${template.type})`, zh: `行为体${i}` },
      short: { en: `A${i}`, zh: `体${i}` },
      type: template.type,
    };
    if (i > 10 && rnd() < parentShare) a.parent = `actor-${Math.floor(rnd() * i)}`;
    actors.push(a);
  }
  // Popularity follows the real degree distribution: reuse the real degrees as weights.
  const realDegree = new Map<string, number>();
  for (const e of real.events) for (const r of e.actors) realDegree.set(r.id, (realDegree.get(r.id) ?? 0) + 1);
  const degrees = real.actors.map((a) => realDegree.get(a.id) ?? 1);
  const weights = actors.map(() => pick(rnd, degrees));
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative[cumulative.length - 1];
  const weightedActor = () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return actors[lo].id;
  };

  const events: MigrationEvent[] = [];
  for (let i = 0; i < nEvents; i++) {
    const template = pick(rnd, real.events);
    const year = Number(pick(rnd, real.events).date.start.slice(0, 4)); // year distribution of the real data
    const precision = template.date.start.length;
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const start =
      precision === 4 ? `${year}` : precision === 7 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    const end =
      template.date.end && precision === 10
        ? `${year}-${pad(month)}-${pad(Math.min(28, day + 1 + Math.floor(rnd() * 3)))}`
        : undefined;
    const roles = new Map<string, MigrationEvent["actors"][number]>();
    for (const r of template.actors) {
      const id = weightedActor();
      roles.set(id, { id, role: r.role });
    }
    const source = pick(rnd, real.sources);
    events.push({
      id: `event-${i}`,
      date: end ? { start, end } : { start },
      title: { en: `Synthetic ${template.kind} ${i}`, zh: `合成事件${i}` },
      summary: { en: `Generated event ${i} shaped like ${template.id}.`, zh: `第${i}个生成的事件。` },
      kind: template.kind,
      ...(template.place ? { place: { en: `Place ${i % 97}`, zh: `地点${i % 97}` } } : {}),
      actors: [...roles.values()],
      themes: [...template.themes],
      planned: template.planned,
      sources: [{ source: source.id, quote: `Synthetic quote ${i}`, lang: source.language }],
    });
  }
  // Every actor takes part somewhere (the validator rejects actors nothing refers to).
  const used = new Set(events.flatMap((e) => e.actors.map((a) => a.id)));
  for (const a of actors) if (a.parent) used.add(a.parent);
  for (const a of actors) {
    if (!used.has(a.id)) pick(rnd, events).actors.push({ id: a.id, role: "participant" });
  }

  const relations: Relation[] = [];
  for (let i = 0; i < nRelations; i++) {
    const template = pick(rnd, real.relations);
    const from = weightedActor();
    let to = weightedActor();
    if (to === from) to = actors[(Number(from.slice(6)) + 1) % actors.length].id;
    const r: Relation = {
      id: `relation-${i}`,
      type: template.type,
      from,
      to,
      sources: [{ source: real.sources[0].id, quote: `Synthetic relation ${i}`, lang: real.sources[0].language }],
    };
    if (template.start) r.start = template.start;
    if (template.end) r.end = template.end;
    relations.push(r);
  }
  return { sources: real.sources, themes: real.themes, actors, events, relations, stories: [] };
}
