/**
 * sigma's node and edge reducers for the network: what each shown node and edge looks like for
 * the current view and focus (a hovered or selected node and its neighbours, or a pair's
 * connections). The graph is never edited to highlight; the reducers read `look`, which the
 * network view keeps up to date.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Lang } from "../data/schema.ts";
import type { ActorGraph, EdgeAttrs, NodeAttrs } from "../model/buildActorGraph.ts";
import { actorSize, type GraphView } from "../model/graphView.ts";
import { HAIRLINE, MUTED, relationProgram } from "./networkSettings.ts";

export interface NetworkLook {
  view: GraphView;
  hovered: string | null;
  selectedNode: string | null;
  /** The other focal nodes a step picks out beside the selection (focalSet.ts) */
  alsoNodes: Set<string>;
  /** The node and neighbours of the hovered or selected node, or a pair's focus; null: none */
  focusSet: Set<string> | null;
  /** In focus: the few busiest neighbours get labels */
  focusLabels: Set<string>;
  /**
   * With a pair's connections open and nothing hovered or selected: the two (and the chosen
   * intermediary) are the centres
   */
  pairCentres: Set<string>;
}

export function createReducers(
  look: NetworkLook,
  graph: ActorGraph,
  labels: Record<Lang, Map<string, string>>,
  lang: () => Lang,
) {
  // sigma holds only what is in view (the shown subgraph), so nothing here needs hiding. It
  // hands the reducers a fresh copy of the attributes, so they write into it: a refresh reduces
  // thousands of items at scale, and an object per spread was most of its garbage.
  const nodeReducer = (node: string, attrs: NodeAttrs) => {
    const { view, hovered, selectedNode, focusSet, pairCentres } = look;
    const data = attrs as NodeAttrs & Partial<NodeDisplayData>;
    data.label = labels[lang()].get(node) ?? data.label;
    if (data.nodeType === "actor") data.size = actorSize(view.actorCounts.get(node) ?? 1);
    if (focusSet && !focusSet.has(node)) {
      data.color = MUTED;
      data.label = "";
      data.zIndex = 0;
      return data;
    }
    const also = !hovered && look.alsoNodes.has(node);
    const centre =
      also || node === hovered || node === selectedNode || (!hovered && !selectedNode && pairCentres.has(node));
    data.forceLabel = centre || (focusSet ? look.focusLabels.has(node) : view.labelled.has(node));
    data.zIndex = centre ? 3 : focusSet ? 2 : data.nodeType === "actor" ? 1 : 0;
    data.highlighted = also || node === selectedNode || (!selectedNode && pairCentres.has(node));
    return data;
  };
  // An edge's drawing is made whole here, in one fixed shape: sigma's defaults then find every
  // field set. Written into the copy of the attributes, the fields came in a different order per
  // edge kind and sigma's defaults added the rest one by one — slow property stores by the
  // thousand when the level of detail swaps the edges in view.
  const edgeReducer = (edge: string, attrs: EdgeAttrs) => {
    const { focusSet, pairCentres } = look;
    const relation = attrs.edgeType === "relation";
    const data: EdgeDisplayData = {
      label: "",
      // Fixed per edge while the level of detail stays (partial refreshes keep programs).
      type: relation ? relationProgram(look.view) : HAIRLINE,
      size: relation ? 1.5 : 0.6,
      color: relation ? "#8a6fb0" : "#c7ccd4",
      hidden: false,
      forceLabel: false,
      zIndex: 0,
    };
    if (focusSet) {
      // In focus, only the centre's own edges are drawn (both their ends are in the focus).
      const centre = look.hovered ?? look.selectedNode;
      const [source, target] = [graph.source(edge), graph.target(edge)];
      // A pair's focus draws the ties among what it picks out; a node's, that node's own.
      const drawn = centre
        ? source === centre ||
          target === centre ||
          (!look.hovered && (look.alsoNodes.has(source) || look.alsoNodes.has(target)))
        : focusSet.has(source) && focusSet.has(target) && (pairCentres.has(source) || pairCentres.has(target));
      if (drawn) {
        data.color = "#5a6472";
        data.size += 0.6;
        data.zIndex = 1;
      } else data.hidden = true;
    }
    return data;
  };
  return { nodeReducer, edgeReducer };
}
