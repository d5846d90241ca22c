/**
 * `pnpm bench`: boots a throw-away Cổng stack on the demo content and measures the publish
 * pipeline (see docs/bench/README.md). The work happens in `worker.ts`, retried when the CMS
 * modules stall while loading.
 */
import { fileURLToPath } from 'node:url'
import { runWithLoadRetry } from '../lib/cms-process'
import { parseBenchOptions } from './options'
import { LOADED_MESSAGE } from './worker-ipc'

parseBenchOptions(process.argv)
runWithLoadRetry({ worker: fileURLToPath(new URL('./worker.ts', import.meta.url)), loadedMessage: LOADED_MESSAGE }).then((code) => process.exit(code))
