/**
 * createWorkerRequests with a stand-in worker the test drives: answers by id, and the main thread
 * taking over — when the worker fails, cannot start or workers cannot run at all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actorBetweenness } from "../../src/model/keyActors.ts";
import { createBetweennessClient } from "../../src/views/betweennessClient.ts";
import { createWorkerRequests } from "../../src/views/workerRequests.ts";

type Message = { id: number; n: number };

class FakeWorker {
  static started: FakeWorker[] = [];
  posted: unknown[] = [];
  terminated = false;
  onmessage: ((m: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(m: unknown) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  reply(id: number, doubled: number) {
    this.onmessage?.({ data: { id, doubled } } as MessageEvent);
  }
  fail() {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

const requestsWith = (start: () => Worker, here = vi.fn((n: number) => -n)) => ({
  here,
  requests: createWorkerRequests<number, number, { id: number; doubled: number }>({
    start,
    onStart: (w) => w.postMessage("data"),
    message: (id, n): Message | null => (n < 0 ? null : { id, n }),
    answer: (r) => r.doubled,
    here,
  }),
});

describe("createWorkerRequests", () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.stubGlobal("Worker", FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("starts the worker on the first request, sends it its data once, and answers by id in any order", async () => {
    const { requests, here } = requestsWith(() => new FakeWorker() as unknown as Worker);
    expect(FakeWorker.started).toHaveLength(0);
    const first = requests.request(2);
    const second = requests.request(5);
    const [worker] = FakeWorker.started;
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker.posted).toEqual(["data", { id: first.id, n: 2 }, { id: second.id, n: 5 }]);
    worker.reply(second.id, 10);
    worker.reply(first.id, 4);
    expect(await Promise.all([first.answer, second.answer])).toEqual([4, 10]);
    // A request the worker cannot take (message null) is answered here.
    expect(await requests.request(-3).answer).toBe(3);
    expect(here).toHaveBeenCalledTimes(1);
  });

  it("on a worker error, answers the waiting requests here in a later task, and every later one", async () => {
    const { requests, here } = requestsWith(() => new FakeWorker() as unknown as Worker);
    const a = requests.request(1);
    const b = requests.request(7);
    const [worker] = FakeWorker.started;
    worker.fail();
    expect(worker.terminated).toBe(true);
    // Not in the error's own task: the page that asked is not held up.
    expect(here).not.toHaveBeenCalled();
    expect(await Promise.all([a.answer, b.answer])).toEqual([-1, -7]);
    expect(here.mock.calls.map((c) => c[0])).toEqual([1, 7]);
    // The worker is given up: no new one is started.
    expect(await requests.request(4).answer).toBe(-4);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it("answers here where the worker cannot start, or workers cannot run", async () => {
    const throwing = requestsWith(() => {
      throw new Error("blocked by the CSP");
    });
    expect(await throwing.requests.request(3).answer).toBe(-3);
    vi.stubGlobal("Worker", undefined);
    const start = vi.fn(() => new FakeWorker() as unknown as Worker);
    const none = requestsWith(start);
    expect(await none.requests.request(6).answer).toBe(-6);
    expect(start).not.toHaveBeenCalled();
  });

  it("settles waiting requests with a given answer, and after stop answers later ones here", async () => {
    const { requests } = requestsWith(() => new FakeWorker() as unknown as Worker);
    const moot = requests.request(1);
    requests.settlePending(0);
    expect(await moot.answer).toBe(0);
    // Its late reply changes nothing.
    FakeWorker.started[0].reply(moot.id, 2);
    requests.stop();
    expect(FakeWorker.started[0].terminated).toBe(true);
    expect(await requests.request(8).answer).toBe(-8);
    expect(FakeWorker.started).toHaveLength(1);
  });
});

describe("createBetweennessClient", () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.stubGlobal("Worker", FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("answers only the latest request, from the worker or, once it fails, here", async () => {
    const client = createBetweennessClient();
    const groups = [
      ["a", "b"],
      ["b", "c"],
    ];
    const early = client.ask(groups);
    const late = client.ask(groups);
    expect(await early).toBeNull(); // superseded at once
    const [worker] = FakeWorker.started;
    const [, second] = worker.posted as Array<{ id: number }>;
    worker.onmessage?.({ data: { id: second.id, ranked: [{ id: "b", score: 1 }] } } as MessageEvent);
    expect(await late).toEqual([{ id: "b", score: 1 }]);
    const waiting = client.ask(groups);
    worker.fail();
    expect(await waiting).toEqual(actorBetweenness(groups));
    client.stop();
  });
});
