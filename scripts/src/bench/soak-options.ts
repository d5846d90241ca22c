import path from 'node:path'
import { Command, InvalidArgumentError } from 'commander'
import { repoRoot } from '../lib/env'

export interface SoakOptions {
  minutes: number
  json?: boolean
  out: string
}

const positiveNumber = (v: string) => {
  const n = Number(v)
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError('cần một số dương / must be a positive number')
  return n
}

/** `pnpm bench:soak`, parsed by `soak.ts` first (so `--help` ends there) and again by its worker. */
export function parseSoakOptions(argv: string[]): SoakOptions {
  return new Command()
    .name('bench:soak')
    .description(
      'Tải đều trong vài phút các điểm cuối công khai và máy chủ tĩnh, theo dõi bộ nhớ / ' +
        'Fixed-rate load on the public endpoints and the static server for a few minutes, watching memory',
    )
    .option('--minutes <n>', 'length of the soak, warm-up included', positiveNumber, 3)
    .option('--json', 'print the result as JSON on the last line')
    .option('--out <dir>', 'report folder', path.join(repoRoot(), 'docs', 'bench'))
    .parse(argv.filter((arg) => arg !== '--'))
    .opts<SoakOptions>()
}
