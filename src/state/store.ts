/**
 * The one state store. Views read state, dispatch updates and subscribe; they never call each other.
 */
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  /** Merge a partial state or apply an updater; listeners run only when something changed. */
  set(update: Partial<S> | ((s: S) => S)): void;
  subscribe(listener: Listener<S>): () => void;
}

/**
 * `settle` may adjust each new state before anyone sees it (a rule that ties fields together), so
 * listeners never see a state that breaks it.
 */
export function createStore<S extends object>(initial: S, settle?: (next: S, previous: S) => S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    set(update) {
      const merged = typeof update === "function" ? update(state) : { ...state, ...update };
      const next = settle ? settle(merged, state) : merged;
      if (shallowEqual(next, state)) return;
      const previous = state;
      state = next;
      for (const l of [...listeners]) l(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function shallowEqual<S extends object>(a: S, b: S): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as Array<keyof S>;
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]) || sameJson(a[k], b[k]));
}

/** Arrays and small records (filters, selection) compare by value so re-setting them is a no-op. */
function sameJson(x: unknown, y: unknown): boolean {
  return typeof x === "object" && typeof y === "object" && JSON.stringify(x) === JSON.stringify(y);
}
