/** Builds the library floor page (floor.ts) into dist/bench/floor for the benchmark. */
import path from "node:path";
import { defineConfig } from "vite";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  logLevel: "error",
  build: {
    target: "es2022",
    outDir: path.join(ROOT, "dist/bench/floor"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
});
