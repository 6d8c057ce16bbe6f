/**
 * Keeps network labels from overlapping. The network forces labels on a chosen few nodes (the
 * busiest, a focus's neighbours), and sigma draws forced labels wherever they fall, so in a dense
 * corner two names could print over each other. Labels claim their boxes in drawing order within
 * a frame; one that would overlap a box already claimed is not drawn.
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
  /** True (and the box is claimed) when it overlaps no box claimed in this frame. */
  claim(key: string, box: LabelBox): boolean;
  /** The boxes claimed in this frame (what browser tests read of labels drawn to a canvas) */
  claimed(): readonly LabelBox[];
}

/** Boxes closer than this (px) count as overlapping: names need a little air between them. */
const GAP = 2;

export function createLabelCollider(): LabelCollider {
  const boxes: LabelBox[] = [];
  const keys = new Set<string>();
  const reset = () => {
    boxes.length = 0;
    keys.clear();
  };
  return {
    reset,
    claim(key, box) {
      // A node's label is drawn once per frame: seeing it again means a new frame began without
      // a reset (a renderer that is not listened to, such as an image export's).
      if (keys.has(key)) reset();
      for (const b of boxes) {
        const apart =
          box.x >= b.x + b.width + GAP ||
          b.x >= box.x + box.width + GAP ||
          box.y >= b.y + b.height + GAP ||
          b.y >= box.y + box.height + GAP;
        if (!apart) return false;
      }
      boxes.push(box);
      keys.add(key);
      return true;
    },
    claimed: () => boxes,
  };
}
