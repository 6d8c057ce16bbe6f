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
  let shown = { start: 0, end: 10 };
  const timeline = {
    setWindow: (start: number, end: number, opts: { animation: unknown }) => {
      moves.push([start, end, opts.animation]);
      shown = { start, end };
    },
    getWindow: () => ({ start: new Date(shown.start), end: new Date(shown.end) }),
  } as unknown as Timeline;
  beforeEach(() => {
    moves = [];
    shown = { start: 0, end: 10 };
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

  it("says when a move that zooms starts and when it has been laid out again; a pan is no zoom", () => {
    const calls: string[] = [];
    const move = createWindowAnimation(
      () => timeline,
      () => calls.push("settled"),
      (on) => calls.push(on ? "zoom" : "shown"),
    );
    move.to(0, 40, true);
    expect(calls).toEqual(["zoom"]);
    move.ended();
    vi.advanceTimersToNextFrame();
    // Laid out first, then the titles shown again.
    expect(calls).toEqual(["zoom", "settled", "shown"]);
    move.to(20, 60, true);
    move.ended();
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual(["zoom", "settled", "shown", "settled"]);
  });
});
