/**
 * createWindowAnimation with a stand-in timeline: a move with animation runs until vis-timeline
 * says it ended (or, failing that, its length has passed), then lays out once, a frame later.
 */
// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Timeline } from "vis-timeline/esnext";
import { createWindowAnimation } from "../../src/views/windowAnimation.ts";

describe("createWindowAnimation", () => {
  let moves: Array<[number, number, unknown]>;
  const timeline = {
    setWindow: (start: number, end: number, opts: { animation: unknown }) => moves.push([start, end, opts.animation]),
  } as unknown as Timeline;
  beforeEach(() => {
    moves = [];
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame"] });
  });
  afterEach(() => vi.useRealTimers());

  it("runs from an animated move until rangechanged, then settles once after a frame", () => {
    const settled = vi.fn();
    const move = createWindowAnimation(() => timeline, settled);
    move.to(10, 20, true);
    expect(moves).toEqual([[10, 20, true]]);
    expect(move.running()).toBe(true);
    move.ended();
    expect(move.running()).toBe(false);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    expect(settled).toHaveBeenCalledTimes(1);
    // A second "rangechanged" (a drag after the move) lays nothing out again.
    move.ended();
    vi.advanceTimersByTime(2000);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it("a move without animation never runs; one whose end is never said ends after its length", () => {
    const settled = vi.fn();
    const move = createWindowAnimation(() => timeline, settled);
    move.to(1, 2, false);
    expect(move.running()).toBe(false);
    move.to(1, 2, { duration: 400, easingFunction: "easeInOutQuad" });
    vi.advanceTimersByTime(600);
    expect(move.running()).toBe(true);
    vi.advanceTimersByTime(100);
    expect(move.running()).toBe(false);
    vi.advanceTimersToNextFrame();
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it("does nothing before the timeline exists", () => {
    const move = createWindowAnimation(() => null, vi.fn());
    move.to(1, 2, true);
    expect(move.running()).toBe(false);
    expect(moves).toEqual([]);
  });
});
