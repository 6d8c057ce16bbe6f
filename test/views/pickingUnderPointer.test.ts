/**
 * pickOnlyUnderPointer on a stand-in renderer: the picking pass is off while no pointer is over
 * the network, is drawn at once when one enters (before the pointer's next event reads it), and
 * is left on for good when the view goes.
 */
import { describe, expect, it } from "vitest";
import { pickOnlyUnderPointer, type SigmaPicking } from "../../src/views/pickingUnderPointer.ts";

function standIn(hovered = false) {
  const pick = { name: "circle picking" };
  const draws: Array<{ pick: unknown; layers: string[] }> = [];
  const renderer: SigmaPicking = {
    nodePrograms: { circle: { pickProgram: pick } },
    pickingLayers: new Set(["nodes"]),
    // What a draw would use: the node program's picking pass and the textures sigma resets.
    render() {
      draws.push({ pick: this.nodePrograms.circle.pickProgram, layers: [...this.pickingLayers] });
    },
  };
  const container = Object.assign(new EventTarget(), { matches: (q: string) => q === ":hover" && hovered });
  return { renderer, container: container as unknown as HTMLElement, pick, draws };
}

describe("pickOnlyUnderPointer", () => {
  it("draws no picking pass while no pointer is over the network", () => {
    const { renderer, container } = standIn();
    pickOnlyUnderPointer(renderer, container);
    expect(renderer.nodePrograms.circle.pickProgram).toBeNull();
    expect([...renderer.pickingLayers]).toEqual([]);
  });

  it("draws it at once when a pointer enters, and stops when it leaves", () => {
    const { renderer, container, pick, draws } = standIn();
    pickOnlyUnderPointer(renderer, container);
    container.dispatchEvent(new Event("pointerenter"));
    expect(draws).toEqual([{ pick, layers: ["nodes"] }]);
    renderer.render(); // frames drawn while the pointer is over keep drawing it
    expect(draws[1]).toEqual({ pick, layers: ["nodes"] });
    container.dispatchEvent(new Event("pointerleave"));
    expect(draws).toHaveLength(2); // leaving draws nothing: a tap's click still reads the texture
    renderer.render();
    expect(draws[2]).toEqual({ pick: null, layers: [] });
  });

  it("keeps it on when the pointer is already over the network", () => {
    const { renderer, container, pick } = standIn(true);
    pickOnlyUnderPointer(renderer, container);
    expect(renderer.nodePrograms.circle.pickProgram).toBe(pick);
    expect([...renderer.pickingLayers]).toEqual(["nodes"]);
  });

  it("gives sigma its picking back and stops listening when stopped", () => {
    const { renderer, container, pick, draws } = standIn();
    const stop = pickOnlyUnderPointer(renderer, container);
    stop();
    expect(renderer.nodePrograms.circle.pickProgram).toBe(pick);
    expect([...renderer.pickingLayers]).toEqual(["nodes"]);
    container.dispatchEvent(new Event("pointerenter"));
    expect(draws).toEqual([]);
  });
});
