/**
 * `pnpm bench:soak [--minutes 3] [--json]`: a bounded soak on loopback. A throw-away CMS on the
 * demo content and the static server take fixed-rate load on the four public endpoints and a
 * few pages for some minutes, while the memory of both processes is sampled; errors, p99 and
 * memory growth are checked against stated bounds (soak-verdict.ts) and written to
 * `docs/bench/soak-<date>.{json,md}`. Exit code 1 when a bound is not met. The work happens in
 * `soak-worker.ts`, retried when the CMS modules stall while loading.
 */
import { fileURLToPath } from 'node:url'
import { runWithLoadRetry } from '../lib/cms-process'
import { parseSoakOptions } from './soak-options'
import { LOADED_MESSAGE } from './worker-ipc'

parseSoakOptions(process.argv)
runWithLoadRetry({
  worker: fileURLToPath(new URL('./soak-worker.ts', import.meta.url)),
  loadedMessage: LOADED_MESSAGE,
}).then((code) => process.exit(code))
