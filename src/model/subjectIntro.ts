/**
 * The app's subject, China and IOM, as the cold start introduces it: the milestones of their
 * relationship taken from the data — the dated statuses between the two (with their bodies:
 * observer, the liaison office it hosts, member) and the agreements both signed — in date order.
 */
import type { Relation } from "../data/schema.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { pairAnalysisFor } from "./pairAnalysis.ts";

export const SUBJECT_PAIR: [string, string] = ["state-china", "iom"];
/** The story told about them (the first story that follows both, if this one is missing). */
export const SUBJECT_STORY = "china-iom-observer-to-member";

export type Milestone = { date: string; relation: Relation } | { date: string; event: string };

const STATUS_TYPES = new Set(["observer", "member", "hosts"]);

export function subjectMilestones(index: DatasetIndex, pair = SUBJECT_PAIR): Milestone[] {
  if (!pair.every((id) => index.actorsById.has(id))) return [];
  const p = pairAnalysisFor(index, pair);
  const out: Milestone[] = [];
  for (const r of p.relations) if (r.start && STATUS_TYPES.has(r.type)) out.push({ date: r.start, relation: r });
  for (const id of p.shared) {
    const e = index.eventsById.get(id)!;
    if (e.kind === "agreement" && !e.planned) out.push({ date: e.date.start, event: id });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** The story that tells the subject: the named one, or the first whose steps choose both actors. */
export function subjectStory<S extends { id: string; steps: Array<{ view: { actors?: string[] } }> }>(
  stories: S[],
  pair = SUBJECT_PAIR,
): S | undefined {
  return (
    stories.find((s) => s.id === SUBJECT_STORY) ??
    stories.find((s) => s.steps.some((st) => pair.every((id) => st.view.actors?.includes(id))))
  );
}
