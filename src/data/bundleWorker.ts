/**
 * Web worker: validates a dataset bundle (the full check, as parseBundle) off the main thread and
 * posts back only the verdict. The page parses its own copy meanwhile, so the dataset itself never
 * has to cross between threads.
 */
import { parseBundle, verdictOf } from "./loadBundle.ts";
import type { CheckerMessage } from "./bundleVerdict.ts";

const post = (m: CheckerMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = (message: MessageEvent<string>) => {
  post({ verdict: verdictOf(parseBundle(message.data)) });
};
post({ ready: true });
