/**
 * Colour-blind-safe palettes (Okabe–Ito and Paul Tol's "muted"/"light" sets) for actor types,
 * event kinds and themes. One place, so the legend, network, timeline and charts agree.
 */
import type { ActorType, EventKind } from "../data/schema.ts";

export const ACTOR_TYPE_COLORS: Record<ActorType, string> = {
  igo: "#0072B2",
  "un-body": "#56B4E9",
  state: "#D55E00",
  "government-body": "#E69F00",
  "regional-body": "#009E73",
  forum: "#CC79A7",
  "civil-society": "#882255",
  academic: "#999933",
  "private-sector": "#6b6b6b",
  person: "#44AA99",
};

/** Events share one neutral family so actors stand out; kinds differ in lightness. */
export const EVENT_KIND_COLORS: Record<EventKind, string> = {
  meeting: "#4d4d4d",
  conference: "#333333",
  workshop: "#5e5e5e",
  visit: "#6e6e6e",
  agreement: "#1a1a1a",
  membership: "#1a1a1a",
  resolution: "#555555",
  report: "#7a7a7a",
  policy: "#474747",
  appointment: "#666666",
  declaration: "#2b2b2b",
  initiative: "#595959",
  launch: "#595959",
  publication: "#808080",
  other: "#8c8c8c",
};

const THEME_PALETTE = [
  "#332288",
  "#88CCEE",
  "#44AA99",
  "#117733",
  "#999933",
  "#DDCC77",
  "#CC6677",
  "#882255",
  "#AA4499",
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#56B4E9",
  "#CC79A7",
  "#6b6b6b",
  "#F0E442",
  "#000000",
];

/** Theme colour by its position in themes.json, stable across loads. */
export function makeThemeColorGetter(themeIds: string[]): (id: string) => string {
  const map = new Map(themeIds.map((id, i) => [id, THEME_PALETTE[i % THEME_PALETTE.length]]));
  return (id) => map.get(id) ?? "#999999";
}
