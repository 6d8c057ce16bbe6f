/**
 * The parts of sigma's renderer that are not in its public API but that the network view works
 * with: telling it item by item what came and went instead of having it re-reduce the whole graph
 * on every change, its scheduled frame, and its label and item caches.
 */
import type Sigma from "sigma";

export interface SigmaInternals {
  bindGraphHandlers(): void;
  unbindGraphHandlers(): void;
  addNode(key: string): void;
  removeNode(key: string): void;
  addEdge(key: string): void;
  removeEdge(key: string): void;
  process(): void;
  render(): void;
  needToProcess: boolean;
  /** The id of the frame sigma has scheduled to draw, until it has drawn it */
  renderFrame: number | null;
  renderLabels(): unknown;
  nodesWithForcedLabels: Set<string>;
  nodeDataCache: Record<
    string,
    { zIndex?: number; size: number; x: number; y: number; hidden?: boolean; label?: string | null } | undefined
  >;
  scaleSize(size: number): number;
  edgeDataCache: Record<string, { type?: string } | undefined>;
}

export const internalsOf = <N extends object, E extends object>(renderer: Sigma<N, E>) =>
  renderer as unknown as SigmaInternals;

/**
 * sigma draws forced labels in the order the nodes came in; here the most important go first so
 * that they are the ones kept where labels would overlap: the focus's centre, then its neighbours
 * (zIndex), then the busiest (size). `beforeLabels` runs first (a new frame of kept-apart labels).
 */
export function rankForcedLabels(sigma: SigmaInternals, beforeLabels: () => void): void {
  const renderLabels = sigma.renderLabels.bind(sigma);
  sigma.renderLabels = () => {
    const rank = (key: string) => sigma.nodeDataCache[key] ?? { zIndex: 0, size: 0 };
    sigma.nodesWithForcedLabels = new Set(
      [...sigma.nodesWithForcedLabels].sort((a, b) => {
        const [p, q] = [rank(a), rank(b)];
        return (q.zIndex ?? 0) - (p.zIndex ?? 0) || q.size - p.size;
      }),
    );
    beforeLabels();
    return renderLabels();
  };
}
