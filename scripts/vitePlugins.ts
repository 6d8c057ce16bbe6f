/** The app's Vite plugins: CSP meta tag, the data gate of the build, data preloading, the early entry. */
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

/**
 * The early entry (src/app/earlyBundle.ts) gets its own script tag ahead of the app's, so a ?data=
 * bundle starts downloading, and its validation worker starting, while the app's script loads.
 * In the build it is a separate input; the app imports the same chunk, so it runs once.
 */
export const EARLY_ENTRY = "src/app/earlyBundle.ts";

export function earlyEntry(): Plugin {
  return {
    name: "liaison-early-entry",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === "chunk" && c.isEntry && c.facadeModuleId?.endsWith(EARLY_ENTRY),
        );
        if (!chunk) throw new Error(`the build has no chunk for ${EARLY_ENTRY}`);
        // Right after the CSP meta tag: a policy given by <meta> covers only what comes after it,
        // and module scripts run in document order, so this one must precede the app's.
        const meta = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html);
        if (!meta) throw new Error("index.html has no CSP meta tag to put the early entry after");
        const at = meta.index + meta[0].length;
        const tag = `\n    <script type="module" crossorigin src="./${chunk.fileName}"></script>`;
        return html.slice(0, at) + tag + html.slice(at);
      },
    },
  };
}
