import { defineConfig } from "vitest/config";

export default defineConfig({
  base: "./",
  // No inlined data: URLs: the CSP allows fetching only from our own origin.
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 1200, assetsInlineLimit: 0 },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    environment: "node",
  },
});
