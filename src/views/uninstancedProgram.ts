/**
 * sigma's circle nodes and rectangle edges are drawn with instancing: one small shape, repeated
 * per item by the GPU. Chromium without a GPU draws WebGL in software (SwiftShader), which runs
 * each instance as a draw of its own: at 100× the data, 1,500 nodes and 2,000 edges took about
 * 95 ms of the frame to draw, all of it outside JavaScript. Written out vertex by vertex, the same
 * shapes with the same shaders take about 20 ms. On a real GPU the cost is a buffer a few times
 * larger (hundreds of KB at that size), which it does not notice.
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

    processVisibleItem(id: number, startIndex: number, ...rest: unknown[]): void {
      if (this.corners === undefined) this.corners = baseDefinition(this).CONSTANT_DATA ?? null;
      const corners = this.corners;
      const base = Base.prototype as unknown as { processVisibleItem(...args: unknown[]): void };
      if (!corners) return base.processVisibleItem.call(this, id, startIndex, ...rest);
      const itemLength = this.ATTRIBUTES_ITEMS_COUNT - corners[0].length;
      const item = (this.item ??= new Float32Array(itemLength));
      // The base program writes into this.array: lend it a one-item array.
      const array = this.array;
      this.array = item;
      try {
        base.processVisibleItem.call(this, id, 0, ...rest);
      } finally {
        this.array = array;
      }
      let i = startIndex;
      for (const corner of corners) {
        array.set(item, i);
        i += itemLength;
        for (const value of corner) array[i++] = value;
      }
    }
  }
  return Uninstanced as unknown as C;
}
