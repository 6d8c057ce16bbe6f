/**
 * What the validation worker says about a bundle, in its own file so the loader that computes a
 * verdict and the client that asks the worker for one need not import each other.
 */
import type { Problem } from "./problem.ts";

export type BundleVerdict = { ok: true; unverifiedQuotes: number } | { ok: false; problems: Problem[] };
export type CheckerMessage = { ready: true } | { verdict: BundleVerdict };
