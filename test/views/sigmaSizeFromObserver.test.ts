/**
 * sizeFromObserver on a stand-in renderer and container, with a ResizeObserver the test drives:
 * sigma's size reading runs once, then only after the observer saw the size change, and a change
 * redraws at once.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sizeFromObserver, type SigmaSize } from "../../src/views/sigmaSizeFromObserver.ts";

let observers: Array<{ callback: () => void; observed: unknown[]; disconnected: boolean }> = [];

beforeEach(() => {
  observers = [];
  Object.assign(globalThis, {
    window: { devicePixelRatio: 1 },
    ResizeObserver: class {
      entry: (typeof observers)[number];
      constructor(callback: () => void) {
        this.entry = { callback, observed: [], disconnected: false };
        observers.push(this.entry);
      }
      observe(el: unknown) {
        this.entry.observed.push(el);
      }
      disconnect() {
        this.entry.disconnected = true;
      }
    },
  });
});
afterEach(() => {
  delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
  delete (globalThis as { window?: unknown }).window;
});

function setUp() {
  const container = { offsetWidth: 500, offsetHeight: 400 } as HTMLElement;
  const log: string[] = [];
  const renderer: SigmaSize & { draw(): void } = {
    width: 0,
    height: 0,
    pixelRatio: 1,
    // sigma's resize reads the container (a layout when the page changed) and sizes its canvases.
    resize(force?: boolean) {
      log.push(force ? "read size (forced)" : "read size");
      this.width = container.offsetWidth;
      this.height = container.offsetHeight;
      this.pixelRatio = (globalThis as unknown as { window: { devicePixelRatio: number } }).window.devicePixelRatio;
    },
    refresh() {
      log.push("refresh");
      this.draw();
    },
    draw() {
      this.resize();
    },
  };
  const stop = sizeFromObserver(renderer, container);
  const observer = observers[0];
  return { container, renderer, log, stop, observer };
}

describe("sizeFromObserver", () => {
  it("reads the size on the first draw only, while the observer reports no change", () => {
    const { renderer, log, observer, container } = setUp();
    expect(observer.observed).toEqual([container]);
    for (let i = 0; i < 4; i++) renderer.draw();
    observer.callback(); // observers report once on observe, and on a change of another box
    renderer.draw();
    expect(log).toEqual(["read size"]);
    expect([renderer.width, renderer.height]).toEqual([500, 400]);
  });

  it("a new size is read and drawn as soon as the observer sees it", () => {
    const { renderer, log, observer, container } = setUp();
    renderer.draw();
    Object.assign(container, { offsetWidth: 320, offsetHeight: 400 });
    observer.callback();
    expect(log).toEqual(["read size", "refresh", "read size"]);
    expect(renderer.width).toBe(320);
    renderer.draw();
    expect(log).toHaveLength(3);
  });

  it("a hidden container is not drawn into; its size is read when it is drawn again", () => {
    const { renderer, log, observer, container } = setUp();
    renderer.draw();
    Object.assign(container, { offsetWidth: 0, offsetHeight: 0 });
    observer.callback();
    expect(log).toEqual(["read size"]);
    Object.assign(container, { offsetWidth: 600, offsetHeight: 300 });
    renderer.draw();
    expect(log).toEqual(["read size", "read size"]);
    expect([renderer.width, renderer.height]).toEqual([600, 300]);
  });

  it("a forced resize and a new pixel ratio (zoom) still read the size", () => {
    const { renderer, log } = setUp();
    renderer.draw();
    renderer.resize(true);
    (globalThis as unknown as { window: { devicePixelRatio: number } }).window.devicePixelRatio = 2;
    renderer.draw();
    renderer.draw();
    expect(log).toEqual(["read size", "read size (forced)", "read size"]);
  });

  it("stops observing when asked", () => {
    const { stop, observer } = setUp();
    stop();
    expect(observer.disconnected).toBe(true);
  });
});
