/**
 * `pnpm bench:snapshot --dataset <dir> [--top 20]`: where the CMS spends the time of one content
 * snapshot (the first step of every build, so of every publish). On a copy of a generated dataset
 * it streams `/api/snapshot`'s JSON to nowhere, timing each part (head, articles, legal documents,
 * drafts, questions, albums) under the V8 CPU profiler, then prints the functions with the most
 * self time, grouped by package. The work happens in `snapshot-profile-worker.ts`.
 */
import { fileURLToPath } from 'node:url'
import { runWithLoadRetry } from '../lib/cms-process'
import { parseSnapshotProfileOptions } from './options'
import { LOADED_MESSAGE } from './worker-ipc'

parseSnapshotProfileOptions(process.argv)
runWithLoadRetry({
  worker: fileURLToPath(new URL('./snapshot-profile-worker.ts', import.meta.url)),
  loadedMessage: LOADED_MESSAGE,
}).then((code) => process.exit(code))
