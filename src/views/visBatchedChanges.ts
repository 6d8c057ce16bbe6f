/**
 * vis-timeline draws an item the moment it joins a group: it writes the item's DOM, then reads
 * its size, so adding N items forces N page layouts. And every DataSet add, update or remove
 * redraws the whole item set at once, before the frame. Together these were most of the cost of a
 * filter change. Inside `batchItemChanges` a group only registers new items, an updated item is
 * taken off the page to be drawn again, and the item set skips its immediate redraws; the redraw
 * vis-timeline already queues for the next animation frame then draws everything in one pass (its
 * own write-all-then-read-all queue).
 */
import * as vis from "vis-timeline/esnext";

interface GroupInternals {
  _checkIfVisible(item: unknown, visibleItems: unknown[], range: unknown): void;
}
interface ItemInternals {
  displayed: boolean;
  parent: { visibleItems: ItemInternals[] } | null;
  hide(): void;
}
interface ItemDataInternals {
  setData(data: unknown): void;
}
interface ItemSetInternals {
  redraw(...args: unknown[]): boolean;
  items: Record<string, ItemInternals>;
}

// Nesting depths. batching (batchItemChanges): neither draw items on add nor redraw the item set;
// deferring (deferItemDrawing): only do not draw items on add, and do not fit the window.
const depth = { batching: 0, deferring: 0 };
// The internals are exported at run time but not in the type declarations.
const { timeline } = vis as unknown as {
  timeline: { components: { Group: unknown; ItemSet: unknown; items: { Item: unknown } } };
};

const group = (timeline.components.Group as unknown as { prototype: GroupInternals }).prototype;
const checkIfVisible = group._checkIfVisible;
// Group.add is its only caller: skipping it leaves the item undrawn and out of the group's visible
// list, where the next redraw (add marks the stack dirty) finds it by date and draws it batched.
group._checkIfVisible = function (this: GroupInternals, item, visibleItems, range) {
  if (!depth.batching && !depth.deferring) checkIfVisible.call(this, item, visibleItems, range);
};

const item = (timeline.components.items.Item as unknown as { prototype: ItemInternals & ItemDataInternals }).prototype;
const setData = item.setData;
// An update redraws a shown item on the spot (write its DOM, read its size: a page layout per
// item). Batched, the item is taken off the page instead; it stays in its group's visible list,
// so the frame's redraw finds it undrawn and draws it with the others in one pass.
item.setData = function (this: ItemInternals & ItemDataInternals, data: unknown) {
  if (depth.batching && this.displayed) this.hide();
  setData.call(this, data);
};

const itemSet = (timeline.components.ItemSet as unknown as { prototype: ItemSetInternals }).prototype;
const redraw = itemSet.redraw;
// The add/update/remove handlers also emit a queued change, so the frame's redraw still comes.
itemSet.redraw = function (this: ItemSetInternals, ...args: unknown[]) {
  if (depth.batching) return false;
  const resized = redraw.apply(this, args);
  hideStrayItems(this);
  return resized;
};

/**
 * vis-timeline can leave an item in the DOM that its group no longer lists as visible: it is then
 * never positioned nor hidden again, and sits at the left edge over the first row (seen with
 * events just outside the window). After each redraw, such strays are taken out. Our plan keeps
 * the item count bounded, so the sweep is cheap.
 */
function hideStrayItems(set: ItemSetInternals) {
  const listed = new Map<object, Set<ItemInternals>>();
  for (const item of Object.values(set.items)) {
    if (!item.displayed || !item.parent) continue;
    let visible = listed.get(item.parent);
    if (!visible) listed.set(item.parent, (visible = new Set(item.parent.visibleItems)));
    if (!visible.has(item)) item.hide();
  }
}

const timelineProto = (vis.Timeline as unknown as { prototype: { fit(...args: unknown[]): void } }).prototype;
const fit = timelineProto.fit;
// The constructor's first redraw fits the window to all items, and to find their extent it
// draws and measures every item, shown or not; the caller sets its own window just after.
timelineProto.fit = function (this: unknown, ...args: unknown[]) {
  if (!depth.deferring) fit.apply(this, args);
};

/**
 * For the Timeline constructor: it adds every item before its first redraw, which then draws
 * them all in one batched pass — the redraws themselves must run. Its initial fit to all items
 * is skipped: the caller sets the window right after.
 */
export const deferItemDrawing = <T>(run: () => T): T => within("deferring", run);

/** Around DataSet changes: the next frame's redraw draws them all at once. */
export const batchItemChanges = <T>(run: () => T): T => within("batching", run);

function within<T>(mode: keyof typeof depth, run: () => T): T {
  depth[mode]++;
  try {
    return run();
  } finally {
    depth[mode]--;
  }
}

/**
 * The stacking order changed though no item did (our order lives outside the items, so that a
 * new order does not redraw every item): stack again in the next frame's redraw.
 */
export function restackSoon(tl: vis.Timeline) {
  const t = tl as unknown as {
    itemSet?: { markDirty(o: { restackGroups: boolean }): void };
    emit(event: string, props: unknown): void;
  };
  t.itemSet?.markDirty({ restackGroups: true });
  t.emit("_change", { queue: true });
}
