/**
 * `pnpm seed`: loads the demo agency into the database `DATABASE_URL` points at (by default the
 * embedded SQLite in `data/`), then prints what it did and the demo logins. Safe to run again.
 *
 * The work happens in a child process (`worker.ts`). Loading the CMS config pulls in Lexical,
 * whose Node entry points use top-level await; on Node 20 that module graph occasionally never
 * settles and the process ends without having done anything (seen in about one run in five; the
 * same symptom as payloadcms/payload#17757). Nothing has been written at that point, so a stalled
 * load is simply retried in a fresh process.
 */
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { LOADED_MESSAGE } from './ipc'

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url))
const ATTEMPTS = 8
/** A load that neither finishes nor ends the process is given up on after this long. */
const LOAD_TIMEOUT_MS = 120_000

interface Outcome {
  loaded: boolean
  /** Exit code, or null when the process was killed. */
  code: number | null
}

function attempt(): Promise<Outcome> {
  return new Promise((resolve) => {
    // Same Node flags as this process, so the worker runs TypeScript through the same loader.
    const child = fork(WORKER, [], { execArgv: process.execArgv, stdio: 'inherit' })
    let loaded = false
    const timer = setTimeout(() => loaded || child.kill('SIGKILL'), LOAD_TIMEOUT_MS)
    child.on('message', (message) => {
      if (message === LOADED_MESSAGE) loaded = true
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ loaded, code })
    })
  })
}

/**
 * A stalled load ends with 0 (a pending dynamic import), 13 (a pending top-level await) or our
 * kill; any other exit before loading is a real error (e.g. a missing secret) the worker printed.
 */
const stalled = ({ loaded, code }: Outcome): boolean =>
  !loaded && (code === 0 || code === 13 || code === null)

async function main(): Promise<number> {
  for (let n = 1; n <= ATTEMPTS; n++) {
    const outcome = await attempt()
    if (!stalled(outcome)) return outcome.code ?? 1
    console.error(
      `The CMS modules did not finish loading (attempt ${n} of ${ATTEMPTS}); retrying in a new process…`,
    )
  }
  console.error(`Seeding failed: the CMS modules did not load in ${ATTEMPTS} attempts.`)
  return 1
}

main().then((code) => process.exit(code))
