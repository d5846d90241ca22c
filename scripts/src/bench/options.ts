import path from 'node:path'
import { Command, InvalidArgumentError } from 'commander'
import { repoRoot } from '../lib/env'

export interface BenchOptions {
  runs: number
  out: string
  verbose?: boolean
}

/**
 * Parsed by `run.ts` first, so `--help` and bad values end there instead of in a worker whose
 * early exit would look like a stalled CMS load; the worker parses the same arguments again.
 */
export function parseBenchOptions(argv: string[]): BenchOptions {
  return new Command()
    .name('bench')
    .description('Đo đường phát hành trên nội dung demo / Measure the publish pipeline on the demo content')
    .option('--runs <n>', 'number of publish → live measurements', (v) => {
      const n = Number(v)
      if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('cần một số nguyên dương / must be a positive integer')
      return n
    }, 5)
    .option('--out <dir>', 'report folder', path.join(repoRoot(), 'docs', 'bench'))
    .option('--verbose', 'show the publisher log')
    .parse(argv.filter((arg) => arg !== '--'))
    .opts<BenchOptions>()
}
