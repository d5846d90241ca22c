import { fork } from 'node:child_process'

/**
 * Runs a TypeScript worker that loads the CMS config, retrying in a fresh process when the load
 * stalls. Lexical's Node entry points use top-level await; on Node 20 that module graph
 * occasionally never settles and the process ends having done nothing (see seed/run.ts and
 * payloadcms/payload#17757). The worker sends `loadedMessage` once the config has loaded; a
 * process that ends before that with 0 (pending dynamic import), 13 (pending top-level await) or
 * our kill stalled, anything else is a real error the worker printed.
 */
export async function runWithLoadRetry(options: {
  worker: string
  loadedMessage: string
  attempts?: number
  loadTimeoutMs?: number
}): Promise<number> {
  const attempts = options.attempts ?? 8
  for (let n = 1; n <= attempts; n++) {
    const { loaded, code } = await new Promise<{ loaded: boolean; code: number | null }>((resolve) => {
      // Same Node flags as this process, so the worker runs TypeScript through the same loader.
      const child = fork(options.worker, process.argv.slice(2), { execArgv: process.execArgv, stdio: 'inherit' })
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
    console.error(`The CMS modules did not finish loading (attempt ${n} of ${attempts}); retrying in a new process…`)
  }
  console.error(`The CMS modules did not load in ${attempts} attempts.`)
  return 1
}
