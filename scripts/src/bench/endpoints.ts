/**
 * `pnpm bench:endpoints`: boots a throw-away CMS on the demo content and load-tests the public
 * endpoints and the admin API (see docs/bench/README.md). The work happens in
 * `endpoints-worker.ts`, retried when the CMS modules stall while loading.
 */
import { fileURLToPath } from 'node:url'
import { runWithLoadRetry } from '../lib/cms-process'
import { parseEndpointBenchOptions } from './options'
import { LOADED_MESSAGE } from './worker-ipc'

parseEndpointBenchOptions(process.argv)
runWithLoadRetry({ worker: fileURLToPath(new URL('./endpoints-worker.ts', import.meta.url)), loadedMessage: LOADED_MESSAGE }).then((code) =>
  process.exit(code),
)
