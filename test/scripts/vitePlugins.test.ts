import { describe, expect, it } from "vitest";
import { dataGate } from "../../scripts/vitePlugins.ts";
import { writeMiniDataDir as dataDir } from "../fixtures/miniDataDir.ts";
import { miniDataset } from "../fixtures/miniDataset.ts";

/** Runs the plugin's build start the way Rollup would, collecting what it raises. */
function runGate(dir: string): string | null {
  const plugin = dataGate(dir);
  const hook = plugin.buildStart as (this: { error(m: string): never }) => void;
  try {
    hook.call({
      error: (message: string) => {
        throw new Error(message);
      },
    });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe("the build's data gate", () => {
  it("lets valid data through", () => {
    expect(runGate(dataDir())).toBeNull();
  });
  it("stops the build on a quote that is not in its document, naming the item", () => {
    const message = runGate(
      dataDir((d) => {
        d.events[0].sources[0].quote = "a sentence the document never says";
      }),
    );
    expect(message).toMatch(/does not pass validation/);
    expect(message).toContain(miniDataset().events[0].id);
  });
  it("applies only to builds, not to the dev server", () => {
    expect(dataGate("unused").apply).toBe("build");
  });
});
