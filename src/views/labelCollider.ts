/**
 * Keeps network labels from overlapping, and from lying under what is drawn above them. The
 * network forces labels on a chosen few nodes (the busiest, a focus's neighbours), and sigma draws
 * forced labels wherever they fall, so in a dense corner two names could print over each other.
 * Labels claim their boxes in drawing order within a frame; one that would overlap a box already
 * claimed is not drawn. What sigma draws over the labels layer whatever happens (a highlighted
 * node's disc on its white ground, and its label) is reserved first, so the others give way to it.
 */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCollider {
  /** Starts a new frame: no box is claimed. */
  reset(): void;
  /**
   * True (and the box is claimed) when it overlaps no box of another node claimed or reserved in
   * this frame.
   */
  claim(key: string, box: LabelBox): boolean;
  /** Whether `claim` would take the box (nothing is claimed). */
  fits(key: string, box: LabelBox): boolean;
  /** A box drawn whatever happens (a highlighted node's label or disc): the others give way to it. */
  reserve(key: string, box: LabelBox, kind: "label" | "disc"): void;
  /** The label boxes claimed or reserved in this frame (what browser tests read of labels drawn to a canvas) */
  claimed(): readonly LabelBox[];
  /** The same, by node */
  labels(): ReadonlyArray<{ key: string; box: LabelBox }>;
}

/** Boxes closer than this (px) count as overlapping: names need a little air between them. */
const GAP = 2;

export const boxesOverlap = (a: LabelBox, b: LabelBox, gap = GAP): boolean =>
  !(
    a.x >= b.x + b.width + gap ||
    b.x >= a.x + a.width + gap ||
    a.y >= b.y + b.height + gap ||
    b.y >= a.y + a.height + gap
  );

export function createLabelCollider(): LabelCollider {
  const entries: Array<{ key: string; box: LabelBox; kind: "label" | "disc" }> = [];
  const keys = new Set<string>();
  const reset = () => {
    entries.length = 0;
    keys.clear();
  };
  // A node's own disc and reserved label do not keep its label out.
  const fits = (key: string, box: LabelBox) => entries.every((e) => e.key === key || !boxesOverlap(box, e.box));
  return {
    reset,
    fits,
    claim(key, box) {
      // A node's label is drawn once per frame: seeing it again means a new frame began without
      // a reset (a renderer that is not listened to, such as an image export's).
      if (keys.has(key)) reset();
      if (!fits(key, box)) return false;
      keys.add(key);
      // A reserved label is not counted twice.
      if (!entries.some((e) => e.key === key && e.kind === "label")) entries.push({ key, box, kind: "label" });
      return true;
    },
    reserve(key, box, kind) {
      entries.push({ key, box, kind });
    },
    claimed: () => entries.filter((e) => e.kind === "label").map((e) => e.box),
    labels: () => entries.filter((e) => e.kind === "label").map(({ key, box }) => ({ key, box })),
  };
}
