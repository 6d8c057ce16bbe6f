/**
 * Its own entry in index.html, ahead of the app: for a ?data= link, the bundle download and the
 * validation worker start while the app's script is still loading (at 100× the data, the bundle
 * is 30 MB). The app takes them over from here; this module runs once, whoever imports it.
 */
import { startBundleChecker, type BundleChecker } from "../data/checkBundleOffThread.ts";
import { fetchBundleText, type FetchedBundle } from "../data/fetchBundleText.ts";

export interface EarlyBundle {
  param: string;
  text: Promise<FetchedBundle>;
  checker: BundleChecker;
}

const param = new URLSearchParams(location.search).get("data");
let early: EarlyBundle | null = param
  ? { param, text: fetchBundleText(param, location.href), checker: startBundleChecker() }
  : null;

/** The page's ?data= download and checker, handed over once (a later import starts its own). */
export function takeEarlyBundle(): EarlyBundle | null {
  const taken = early;
  early = null;
  return taken;
}
