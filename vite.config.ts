import { defineConfig, type Plugin } from "vitest/config";
import { contentSecurityPolicy } from "./scripts/csp.ts";

/** Writes the CSP meta tag: strict in the build; the dev server also needs inline styles (HMR). */
function csp(): Plugin {
  return {
    name: "liaison-csp",
    transformIndexHtml: {
      order: "pre",
      handler: (html, ctx) => html.replace("%LIAISON_CSP%", contentSecurityPolicy(ctx.server ? "dev" : "build")),
    },
  };
}

export default defineConfig({
  plugins: [csp()],
  base: "./",
  // No inlined data: URLs: the CSP allows fetching only from our own origin.
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 1200, assetsInlineLimit: 0 },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    setupFiles: ["test/setup.ts"],
    environment: "node",
  },
});
