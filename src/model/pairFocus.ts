/**
 * What the network picks out for a pair's connections (`pair=A,B`, `via=C`): the two actors (and
 * the chosen intermediary) as centres, and as the focus the centres, the events that light up and
 * the bodies through which the two take part in them (MPS for China, an office for IOM).
 */
import { actorNode, eventNode } from "./buildActorGraph.ts";
import type { DatasetIndex } from "./datasetIndex.ts";
import { pairAnalysisFor, pairHighlightEvents } from "./pairAnalysis.ts";
import type { ViewState } from "./viewState.ts";

export interface PairFocus {
  /** Graph nodes drawn as the centres */
  centres: Set<string>;
  /** Graph nodes in focus: the centres, the events picked out and the bodies taking part */
  focus: Set<string>;
  /** The events picked out (ids) */
  events: string[];
}

/** Null without a pair. Nodes follow Collapse hierarchy (an actor is drawn as its top parent). */
export function pairFocusFor(index: DatasetIndex, s: Pick<ViewState, "pair" | "via" | "collapse">): PairFocus | null {
  if (!s.pair) return null;
  const nodeOf = (id: string) => actorNode(s.collapse ? index.rootOf.get(id)! : id);
  const p = pairAnalysisFor(index, s.pair, { collapse: s.collapse });
  const events = pairHighlightEvents(index, p, s.via);
  const centres = new Set([...s.pair, ...(s.via ? [s.via] : [])].map(nodeOf));
  const focus = new Set(centres);
  for (const id of events) {
    focus.add(eventNode(id));
    for (const { id: a } of index.eventsById.get(id)!.actors)
      if (p.familyA.includes(a) || p.familyB.includes(a) || a === s.via) focus.add(nodeOf(a));
  }
  return { centres, focus, events };
}
