/**
 * A lazy import that can be tried again: a success is kept, a failure is not; an error that does
 * not name a module's address is passed on as it is.
 */
import { describe, expect, it } from "vitest";
import { retryingImport } from "../../src/views/retryingImport.ts";

describe("retryingImport", () => {
  it("loads once and keeps the module", async () => {
    let calls = 0;
    const load = retryingImport(async () => ({ n: ++calls }));
    expect(await load()).toEqual({ n: 1 });
    expect(await load()).toEqual({ n: 1 });
    expect(calls).toBe(1);
  });
  it("passes on a failure that names no module, and tries again on the next call", async () => {
    let calls = 0;
    const load = retryingImport(async () => {
      if (++calls === 1) throw new Error("boom");
      return "ok";
    });
    await expect(load()).rejects.toThrow("boom");
    expect(await load()).toBe("ok");
    expect(calls).toBe(2);
  });
  it("asks again for the module a failed fetch names, under a new query", async () => {
    const load = retryingImport(async () => {
      throw new TypeError("Failed to fetch dynamically imported module: http://127.0.0.1:1/assets/x-abc.js");
    });
    // Node's loader refuses http: addresses: the error is the retry's, not the first fetch's.
    const error = await load().catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain("Failed to fetch dynamically imported module");
  });
});
