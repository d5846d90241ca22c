import path from 'node:path'
import { Command, InvalidArgumentError } from 'commander'
import { repoRoot } from '../lib/env'

const positiveInteger = (v: string) => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('cần một số nguyên dương / must be a positive integer')
  return n
}

const wholeNumber = (v: string) => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('cần một số nguyên không âm / must be a whole number')
  return n
}

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
    .option('--runs <n>', 'number of publish → live measurements', positiveInteger, 5)
    .option('--out <dir>', 'report folder', path.join(repoRoot(), 'docs', 'bench'))
    .option('--verbose', 'show the publisher log')
    .parse(argv.filter((arg) => arg !== '--'))
    .opts<BenchOptions>()
}

export interface EndpointBenchOptions {
  duration: number
  connections: number
  warmup: number
  adminRequests: number
  out: string
  sqliteWal?: boolean
}

/** `pnpm bench:endpoints`, parsed by `endpoints.ts` and again by its worker (as above). */
export function parseEndpointBenchOptions(argv: string[]): EndpointBenchOptions {
  return new Command()
    .name('bench:endpoints')
    .description('Đo tải các điểm cuối công khai và API quản trị / Load-test the public endpoints and the admin API')
    .option('--duration <seconds>', 'length of each public-endpoint run', positiveInteger, 10)
    .option('--connections <n>', 'concurrent connections of the public-endpoint runs', positiveInteger, 10)
    .option('--warmup <seconds>', 'unrecorded load before each run', wholeNumber, 2)
    .option('--admin-requests <n>', 'requests per admin API run (at least 200 for a meaningful p95)', positiveInteger, 300)
    .option('--sqlite-wal', 'experiment: switch the throw-away SQLite database to WAL mode before loading it')
    .option('--out <dir>', 'report folder', path.join(repoRoot(), 'docs', 'bench'))
    .parse(argv.filter((arg) => arg !== '--'))
    .opts<EndpointBenchOptions>()
}

/**
 * What `pnpm bench:scale --skip` can leave out. Search and publish runs need the full build, so
 * leaving out `build` leaves them out too: the endpoints and admin API alone, without a site.
 */
export const SCALE_BENCH_PARTS = ['build', 'search', 'publish', 'endpoints', 'admin'] as const
export type ScaleBenchPart = (typeof SCALE_BENCH_PARTS)[number]

export interface ScaleBenchOptions extends Omit<EndpointBenchOptions, 'sqliteWal'> {
  scale: 'small' | 'reference'
  dataset?: string
  seed: number
  runs: number
  skip: ScaleBenchPart[]
  verbose?: boolean
}

const scaleName = (v: string) => {
  if (v !== 'small' && v !== 'reference') throw new InvalidArgumentError('small hoặc / or reference')
  return v
}

const partList = (v: string) => {
  const parts = v
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
  const unknown = parts.filter((p) => !(SCALE_BENCH_PARTS as readonly string[]).includes(p))
  if (unknown.length > 0) throw new InvalidArgumentError(`không rõ / unknown: ${unknown.join(', ')}; dùng / use: ${SCALE_BENCH_PARTS.join(', ')}`)
  return parts as ScaleBenchPart[]
}

/** `pnpm bench:scale`, parsed by `scale.ts` and again by its worker (as above). */
export function parseScaleBenchOptions(argv: string[]): ScaleBenchOptions {
  const opts = new Command()
    .name('bench:scale')
    .description('Đo toàn bộ ở quy mô nhỏ hoặc tham chiếu / Every figure of targets.md at small or reference scale')
    .requiredOption('--scale <scale>', 'small (1/100) or reference (targets.md)', scaleName)
    .option('--dataset <dir>', 'a folder generate-dataset filled (cong.db, media/, documents/): a copy is measured, the folder is never written')
    .option('--seed <n>', 'dataset seed when generating (no --dataset)', wholeNumber, 1)
    .option('--runs <n>', 'number of publish → live measurements', positiveInteger, 20)
    .option('--skip <parts>', `leave out some of: ${SCALE_BENCH_PARTS.join(', ')}`, partList, [] as ScaleBenchPart[])
    .option('--duration <seconds>', 'length of each public-endpoint run', positiveInteger, 10)
    .option('--connections <n>', 'concurrent connections of the public-endpoint runs', positiveInteger, 10)
    .option('--warmup <seconds>', 'unrecorded load before each run', wholeNumber, 2)
    .option('--admin-requests <n>', 'requests per admin API run', positiveInteger, 300)
    .option('--out <dir>', 'report folder', path.join(repoRoot(), 'docs', 'bench'))
    .option('--verbose', 'show the publisher log')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) })
    .parse(argv.filter((arg) => arg !== '--'))
    .opts<ScaleBenchOptions>()
  return { ...opts, dataset: opts.dataset ? path.resolve(opts.dataset) : undefined }
}

export interface SnapshotProfileOptions {
  dataset: string
  top: number
}

/** `pnpm bench:snapshot`, parsed by `snapshot-profile.ts` and again by its worker (as above). */
export function parseSnapshotProfileOptions(argv: string[]): SnapshotProfileOptions {
  return new Command()
    .name('bench:snapshot')
    .description('Đo thời gian tạo snapshot nội dung / Profile one content snapshot of a generated dataset')
    .requiredOption('--dataset <dir>', 'folder generate-dataset filled (CONG_DATA_DIR, holding cong.db); it is copied, never written')
    .option('--top <n>', 'functions to list by self time', positiveInteger, 20)
    .parse(argv.filter((arg) => arg !== '--'))
    .opts<SnapshotProfileOptions>()
}
