/** Property tests run from a fixed seed, so CI is deterministic; FC_SEED=<n> explores other inputs. */
import fc from "fast-check";

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20181218) });
