/**
 * vis-timeline draws an item the moment it joins a group: it writes the item's DOM, then reads
 * its size, so adding N items forces N page layouts. And every DataSet add, update or remove
 * redraws the whole item set at once, before the frame. Together these were most of the cost of a
 * filter change. Inside `batchItemChanges` a group only registers new items and the item set
 * skips its immediate redraws; the redraw vis-timeline already queues for the next animation
 * frame then draws everything in one pass (its own write-all-then-read-all queue).
 */
import * as vis from "vis-timeline/esnext";

interface GroupInternals {
  _checkIfVisible(item: unknown, visibleItems: unknown[], range: unknown): void;
}
interface ItemSetInternals {
  redraw(...args: unknown[]): boolean;
}

let batching = 0;
// The internals are exported at run time but not in the type declarations.
const { timeline } = vis as unknown as { timeline: { components: { Group: unknown; ItemSet: unknown } } };

const group = (timeline.components.Group as unknown as { prototype: GroupInternals }).prototype;
const checkIfVisible = group._checkIfVisible;
// Group.add is its only caller: skipping it leaves the item undrawn and out of the group's visible
// list, where the next redraw (add marks the stack dirty) finds it by date and draws it batched.
group._checkIfVisible = function (this: GroupInternals, item, visibleItems, range) {
  if (!batching) checkIfVisible.call(this, item, visibleItems, range);
};

const itemSet = (timeline.components.ItemSet as unknown as { prototype: ItemSetInternals }).prototype;
const redraw = itemSet.redraw;
// The add/update/remove handlers also emit a queued change, so the frame's redraw still comes.
itemSet.redraw = function (this: ItemSetInternals, ...args: unknown[]) {
  return batching ? false : redraw.apply(this, args);
};

export function batchItemChanges<T>(run: () => T): T {
  batching++;
  try {
    return run();
  } finally {
    batching--;
  }
}
