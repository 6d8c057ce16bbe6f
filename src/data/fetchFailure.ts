/**
 * A file the app needed could not be fetched: the network is gone (offline before a first visit,
 * or the server went away after loading) or the server refused it. The app shows it as a notice
 * that names what is missing, never as a bare console error.
 */
export class FetchFailure extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`could not fetch ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "FetchFailure";
  }
}

/**
 * Whether an error is a failed fetch: our own, or the browser's for a script chunk loaded on
 * first use (the export code, the handout) while the server cannot be reached.
 */
export function isFetchFailure(error: unknown): boolean {
  if (error instanceof FetchFailure) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically|Failed to fetch/i.test(
    message,
  );
}
