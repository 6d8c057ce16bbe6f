/**
 * What a focus lights in the network, among the nodes drawn: the centre (the hovered node, else
 * the selection) and its neighbours, and while nothing is hovered each other picked node's
 * neighbourhood too; with no centre, the pair's nodes that are drawn. Its permanent labels are its
 * six most active actors besides the centre.
 */
import type { ActorGraph } from "./buildActorGraph.ts";
import { topByActivity } from "./graphView.ts";

export interface FocusCentre {
  /** The hovered node, else the selected one */
  centre: string | null;
  hovered: boolean;
  /** The other picked nodes (a step may pick out several) */
  also: Iterable<string>;
  /** The pair's focus, when a pair's connections are open */
  pair: Set<string> | null;
}

/** The node and its neighbours as drawn (a rollup edge left out of `shown` does not count). */
function neighbourhood(shown: ActorGraph, node: string): Set<string> {
  const set = new Set([node]);
  shown.forEachNeighbor(node, (n) => void set.add(n));
  return set;
}

/** The nodes in focus, or null when nothing is. */
export function focusOf(shown: ActorGraph, { centre, hovered, also, pair }: FocusCentre): Set<string> | null {
  if (!centre) {
    const drawn = new Set([...(pair ?? [])].filter((n) => shown.hasNode(n)));
    return drawn.size ? drawn : null;
  }
  if (!shown.hasNode(centre)) return null;
  const focus = neighbourhood(shown, centre);
  if (!hovered) for (const n of also) if (shown.hasNode(n)) for (const m of neighbourhood(shown, n)) focus.add(m);
  return focus;
}

/** The focus's permanent labels: its most active actors, the centre aside. */
export function focusLabelsOf(
  focus: Set<string> | null,
  centre: string | null,
  actorCounts: Map<string, number>,
): Set<string> {
  const neighbours = new Map<string, number>();
  for (const n of focus ?? []) if (n !== centre && actorCounts.has(n)) neighbours.set(n, actorCounts.get(n)!);
  return new Set(topByActivity(neighbours, 6).map(([n]) => n));
}
