/**
 * The process `pnpm ops import-legal` starts (see cli.ts): boots Payload on the configured
 * database, imports, prints the report, writes `--report`, and after a committed change asks the
 * publisher for one rebuild (the import sends no webhook per document).
 */
import { Presets, SingleBar } from 'cli-progress'
import pc from 'picocolors'
import { loadPayloadInWorker } from '../lib/cms-process'
import { loadEnvFile } from '../lib/env'
import { signedFetch } from '../lib/signed-fetch'
import { publisherUrl } from '../publisher/config'
import { printOutcome, WORKER_LOADED, type ImportCliOptions } from './cli'
import { importLegalDocuments } from './import'
import { countsLine, writeReport, type ImportOutcome } from './report'

/** Below this many saves the run is over before a bar would tell anything. */
const PROGRESS_FROM = 20

async function requestRebuild(outcome: ImportOutcome): Promise<string> {
  const secret = process.env.PUBLISHER_WEBHOOK_SECRET
  const url = publisherUrl()
  const later = 'chạy / run `pnpm ops rebuild` khi publisher chạy / once the publisher runs'
  if (!secret)
    return pc.yellow(
      `⚠ PUBLISHER_WEBHOOK_SECRET chưa đặt / not set: trang công khai chưa dựng lại / the public site was not rebuilt; ${later}`,
    )
  try {
    const res = await signedFetch(new URL('/rebuild', url), {
      secret,
      method: 'POST',
      body: { reason: `pnpm ops import-legal: ${countsLine(outcome)}` },
      timeoutMs: 10_000,
    })
    if (!res.ok)
      return pc.yellow(`⚠ Publisher từ chối dựng lại / refused the rebuild (${res.status}); ${later}`)
    return `${pc.green('✓')} Đã yêu cầu dựng lại trang công khai / Site rebuild requested (pnpm ops status)`
  } catch {
    return pc.yellow(
      `⚠ Publisher không trả lời / not reachable at ${url}: trang công khai chưa dựng lại / the public site was not rebuilt; ${later}`,
    )
  }
}

async function main(): Promise<number> {
  const opts = JSON.parse(process.argv[2] ?? '{}') as ImportCliOptions
  // With --json, stdout carries the answer alone: what Payload and Drizzle print while the CMS
  // boots (schema push progress) goes to stderr.
  const stdout = process.stdout.write.bind(process.stdout)
  const answer = (text: string) => void stdout(text)
  if (opts.json)
    process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  loadEnvFile()
  // A one-shot process: the CMS, not the importer, runs scheduled publishing.
  process.env.CONG_JOBS_AUTORUN ??= 'false'
  const payload = await loadPayloadInWorker(WORKER_LOADED)
  // Set from the progress callback, so kept in a holder TypeScript does not narrow away.
  const shown: { bar?: SingleBar } = {}
  try {
    const outcome = await importLegalDocuments(payload, opts.file, {
      dryRun: opts.dryRun,
      sheet: opts.sheet,
      attachmentsDir: opts.attachmentsDir,
      onProgress: ({ done, total }) => {
        if (!shown.bar && total >= PROGRESS_FROM && process.stdout.isTTY && !opts.json) {
          shown.bar = new SingleBar(
            {
              format: '  Ghi / Writing {bar} {value}/{total}',
              stream: process.stderr,
              clearOnComplete: true,
            },
            Presets.shades_classic,
          )
          shown.bar.start(total, 0)
        }
        shown.bar?.update(done)
      },
    })
    shown.bar?.stop()
    shown.bar = undefined
    printOutcome(outcome, opts.json, answer)
    if (opts.report) {
      await writeReport(opts.report, outcome)
      if (!opts.json) console.log(pc.dim(`Báo cáo từng dòng / Per-row report: ${opts.report}`))
    }
    if (outcome.status === 'imported' && outcome.created + outcome.updated > 0) {
      const rebuild = await requestRebuild(outcome)
      if (!opts.json) console.log(rebuild)
    }
    return outcome.status === 'imported' || outcome.status === 'dry-run' ? 0 : 1
  } finally {
    shown.bar?.stop()
    await payload.destroy()
  }
}

main().then(
  // Payload keeps database and job handles open after destroy; the import is done, so leave.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(pc.red('✗ ') + (error instanceof Error ? (error.stack ?? error.message) : String(error)))
    process.exit(1)
  },
)
