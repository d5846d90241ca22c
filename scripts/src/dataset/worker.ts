/**
 * The process `pnpm ops generate-dataset` starts (see cli.ts): boots Payload on the configured
 * database, generates with a progress bar per kind, and prints the summary. Ctrl+C stops after
 * the running batch (its transaction commits or rolls back whole); a second Ctrl+C leaves at once,
 * and the database rolls back the open transaction.
 */
import { MultiBar, Presets, type SingleBar } from 'cli-progress'
import pc from 'picocolors'
import path from 'node:path'
import { loadPayloadInWorker } from '../lib/cms-process'
import { loadEnvFile, repoRoot } from '../lib/env'
import { DATASET_WORKER_LOADED, type DatasetCliOptions } from './cli'
import { DatasetError, generateDataset, type KindProgress } from './generate'
import { KIND_LABELS, type Kind } from './plan'
import { renderSummary } from './report'

async function main(): Promise<number> {
  const opts = JSON.parse(process.argv[2] ?? '{}') as DatasetCliOptions
  const stdout = process.stdout.write.bind(process.stdout)
  if (opts.json)
    process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  loadEnvFile()
  process.env.CONG_JOBS_AUTORUN ??= 'false'
  let stopping = false
  process.on('SIGINT', () => {
    if (stopping) process.exit(130)
    stopping = true
    console.error(
      pc.yellow(
        '\nDừng sau lô đang ghi… (Ctrl+C lần nữa để thoát ngay) / Stopping after the current batch… (Ctrl+C again to quit now)',
      ),
    )
  })
  // Thousands of test items are hard to take out again: say where they go before writing.
  // As cms/src/db/adapter.ts reads it (not imported here: the CMS modules load in one place).
  const database =
    process.env.DATABASE_URL?.trim() ||
    `file:${path.join(path.resolve(process.env.CONG_DATA_DIR ?? path.join(repoRoot(), 'data')), 'cong.db')}`
  console.error(
    pc.bold(`Cơ sở dữ liệu / database: ${database.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@')}`) +
      pc.dim(`  (quy mô / scale ${opts.scale}, seed ${opts.seed})`),
  )
  const payload = await loadPayloadInWorker(DATASET_WORKER_LOADED)
  const multibar = process.stderr.isTTY
    ? new MultiBar(
        {
          format: '  {label} {bar} {value}/{total} | {rate}/s | ETA {eta_formatted}',
          stream: process.stderr,
          hideCursor: true,
          clearOnComplete: false,
          etaBuffer: 50,
        },
        Presets.shades_classic,
      )
    : null
  const bars = new Map<Kind, { bar: SingleBar; started: number; base: number }>()
  const onProgress = (p: KindProgress) => {
    if (!multibar) return
    let entry = bars.get(p.kind)
    if (!entry) {
      entry = {
        bar: multibar.create(p.total, 0, { label: KIND_LABELS[p.kind].padEnd(38), rate: '—' }),
        started: Date.now(),
        base: p.done,
      }
      bars.set(p.kind, entry)
    }
    const seconds = (Date.now() - entry.started) / 1000
    entry.bar.update(p.done, { rate: seconds > 0 ? (p.created / seconds).toFixed(1) : '—' })
  }
  try {
    const summary = await generateDataset(payload, {
      scale: opts.scale,
      seed: opts.seed,
      only: opts.only,
      batchSize: opts.batchSize,
      shouldStop: () => stopping,
      onProgress,
    })
    multibar?.stop()
    if (opts.json) stdout(JSON.stringify(summary, null, 2) + '\n')
    else {
      console.log(renderSummary(summary))
      if (summary.kinds.some((k) => k.created > 0))
        console.log(
          pc.dim('Trang công khai chưa dựng lại / The public site was not rebuilt: pnpm ops rebuild'),
        )
    }
    return summary.interrupted ? 1 : 0
  } catch (error) {
    multibar?.stop()
    if (error instanceof DatasetError) {
      console.error(pc.red('✗ ') + error.message)
      return 1
    }
    throw error
  } finally {
    await payload.destroy()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(pc.red('✗ ') + (error instanceof Error ? (error.stack ?? error.message) : String(error)))
    process.exit(1)
  },
)
