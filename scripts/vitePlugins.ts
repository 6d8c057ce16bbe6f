/** The app's Vite plugins: CSP meta tag, the data gate of the build, and data preloading. */
import type { Plugin } from "vite";
import { checkDataDir } from "./checkDataDir.ts";
import { contentSecurityPolicy } from "./csp.ts";
import { DATA_FILE_NAMES } from "../src/data/dataFiles.ts";
import { formatProblem } from "../src/data/problem.ts";

/** The curated data files and the shipped layout, as Vite names them in assets/. */
const PRELOADED = new RegExp(`^assets/(${[...DATA_FILE_NAMES, "layout"].join("|")})-[\\w-]+\\.json$`);

/** Writes the CSP meta tag: strict in the build; the dev server also needs inline styles (HMR). */
export function csp(): Plugin {
  return {
    name: "liaison-csp",
    transformIndexHtml: {
      order: "pre",
      handler: (html, ctx) => html.replace("%LIAISON_CSP%", contentSecurityPolicy(ctx.server ? "dev" : "build")),
    },
  };
}

/**
 * The curated data ships only if it passes the full validation (the checks of `check:data`,
 * quotes included): the built app then loads it without validating again at every visit.
 */
export function dataGate(dir: string): Plugin {
  return {
    name: "liaison-data-gate",
    apply: "build",
    buildStart() {
      const { problems } = checkDataDir(dir);
      if (problems.length)
        this.error(`data/ does not pass validation:\n${problems.slice(0, 20).map(formatProblem).join("\n")}`);
    },
  };
}

/**
 * Lets the browser fetch the curated data and the shipped layout while the app's script is
 * still loading (the script would otherwise only ask for them once it runs).
 */
export function preloadData(): Plugin {
  return {
    name: "liaison-preload-data",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((f) => PRELOADED.test(f))
          .map((f) => ({
            tag: "link",
            attrs: { rel: "preload", href: `./${f}`, as: "fetch", crossorigin: "anonymous" },
            injectTo: "head" as const,
          })),
    },
  };
}
