/**
 * ViewState ⇄ URL query. Parsing never throws: unknown or malformed values are dropped and
 * listed in `ignored` so the app can say what it could not restore.
 */
import { isValidPartialDate, startMs } from "../data/partialDate.ts";
import { MAX_ALSO } from "../data/vocabulary.ts";
import { getDefaultViewState, type Grouping, type ViewState } from "./viewState.ts";

export interface KnownIds {
  /** Story id → number of steps */
  stories?: Map<string, number>;
  themes: Set<string>;
  actors: Set<string>;
  kinds: Set<string>;
  events: Set<string>;
  relations?: Set<string>;
}

export interface ParsedViewState {
  state: ViewState;
  /** Human-readable "key=value" fragments that were not applied */
  ignored: string[];
}

const MAX_Q = 200;
const MAX_LIST = 100;
const GROUPS: Grouping[] = ["none", "theme", "actor-type"];
const KEYS = [
  "lang",
  "themes",
  "actors",
  "match",
  "kinds",
  "q",
  "from",
  "to",
  "sel",
  "also",
  "pair",
  "via",
  "planned",
  "group",
  "persons",
  "collapse",
  "status",
  "story",
  "step",
];

export function parseViewState(search: string, known: KnownIds): ParsedViewState {
  const state = getDefaultViewState();
  const ignored: string[] = [];
  // A deck carried in the link is read by the app (deckLink.ts), and may be long: set aside first.
  const all = new URLSearchParams(search);
  all.delete("deck");
  const rest = all.toString();
  const params = new URLSearchParams(rest.length > 10_000 ? rest.slice(0, 10_000) : rest);
  const seen = new Set<string>();
  const show = (k: string, v: string) => `${k}=${v.length > 40 ? v.slice(0, 40) + "…" : v}`;
  for (const [key, value] of params) {
    if (!KEYS.includes(key)) {
      if (key !== "data") ignored.push(show(key, value));
      continue;
    }
    if (seen.has(key)) {
      ignored.push(show(key, value) + " (repeated)");
      continue;
    }
    seen.add(key);
    const bad = () => ignored.push(show(key, value));
    /** The on/off keys take "1" or "0". */
    const flag = (apply: (on: boolean) => void) => (value === "0" || value === "1" ? apply(value === "1") : bad());
    switch (key) {
      case "lang":
        if (value === "en" || value === "zh") state.lang = value;
        else bad();
        break;
      case "themes":
      case "actors":
      case "kinds": {
        const ok: string[] = [];
        for (const id of value.split(",").filter(Boolean).slice(0, MAX_LIST)) {
          if (known[key].has(id) && !ok.includes(id)) ok.push(id);
          else ignored.push(show(key, id));
        }
        state[key] = ok;
        break;
      }
      case "q":
        // Cut on a code point, not inside a surrogate pair (a lone surrogate cannot be URL-encoded).
        state.q = value.slice(0, MAX_Q).replace(/[\uD800-\uDBFF]$/, "");
        if (value.length > MAX_Q) ignored.push(`q (cut to ${MAX_Q} characters)`);
        break;
      case "from":
      case "to":
        if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isValidPartialDate(value)) state[key] = value;
        else bad();
        break;
      case "sel": {
        const m = /^(event|actor|relation):(.+)$/.exec(value);
        const type = m?.[1] as "event" | "actor" | "relation" | undefined;
        const ids = type === "event" ? known.events : type === "actor" ? known.actors : known.relations;
        if (m && type && ids?.has(m[2])) state.sel = { type, id: m[2] };
        else bad();
        break;
      }
      case "also": {
        // More events or actors picked out beside the selection: "event:id,actor:id".
        for (const item of value.split(",").filter(Boolean).slice(0, MAX_ALSO)) {
          const m = /^(event|actor):(.+)$/.exec(item);
          const type = m?.[1] as "event" | "actor" | undefined;
          const ok = m && type && (type === "event" ? known.events : known.actors).has(m[2]);
          if (ok && !state.also.some((p) => p.type === type && p.id === m[2])) state.also.push({ type, id: m[2] });
          else ignored.push(show(key, item));
        }
        break;
      }
      case "match":
        if (value === "all" || value === "any") state.match = value;
        else bad();
        break;
      case "pair": {
        const ids = value.split(",");
        if (ids.length === 2 && ids[0] !== ids[1] && ids.every((id) => known.actors.has(id)))
          state.pair = [ids[0], ids[1]];
        else bad();
        break;
      }
      case "via":
        if (known.actors.has(value)) state.via = value;
        else bad();
        break;
      case "planned":
        flag((on) => (state.hidePlanned = !on));
        break;
      case "group":
        if ((GROUPS as string[]).includes(value)) state.group = value as Grouping;
        else bad();
        break;
      case "persons":
        flag((on) => (state.hidePersons = !on));
        break;
      case "story":
        if (known.stories?.has(value)) state.story = value;
        else bad();
        break;
      case "step":
        if (/^\d{1,4}$/.test(value) && Number(value) >= 1) state.step = Number(value) - 1;
        else bad();
        break;
      case "status":
        flag((on) => (state.showStatus = on));
        break;
      case "collapse":
        flag((on) => (state.collapse = on));
        break;
    }
  }
  if (state.story) {
    const steps = known.stories!.get(state.story)!;
    // An empty story (the user's deck on a browser that has none) cannot be shown at any step.
    if (steps === 0) {
      ignored.push(`story=${state.story} (it has no steps in this browser)`);
      state.story = null;
      state.step = 0;
    } else if (state.step >= steps) {
      ignored.push(`step=${state.step + 1} (the story has ${steps})`);
      state.step = 0;
    }
  } else if (state.step !== 0) {
    ignored.push(`step=${state.step + 1} (no story)`);
    state.step = 0;
  }
  if (state.via && (!state.pair || state.pair.includes(state.via))) {
    ignored.push(`via=${state.via} (${state.pair ? "one of the pair" : "no pair"})`);
    state.via = null;
  }
  if (state.from && state.to && startMs(state.from) > startMs(state.to)) {
    ignored.push(`from=${state.from}, to=${state.to} (reversed)`);
    state.from = state.to = null;
  }
  return { state, ignored };
}

/** Only non-default values, in a fixed order, with readable commas. */
export function serializeViewState(s: ViewState): string {
  const d = getDefaultViewState();
  const parts: string[] = [];
  const add = (k: string, v: string) =>
    parts.push(`${k}=${encodeURIComponent(v).replace(/%2C/g, ",").replace(/%3A/g, ":")}`);
  if (s.lang !== d.lang) add("lang", s.lang);
  if (s.themes.length) add("themes", s.themes.join(","));
  if (s.actors.length) add("actors", s.actors.join(","));
  if (s.match !== d.match) add("match", s.match);
  if (s.kinds.length) add("kinds", s.kinds.join(","));
  if (s.q) add("q", s.q);
  if (s.hidePlanned) add("planned", "0");
  if (s.from) add("from", s.from);
  if (s.to) add("to", s.to);
  if (s.sel) add("sel", `${s.sel.type}:${s.sel.id}`);
  if (s.also.length) add("also", s.also.map((p) => `${p.type}:${p.id}`).join(","));
  if (s.pair) add("pair", s.pair.join(","));
  if (s.pair && s.via) add("via", s.via);
  if (s.group !== d.group) add("group", s.group);
  if (s.hidePersons) add("persons", "0");
  if (s.collapse) add("collapse", "1");
  if (!s.showStatus) add("status", "0");
  if (s.story) {
    add("story", s.story);
    add("step", String(s.step + 1));
  }
  return parts.join("&");
}
