import { describe, expect, it, vi } from "vitest";
import { createStore } from "../../src/state/store.ts";

describe("createStore", () => {
  it("notifies with the new and previous state, and not when nothing changed", () => {
    const store = createStore({ a: 1, list: ["x"] });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ a: 2 });
    expect(listener).toHaveBeenCalledWith({ a: 2, list: ["x"] }, { a: 1, list: ["x"] });
    store.set({ list: ["x"] }); // equal by value
    store.set((s) => s);
    expect(listener).toHaveBeenCalledTimes(1);
  });
  it("unsubscribes", () => {
    const store = createStore({ a: 1 });
    const listener = vi.fn();
    const off = store.subscribe(listener);
    off();
    store.set({ a: 3 });
    expect(listener).not.toHaveBeenCalled();
    expect(store.get()).toEqual({ a: 3 });
  });
});
