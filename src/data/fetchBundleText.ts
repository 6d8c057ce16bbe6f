/**
 * The text of a dataset bundle named by a ?data= link: same-origin only (a link must not make
 * the app fetch from elsewhere). Never throws: returns a problem instead.
 */
import { decodeText } from "./decodeText.ts";
import { fileLevelProblem, type Problem } from "./problem.ts";

export type FetchedBundle = { ok: true; text: string } | { ok: false; problems: Problem[] };

const problem = (message: string): FetchedBundle => ({ ok: false, problems: [fileLevelProblem("bundle", message)] });

export async function fetchBundleText(param: string, base: string): Promise<FetchedBundle> {
  let url: URL;
  try {
    url = new URL(param, base);
  } catch {
    return problem("the data link is not a valid URL");
  }
  if (url.origin !== new URL(base).origin) return problem("datasets can only be loaded from this site");
  // A page opened from disk (the single file) can fetch nothing: the file can still be opened.
  if (url.protocol === "file:")
    return problem("a page opened from disk cannot follow a data link: open the file with “Open dataset” instead");
  try {
    const res = await fetch(url);
    if (!res.ok) return problem(`could not fetch the dataset (HTTP ${res.status})`);
    const name = decodeURIComponent(url.pathname.split("/").pop() ?? "") || "bundle";
    return decodeText(await res.arrayBuffer(), name);
  } catch (e) {
    return problem(`could not fetch the dataset: ${String(e)}`);
  }
}
