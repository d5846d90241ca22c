/**
 * `pnpm seed`: loads the demo agency into the database `DATABASE_URL` points at (by default the
 * embedded SQLite in `data/`), then prints what it did and the demo logins. Safe to run again.
 *
 * The work happens in a child process (`worker.ts`), retried when the CMS modules stall while
 * loading (see lib/cms-process.ts): nothing has been written at that point.
 */
import { fileURLToPath } from 'node:url'
import { runWithLoadRetry } from '../lib/cms-process'
import { LOADED_MESSAGE } from './ipc'

runWithLoadRetry({
  worker: fileURLToPath(new URL('./worker.ts', import.meta.url)),
  loadedMessage: LOADED_MESSAGE,
  args: [],
}).then((code) => process.exit(code))
