/**
 * Requests to a worker, answered by id, with the main thread as the fallback: the worker starts
 * on the first request; where workers cannot run, where it cannot start, or once it fails (its
 * script cannot load: no network, no offline copy), it is given up and every request — those
 * waiting and those to come — is answered here instead, in a later task so as not to hold up the
 * one that asked.
 */
export interface WorkerRequestsOptions<Ask, Answer, Response extends { id: number }> {
  /** Starts the worker (it may throw) */
  start: () => Worker;
  /** Sent to a worker just started (the data it works on) */
  onStart?: (worker: Worker) => void;
  /** The message for the request with this id; null: this one is answered here */
  message: (id: number, ask: Ask) => unknown;
  /** The answer the worker's response gives */
  answer: (response: Response) => Answer;
  /** The answer computed here, on the main thread */
  here: (ask: Ask, id: number) => Answer;
}

export interface WorkerRequests<Ask, Answer> {
  /** Sends a request; its id is given at once, its answer later. */
  request(ask: Ask): { id: number; answer: Promise<Answer> };
  /** Answers every request still waiting with `answer` (they are no longer wanted). */
  settlePending(answer: Answer): void;
  /** Stops the worker for good: requests still waiting get no answer, later ones are answered here. */
  stop(): void;
}

export function createWorkerRequests<Ask, Answer, Response extends { id: number }>(
  options: WorkerRequestsOptions<Ask, Answer, Response>,
): WorkerRequests<Ask, Answer> {
  let worker: Worker | null = null;
  let broken = false;
  let next = 0;
  const pending = new Map<number, { ask: Ask; resolve: (answer: Answer) => void }>();
  const answerHere = (ask: Ask, id: number) =>
    new Promise<Answer>((resolve) => setTimeout(() => resolve(options.here(ask, id)), 0));

  const start = () => {
    if (worker || broken || typeof Worker === "undefined") return worker;
    try {
      worker = options.start();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (m: MessageEvent<Response>) => {
      const waiting = pending.get(m.data.id);
      pending.delete(m.data.id);
      waiting?.resolve(options.answer(m.data));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker?.terminate();
      worker = null;
      broken = true;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        void answerHere(waiting.ask, id).then(waiting.resolve);
      }
    };
    options.onStart?.(worker);
    return worker;
  };

  return {
    request(ask) {
      const id = ++next;
      const w = start();
      const message = w ? options.message(id, ask) : null;
      if (!w || message === null) return { id, answer: answerHere(ask, id) };
      const answer = new Promise<Answer>((resolve) => pending.set(id, { ask, resolve }));
      w.postMessage(message);
      return { id, answer };
    },
    settlePending(answer) {
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.resolve(answer);
      }
    },
    stop() {
      worker?.terminate();
      worker = null;
      broken = true;
      pending.clear();
    },
  };
}
