/**
 * The app's Vite plugins: CSP meta tag, the data gate of the build, data preloading, the early entry,
 * the notice for a page opened from disk, and the single-file build's twins and policy.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { checkDataDir } from "./checkDataDir.ts";
import { contentSecurityPolicy } from "./csp.ts";
import { DATA_FILE_NAMES } from "../src/data/dataFiles.ts";
import { formatProblem } from "../src/data/problem.ts";
import { t } from "../src/model/i18n.ts";

/** The curated data files and the shipped layout, as Vite names them in assets/. */
const PRELOADED = new RegExp(`^assets/(${[...DATA_FILE_NAMES, "layout"].join("|")})-[\\w-]+\\.json$`);

/**
 * Writes the CSP meta tag: strict in the build; the dev server also needs inline styles (HMR). The
 * single-file build's policy names its inline code by hash, known only once the page is written:
 * a placeholder until singleFileCsp() puts the hashes in (a page left with it runs nothing).
 */
export function csp(mode: "app" | "single" = "app"): Plugin {
  const placeholder = { scripts: ["PENDING"], styles: ["PENDING"] };
  return {
    name: "liaison-csp",
    transformIndexHtml: {
      order: "pre",
      handler: (html, ctx) =>
        html.replace(
          "%LIAISON_CSP%",
          mode === "single"
            ? contentSecurityPolicy("single", placeholder)
            : contentSecurityPolicy(ctx.server ? "dev" : "build"),
        ),
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

/**
 * `dist/index.html` opened from disk runs none of the app (a browser refuses module scripts on
 * file://) and would say "Loading…" forever. A deferred classic script, which a browser does run
 * there, swaps that line for a notice pointing to the single-file build or a server. It is
 * written at build time with its text from the i18n table.
 */
export const FILE_NOTICE_SCRIPT = "file-notice.js";

export function fileNotice(): Plugin {
  return {
    name: "liaison-file-notice",
    apply: "build",
    generateBundle() {
      const text = { en: t("en", "fileNotServed"), zh: t("zh", "fileNotServed") };
      const source = `// Written by fileNotice() in scripts/vitePlugins.ts.
if (location.protocol === "file:") {
  const text = ${JSON.stringify(text)};
  const box = document.createElement("div");
  box.setAttribute("role", "alert");
  // The stylesheet does not load from disk either (CSSOM styles are allowed by the policy).
  box.style.cssText = "font: 16px/1.5 system-ui, sans-serif; max-width: 44em; margin: 3em auto; padding: 0.5em 1.5em; background: #fff7e0; border: 1px solid #f0d58a";
  for (const [lang, message] of [["en", text.en], ["zh-Hans", text.zh]]) {
    const p = document.createElement("p");
    p.lang = lang;
    p.textContent = message;
    box.append(p);
  }
  document.getElementById("app").replaceChildren(box);
}
`;
      this.emitFile({ type: "asset", fileName: FILE_NOTICE_SCRIPT, source });
    },
    transformIndexHtml: {
      order: "post",
      handler: () => [{ tag: "script", attrs: { defer: true, src: `./${FILE_NOTICE_SCRIPT}` }, injectTo: "body" }],
    },
  };
}

/**
 * The single-file build swaps a module for its `.single.ts` twin where one exists beside it
 * (shippedFiles.ts, the workers' starters): embedded data instead of fetched files, workers from
 * blob: URLs instead of files.
 */
export function singleFileTwins(): Plugin {
  return {
    name: "liaison-single-file-twins",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer || !/\.ts$/.test(source) || source.endsWith(".single.ts")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const twin = resolved.id.replace(/\.ts$/, ".single.ts");
      return fs.existsSync(twin) ? twin : resolved;
    },
  };
}

/**
 * The single file's policy: the built one, with its inline script and stylesheet allowed by their
 * SHA-256 hashes (no 'unsafe-inline', no eval) and workers from blob: (scripts/csp.ts). Runs after
 * vite-plugin-singlefile has inlined them, and names the page liaison.html.
 */
export const SINGLE_FILE_NAME = "liaison.html";

export function singleFileCsp(): Plugin {
  const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");
  return {
    name: "liaison-single-file-csp",
    enforce: "post",
    apply: "build",
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        const page = bundle["index.html"];
        if (!page || page.type !== "asset") throw new Error("the single-file build has no index.html");
        let html = String(page.source);
        const left = Object.keys(bundle).filter((f) => f !== "index.html");
        if (left.length) throw new Error(`the single-file build left files beside the page: ${left.join(", ")}`);
        if (/<script[^>]*\ssrc=|<link[^>]*rel="(stylesheet|modulepreload)"/.test(html))
          throw new Error("the single-file page still refers to a script or stylesheet file");
        const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
        const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
        const meta = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;
        if (!meta.test(html)) throw new Error("the single-file page has no CSP meta tag");
        html = html.replace(
          meta,
          (_m, open: string, close: string) => open + contentSecurityPolicy("single", { scripts, styles }) + close,
        );
        // The CSP must come before the first script: a <meta> policy covers only what follows it.
        if (html.indexOf("Content-Security-Policy") > html.indexOf("<script"))
          throw new Error("the CSP meta tag is not first");
        delete bundle["index.html"];
        this.emitFile({ type: "asset", fileName: SINGLE_FILE_NAME, source: html });
      },
    },
    transformIndexHtml: {
      order: "pre",
      // No favicon file beside the single page: the icon goes inline.
      handler: (html) =>
        html.replace(
          /<link rel="icon" href="\.\/favicon\.svg"[^>]*>/,
          `<link rel="icon" href="data:image/svg+xml;base64,${fs.readFileSync(path.resolve(import.meta.dirname, "../public/favicon.svg")).toString("base64")}" type="image/svg+xml" />`,
        ),
    },
  };
}
