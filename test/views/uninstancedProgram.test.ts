/**
 * The uninstanced programs against sigma's own, run on a stand-in WebGL context (node has none;
 * the browser tests draw them for real): every vertex must carry exactly the item sigma's
 * instanced program writes, followed by that corner's constants.
 */
import { beforeAll, describe, expect, it } from "vitest";

// sigma's program modules read these constants when they load.
const GL_CONSTANTS = { FLOAT: 5126, UNSIGNED_BYTE: 5121, TRIANGLES: 4, LINES: 1, POINTS: 0 };
// Every call answers 1: shaders compile, programs link, buffers and locations exist.
const gl = new Proxy({}, { get: (_, key) => (key in GL_CONSTANTS ? GL_CONSTANTS[key as never] : () => 1) });

type AnyProgram = {
  isInstanced: boolean;
  STRIDE: number;
  ATTRIBUTES: Array<{ name: string }>;
  CONSTANT_DATA: number[][];
  array: Float32Array;
  reallocate(capacity: number): void;
  process(...args: unknown[]): void;
  getDefinition(): object;
};
type ProgramClass = new (gl: unknown, picking: unknown, renderer: unknown) => AnyProgram;

let rendering: { NodeCircleProgram: ProgramClass; EdgeRectangleProgram: ProgramClass; EdgeLineProgram: ProgramClass };
let uninstanced: (c: ProgramClass) => ProgramClass;

beforeAll(async () => {
  Object.assign(globalThis, { WebGLRenderingContext: GL_CONSTANTS, WebGL2RenderingContext: class {} });
  rendering = (await import("sigma/rendering")) as unknown as typeof rendering;
  uninstanced = (await import("../../src/views/uninstancedProgram.ts")).uninstanced as unknown as typeof uninstanced;
});

const node = (x: number, y: number, size: number, color: string) => ({ x, y, size, color, hidden: false });

/** Items written by both programs; the vertices of item i of the uninstanced one. */
function compare(Base: ProgramClass, items: unknown[][]) {
  const stock = new Base(gl, 1, {});
  const plain = new (uninstanced(Base))(gl, 1, {});
  stock.reallocate(items.length);
  plain.reallocate(items.length);
  items.forEach((args, i) => {
    stock.process(i + 1, i, ...args);
    plain.process(i + 1, i, ...args);
  });
  return { stock, plain };
}

describe("uninstanced", () => {
  it("turns sigma's circle program into plain triangles with the same data per corner", () => {
    const { stock, plain } = compare(rendering.NodeCircleProgram, [
      [node(1, 2, 5, "#ff0000")],
      [node(-3, 4.5, 12, "#336699")],
      [{ ...node(0, 0, 3, "#000000"), hidden: true }],
    ]);
    expect(stock.isInstanced).toBe(true);
    expect(plain.isInstanced).toBe(false);
    expect("CONSTANT_ATTRIBUTES" in plain.getDefinition()).toBe(false);
    expect(plain.ATTRIBUTES.map((a) => a.name)).toEqual(["a_position", "a_size", "a_color", "a_id", "a_angle"]);
    const corners = (stock.getDefinition() as { CONSTANT_DATA: number[][] }).CONSTANT_DATA;
    expect(corners).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      const item = [...stock.array.subarray(i * stock.STRIDE, (i + 1) * stock.STRIDE)];
      const vertices = [...plain.array.subarray(i * plain.STRIDE, (i + 1) * plain.STRIDE)];
      const expected = i === 2 ? vertices.map(() => 0) : corners.flatMap((c) => [...item, ...c].map(Math.fround));
      expect(vertices).toEqual(expected);
    }
    // The circle's item holds real values (not a blank the comparison would pass on).
    expect([...stock.array.subarray(0, 3)]).toEqual([1, 2, 5]);
  });

  it("does the same for the rectangle edge program, six corners per edge", () => {
    const a = node(0, 0, 4, "#000");
    const b = node(3, 4, 4, "#000");
    const c = node(-2, 1, 4, "#000");
    const edge = (size: number, color: string) => ({ size, color, hidden: false });
    const { stock, plain } = compare(rendering.EdgeRectangleProgram, [
      [a, b, edge(1.5, "#8a6fb0")],
      [b, c, edge(2, "#5a6472")],
    ]);
    const corners = (stock.getDefinition() as { CONSTANT_DATA: number[][] }).CONSTANT_DATA;
    expect(corners).toHaveLength(6);
    expect(plain.STRIDE).toBe(6 * (stock.STRIDE + corners[0].length));
    for (let i = 0; i < 2; i++) {
      const item = [...stock.array.subarray(i * stock.STRIDE, (i + 1) * stock.STRIDE)];
      expect([...plain.array.subarray(i * plain.STRIDE, (i + 1) * plain.STRIDE)]).toEqual(
        corners.flatMap((corner) => [...item, ...corner].map(Math.fround)),
      );
    }
    expect(stock.array[2]).toBe(3); // the first edge ends at (3, 4)
  });

  it("leaves a program that is not instanced as it was", () => {
    const { stock, plain } = compare(rendering.EdgeLineProgram, [
      [node(0, 0, 1, "#000"), node(1, 1, 1, "#000"), { size: 1, color: "#123456", hidden: false }],
    ]);
    expect(plain.getDefinition()).toEqual(stock.getDefinition());
    expect([...plain.array]).toEqual([...stock.array]);
  });
});
