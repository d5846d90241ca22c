/**
 * `pnpm ops generate-dataset`: the command's two halves, like `import-legal`. The ops process
 * checks the options, then runs `worker.ts`, which boots Payload and generates; the worker is
 * retried when the CMS modules stall while loading (lib/cms-process.ts).
 */
import { fileURLToPath } from 'node:url'
import { runWithLoadRetry } from '../lib/cms-process'
import { KINDS, SCALE_NAMES, type Kind, type ScaleName } from './plan'

export const DATASET_WORKER_LOADED = 'dataset-cms-config-loaded'

export interface DatasetCliOptions {
  scale: ScaleName
  seed: number
  only?: Kind[]
  batchSize?: number
  json: boolean
}

export class DatasetOptionError extends Error {}

/** Reads the command line's raw values; refuses with a message that says what is accepted. */
export function parseDatasetOptions(raw: {
  scale?: string
  seed?: string
  only?: string
  batch?: string
  json?: boolean
}): DatasetCliOptions {
  const scale = raw.scale as ScaleName
  if (!SCALE_NAMES.includes(scale))
    throw new DatasetOptionError(
      `--scale phải là / must be one of: ${SCALE_NAMES.join(', ')} (nhận được / got "${raw.scale ?? ''}")`,
    )
  const seed = raw.seed === undefined ? 1 : Number(raw.seed)
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new DatasetOptionError(
      `--seed phải là số nguyên không âm / must be a non-negative integer (got "${raw.seed}")`,
    )
  let only: Kind[] | undefined
  if (raw.only !== undefined) {
    const asked = raw.only
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    const unknown = asked.filter((k) => !KINDS.includes(k as Kind))
    if (unknown.length > 0 || asked.length === 0)
      throw new DatasetOptionError(
        `--only: loại không rõ / unknown kind "${unknown.join(', ')}"; dùng / use: ${KINDS.join(', ')}`,
      )
    // Always in plan order: later kinds point at earlier ones.
    only = KINDS.filter((k) => asked.includes(k))
  }
  const batchSize = raw.batch === undefined ? undefined : Number(raw.batch)
  if (batchSize !== undefined && (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 5_000))
    throw new DatasetOptionError(
      `--batch phải từ 1 đến 5000 / must be between 1 and 5000 (got "${raw.batch}")`,
    )
  return { scale, seed, only, batchSize, json: Boolean(raw.json) }
}

export async function runDatasetCommand(opts: DatasetCliOptions): Promise<number> {
  // Ctrl+C reaches the worker too (same process group): it stops after the current batch and
  // prints its summary; this process only waits for it.
  const ignore = () => {}
  process.on('SIGINT', ignore)
  try {
    return await runWithLoadRetry({
      worker: fileURLToPath(new URL('./worker.ts', import.meta.url)),
      loadedMessage: DATASET_WORKER_LOADED,
      args: [JSON.stringify(opts)],
    })
  } finally {
    process.off('SIGINT', ignore)
  }
}
