/**
 * `pnpm bench:scale --scale small|reference [--dataset <dir>]`: every figure of targets.md on a
 * generated dataset, in one command (see docs/bench/README.md). The work happens in
 * `scale-worker.ts`, retried when the CMS modules stall while loading.
 */
import { fileURLToPath } from 'node:url'
import { CommanderError } from 'commander'
import { runWithLoadRetry } from '../lib/cms-process'
import { parseScaleBenchOptions } from './options'
import { LOADED_MESSAGE } from './worker-ipc'

try {
  parseScaleBenchOptions(process.argv)
} catch (error) {
  // --help, or a refused option whose message commander has printed.
  process.exit(error instanceof CommanderError ? error.exitCode : 1)
}
runWithLoadRetry({ worker: fileURLToPath(new URL('./scale-worker.ts', import.meta.url)), loadedMessage: LOADED_MESSAGE }).then((code) => process.exit(code))
