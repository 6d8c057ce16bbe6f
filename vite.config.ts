import path from "node:path";
import { VitePWA } from "vite-plugin-pwa";
import { viteSingleFile } from "vite-plugin-singlefile";
import { defineConfig } from "vitest/config";
import { APP_ICONS } from "./scripts/appIcons.ts";
import {
  csp,
  dataGate,
  EARLY_ENTRY,
  earlyEntry,
  fileNotice,
  preloadData,
  singleFileCsp,
  singleFileTwins,
} from "./scripts/vitePlugins.ts";

const DATA_DIR = path.resolve(import.meta.dirname, "data");

/** The service worker and the web app manifest: the app, its data and documents, offline after one visit. */
const offlineCopy = () =>
  VitePWA({
    // Registered by the app itself once the first view has painted (src/app/registerOfflineCopy.ts).
    injectRegister: null,
    manifest: {
      name: "Liaison — Migration governance 2001–2018: China and IOM",
      short_name: "Liaison",
      description:
        "A bilingual timeline and network of how international migration governance was made, 2001–2018, and where China and IOM fit in it.",
      lang: "en",
      start_url: "./",
      scope: "./",
      display: "standalone",
      theme_color: "#0b5cad",
      background_color: "#ffffff",
      icons: APP_ICONS.map((i) => ({
        src: i.file,
        sizes: `${i.size}x${i.size}`,
        type: "image/png",
        ...(i.maskable ? { purpose: "maskable" } : {}),
      })),
    },
    workbox: {
      // Everything the app can fetch: its code (including what loads on first use), the curated
      // data and layout, the five source documents (the manifest and its icons are added by the
      // plugin). Not the source maps, nor ?data= bundles.
      globPatterns: ["**/*.{html,js,css,json,txt,svg}"],
      globIgnores: ["e2e/**", "**/*.map"],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Any address of the app's page (its view is in the query) opens the stored page offline;
      // other files, a ?data= bundle among them, always come from the network.
      navigateFallback: "index.html",
      navigateFallbackAllowlist: [/\/(index\.html)?(\?.*)?$/],
      cleanupOutdatedCaches: true,
    },
  });

export default defineConfig(({ mode }) => {
  // `npm run build:single`: one self-contained liaison.html that opens from disk (see README).
  const single = mode === "single";
  return {
    plugins: single
      ? [
          csp("single"),
          dataGate(DATA_DIR),
          singleFileTwins(),
          viteSingleFile({ removeViteModuleLoader: true }),
          singleFileCsp(),
        ]
      : [csp(), dataGate(DATA_DIR), preloadData(), earlyEntry(), fileNotice(), offlineCopy()],
    base: "./",
    publicDir: single ? false : "public",
    build: single
      ? { target: "es2022", outDir: "dist-single", sourcemap: false }
      : {
          target: "es2022",
          sourcemap: true,
          chunkSizeWarningLimit: 1200,
          // No inlined data: URLs: the CSP allows fetching only from our own origin.
          assetsInlineLimit: 0,
          // The early entry has its own script tag (earlyEntry()); the app is index.html.
          rollupOptions: { input: { index: "index.html", early: EARLY_ENTRY } },
          // No preloads ahead of a lazy import: a preload that fails offline is kept failed by
          // some browsers, and the import could not be tried again once online
          // (views/retryingImport.ts). The page's own preloads stay.
          modulePreload: {
            resolveDependencies: (_file: string, deps: string[], ctx: { hostType: "html" | "js" }) =>
              ctx.hostType === "html" ? deps : [],
          },
        },
    server: { port: 5173 },
    preview: { port: 4173 },
    test: {
      include: ["test/**/*.test.ts"],
      exclude: ["test/e2e/**", "node_modules/**"],
      setupFiles: ["test/setup.ts"],
      environment: "node",
      // Property tests run thousands of cases: on a busy 2-core machine 5 s is not enough.
      testTimeout: 30_000,
    },
  };
});
