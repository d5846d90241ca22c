import { Presets, SingleBar } from 'cli-progress'
import { formatDuration } from '../lib/format'

/** Progress of the long steps of a backup or a restore. */
export interface Reporter {
  /** `total`: the number of `tick()`s expected, for a progress bar on a terminal. */
  step<T>(label: string, work: (tick: () => void) => Promise<T>, options?: { total?: number }): Promise<T>
}

/** `▸ label…` then `✓ label (time)` on stderr (stdout stays for the result); a bar on a terminal. */
export function terminalReporter(stream: NodeJS.WriteStream = process.stderr): Reporter {
  return {
    async step(label, work, options = {}) {
      const started = Date.now()
      const bar =
        stream.isTTY && options.total && options.total > 200
          ? new SingleBar(
              {
                stream,
                format: `  ${label} [{bar}] {value}/{total}`,
                hideCursor: true,
                clearOnComplete: true,
              },
              Presets.shades_classic,
            )
          : null
      if (bar) bar.start(options.total!, 0)
      else stream.write(`▸ ${label}…\n`)
      let ok = false
      try {
        const value = await work(() => bar?.increment())
        ok = true
        return value
      } finally {
        bar?.stop()
        stream.write(`${ok ? '✓' : '✗'} ${label} (${formatDuration(Date.now() - started)})\n`)
      }
    },
  }
}
