import { defineConfig } from "vitest/config";

// Browser tests against the built app (run `npm run build` first; `npm test` does).
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // A browser test that times a pointer or a frame can miss on a busy 2-core machine: one more try
    // before it counts as failed (a real break fails both).
    retry: 1,
  },
});
