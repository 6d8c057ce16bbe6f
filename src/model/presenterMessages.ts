/** What the projected window and the presenter view tell each other over a BroadcastChannel. */
import type { Lang } from "../data/schema.ts";

export const PRESENTER_CHANNEL = "liaison-presenter";

/** The projected window's current step, sent on every step change and when the presenter asks. */
export interface PresenterState {
  type: "state";
  lang: Lang;
  title: string;
  step: number;
  total: number;
  headline: string;
  text: string;
  notes: string;
  citations: Array<{ quote: string; lang: Lang; source: string }>;
  /** What the step picks out on screen (its selection, then its other picks), named */
  picks: Array<{ type: "event" | "actor"; name: string }>;
  next: { headline: string; text: string } | null;
  /** When the presentation started (ms since the epoch), for the elapsed time */
  startedAt: number;
}

export type PresenterMessage = PresenterState | { type: "ended" };

export type PresenterCommand =
  { type: "hello" } | { type: "go"; delta: number } | { type: "goto"; step: number } | { type: "blank" };

/** Elapsed time as m:ss (or h:mm:ss past an hour). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
