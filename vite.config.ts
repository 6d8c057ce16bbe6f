import path from "node:path";
import { defineConfig } from "vitest/config";
import { csp, dataGate, EARLY_ENTRY, earlyEntry, preloadData } from "./scripts/vitePlugins.ts";

export default defineConfig({
  plugins: [csp(), dataGate(path.resolve(import.meta.dirname, "data")), preloadData(), earlyEntry()],
  base: "./",
  // No inlined data: URLs: the CSP allows fetching only from our own origin.
  build: {
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    assetsInlineLimit: 0,
    // The early entry has its own script tag (earlyEntry()); the app is index.html.
    rollupOptions: { input: { index: "index.html", early: EARLY_ENTRY } },
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
});
