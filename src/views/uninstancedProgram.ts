/**
 * sigma's circle nodes and rectangle edges are drawn with instancing: one small shape, repeated
 * per item by the GPU. Chromium without a GPU draws WebGL in software (SwiftShader), which runs
 * each instance as a draw of its own, so a frame's cost grows with the number of items, outside
 * JavaScript. Written out vertex by vertex, the same shapes with the same shaders are a fraction
 * of that (docs/performance.md). On a real GPU the cost is a buffer a few times larger (hundreds
 * of KB at 100× the data), which it does not notice.
 *
 * `uninstanced(Program)` is the same program with the per-vertex constants (a circle corner's
 * angle, a rectangle corner's side) moved into the vertex data: the shaders see the attributes
 * they always saw.
 */
import type { Program } from "sigma/rendering";

// Any sigma program class (its instance type is generic in the graph's attributes).
type ProgramClass = abstract new (...args: never[]) => unknown;

/** What an instanced program's definition adds: per-corner constants. */
interface Constants {
  CONSTANT_ATTRIBUTES?: Program["ATTRIBUTES"];
  CONSTANT_DATA?: number[][];
}

export function uninstanced<C extends ProgramClass>(Base: C): C {
  const baseDefinition = (self: Program) =>
    (Base.prototype as Program).getDefinition.call(self) as ReturnType<Program["getDefinition"]> & Constants;

  abstract class Uninstanced extends (Base as unknown as new (...args: unknown[]) => Program) {
    /** The instanced program's item, written once per vertex */
    private item: Float32Array | null = null;
    /** The base definition's per-corner constants (null: the base is not instanced), read once */
    private corners: number[][] | null | undefined;

    getDefinition() {
      const base = baseDefinition(this);
      if (!base.CONSTANT_ATTRIBUTES) return base;
      // The constants come last in each vertex: the base program writes its item at the start.
      // sigma tells an instanced program by the presence of the key, so it must go.
      const def: typeof base = { ...base, ATTRIBUTES: [...base.ATTRIBUTES, ...base.CONSTANT_ATTRIBUTES] };
      delete def.CONSTANT_ATTRIBUTES;
      delete def.CONSTANT_DATA;
      return def;
    }

    // Up to three data arguments (a node's data; an edge's source, target and data), named rather
    // than spread: a rest array per item was most of what a 100× level-of-detail switch allocated
    // here.
    processVisibleItem(id: number, startIndex: number, a?: unknown, b?: unknown, c?: unknown): void {
      if (this.corners === undefined) this.corners = baseDefinition(this).CONSTANT_DATA ?? null;
      const corners = this.corners;
      const base = Base.prototype as unknown as { processVisibleItem(...args: unknown[]): void };
      if (!corners) return base.processVisibleItem.call(this, id, startIndex, a, b, c);
      const itemLength = this.ATTRIBUTES_ITEMS_COUNT - corners[0].length;
      const item = (this.item ??= new Float32Array(itemLength));
      // The base program writes into this.array: lend it a one-item array.
      const array = this.array;
      this.array = item;
      try {
        base.processVisibleItem.call(this, id, 0, a, b, c);
      } finally {
        this.array = array;
      }
      // Indexed loops: this runs for every vertex of every item on each re-index.
      let i = startIndex;
      for (let k = 0; k < corners.length; k++) {
        const corner = corners[k];
        array.set(item, i);
        i += itemLength;
        for (let v = 0; v < corner.length; v++) array[i++] = corner[v];
      }
    }
  }
  return Uninstanced as unknown as C;
}
