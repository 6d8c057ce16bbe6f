/**
 * A dynamic import that can be tried again once the network is back. Some browsers keep a failed
 * module fetch for the page's life (Chromium 150 does): the same import then fails at once, with
 * no request. A retry asks for the module the error names under a new query, which is fetched
 * anew; its own imports are the page's same modules. Once loaded, the module is kept.
 */
export function retryingImport<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  let tries = 0;
  return () => {
    loaded ??= load().catch((e: unknown) => {
      const url = /https?:\/\/[^\s"')]+\.js/.exec(e instanceof Error ? e.message : String(e))?.[0];
      if (!url) throw e;
      return import(/* @vite-ignore */ `${url}?retry=${++tries}`) as Promise<T>;
    });
    // A failure is not kept: the next call tries again.
    loaded.catch(() => (loaded = null));
    return loaded;
  };
}
