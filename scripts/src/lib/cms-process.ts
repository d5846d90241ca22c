/**
 * Running script work on Payload's local API, in a child process that is retried when the CMS
 * modules stall while loading (seed, bench, `pnpm ops import-legal`).
 *
 * Lexical's Node entry points use top-level await; on Node 20 that module graph occasionally never
 * settles and the process ends having done nothing (seen in about one run in five under tsx; the
 * same symptom as payloadcms/payload#17757). Nothing has been written at that point, so the parent
 * starts a fresh process. The worker tells its parent once the config has loaded, so the parent can
 * tell a stalled load (retried) from a failed run (reported).
 */
import { fork } from 'node:child_process'
import type { Payload } from 'payload'

export interface LoadRetryOptions {
  /** The worker module (a `.ts` file; it runs under the parent's loader). */
  worker: string
  /** What the worker sends once the CMS config has loaded. */
  loadedMessage: string
  /** Arguments for the worker (default: this process's own arguments). */
  args?: string[]
  attempts?: number
  /** A load that neither finishes nor ends the process is given up on after this long. */
  loadTimeoutMs?: number
}

/**
 * Runs `worker` until its CMS config loads, then returns the exit code of that run. A process that
 * ends before loading with 0 (pending dynamic import), 13 (pending top-level await) or our kill
 * stalled; any other exit before loading is a real error the worker printed.
 */
export async function runWithLoadRetry(options: LoadRetryOptions): Promise<number> {
  const attempts = options.attempts ?? 8
  const args = options.args ?? process.argv.slice(2)
  for (let n = 1; n <= attempts; n++) {
    const { loaded, code } = await new Promise<{ loaded: boolean; code: number | null }>((resolve) => {
      // Same Node flags as this process, so the worker runs TypeScript through the same loader.
      const child = fork(options.worker, args, { execArgv: process.execArgv, stdio: 'inherit' })
      let loaded = false
      const timer = setTimeout(() => loaded || child.kill('SIGKILL'), options.loadTimeoutMs ?? 120_000)
      child.on('message', (message) => {
        if (message === options.loadedMessage) loaded = true
      })
      child.on('exit', (exitCode) => {
        clearTimeout(timer)
        resolve({ loaded, code: exitCode })
      })
    })
    const stalled = !loaded && (code === 0 || code === 13 || code === null)
    if (!stalled) return code ?? 1
    console.error(
      `Các mô-đun CMS chưa nạp xong (lần ${n}/${attempts}); thử lại trong tiến trình mới… / ` +
        `The CMS modules did not finish loading (attempt ${n} of ${attempts}); retrying in a new process…`,
    )
  }
  console.error(
    `Các mô-đun CMS không nạp được sau ${attempts} lần / The CMS modules did not load in ${attempts} attempts.`,
  )
  return 1
}

/**
 * The worker's side: loads the CMS config (read the environment first: the config reads secrets
 * and paths when evaluated), tells the parent, and boots Payload's local API.
 */
export async function loadPayloadInWorker(loadedMessage: string): Promise<Payload> {
  // The IPC channel must not keep a stalled load alive: the parent sees the exit and retries.
  process.channel?.unref()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../../cms/src/payload.config')
  process.send?.(loadedMessage)
  return getPayload({ config })
}
