import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layers, lowest first: each may import only from the ones before it (data → model → state →
 * views → app), so any folder can be read without the ones above it. Import cycles are caught
 * by `npm run check:cycles` (dpdm), which also follows type-only and lazy imports.
 */
const LAYERS = ["data", "model", "state", "views", "app"];
const layerZones = LAYERS.slice(0, -1).map((layer, i) => ({
  target: `./src/${layer}`,
  from: LAYERS.slice(i + 1).map((above) => `./src/${above}`),
  message: `src/${layer} is below ${LAYERS.slice(i + 1).join(", ")}: it may import only from ${LAYERS.slice(0, i).join(", ") || "itself"} and libraries.`,
}));

export default tseslint.config(
  { ignores: ["dist/", "dist-single/", "coverage/", "test-results/", "node_modules/", "data/", "bench/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build DOM nodes with textContent: no HTML strings from data." },
        { property: "outerHTML", message: "Build DOM nodes with textContent: no HTML strings from data." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: "No HTML strings from data.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.ts"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".js"] })] },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
    },
  },
);
