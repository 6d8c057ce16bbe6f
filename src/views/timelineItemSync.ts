/**
 * The timeline's DataSet brought to the items planned for a window: items no longer planned are
 * removed and those that changed are updated, all in one batch (visBatchedChanges.ts). The
 * stacking order is kept beside the items, for vis-timeline's `order` option: a new order alone
 * then redraws none of them, and only asks for a restack.
 */
import type { DataSet } from "vis-data/esnext";
import type { Timeline } from "vis-timeline/esnext";
import { batchItemChanges, restackSoon } from "./visBatchedChanges.ts";
import type { VisItem } from "./timelineEventItem.ts";

export function createItemSync(items: DataSet<VisItem, "id">, timeline: () => Timeline | null) {
  const stackOrder = new Map<string, number>();
  return {
    order: (a: VisItem, b: VisItem) => (stackOrder.get(a.id) ?? a.seq) - (stackOrder.get(b.id) ?? b.seq),
    /** `force`: update every item (its content depends on the language) */
    apply(next: VisItem[], force: boolean) {
      const keep = new Set(next.map((i) => i.id));
      const stale = items.getIds().filter((id) => !keep.has(String(id)));
      const changed = force
        ? next
        : next.filter((i) => {
            const old = items.get(i.id);
            return (
              !old ||
              old.className !== i.className ||
              old.content !== i.content ||
              old.group !== i.group ||
              old.start.getTime() !== i.start.getTime() ||
              old.end?.getTime() !== i.end?.getTime()
            );
          });
      batchItemChanges(() => {
        if (stale.length) items.remove(stale);
        if (changed.length) items.update(changed);
      });
      let reordered = stackOrder.size !== next.length;
      for (const i of next) if (stackOrder.get(i.id) !== i.seq) reordered = true;
      if (!reordered) return;
      stackOrder.clear();
      for (const i of next) stackOrder.set(i.id, i.seq);
      const tl = timeline();
      if (tl) restackSoon(tl);
    },
  };
}
