import type { Command } from 'commander'
import pc from 'picocolors'
import { varDir } from '../lib/env'
import { createBackup } from './backup'
import { BackupError, cmsDataDir } from './database'
import { terminalReporter } from './reporter'
import { restoreBackup } from './restore'
import { fromUserCwd } from '../legal-import/cli'

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Adds `backup` and `restore` to `pnpm ops` (see docs/backup.md). */
export function registerBackupCommands(program: Command): void {
  const json = () => Boolean(program.opts().json)

  program
    .command('backup')
    .description(
      'Sao lưu cơ sở dữ liệu, tệp tải lên và bản phát hành vào một tệp .tar.gz / back up the database, uploads and releases into one .tar.gz',
    )
    .option(
      '--out <file>',
      'tệp sao lưu / archive to write (mặc định / default: var/backups/cong-backup-YYYYMMDD-HHMMSS.tar.gz, UTC)',
    )
    .option('--no-releases', 'không gồm bản phát hành / leave the releases out')
    .action((options: { out?: string; releases: boolean }) =>
      reportErrors(async () => {
        const { file, manifest } = await createBackup({
          out: options.out === undefined ? undefined : fromUserCwd(options.out),
          releases: options.releases,
          dataDir: await cmsDataDir(),
          varDir: varDir(),
          reporter: terminalReporter(),
        })
        const { counts } = manifest
        if (json()) return console.log(JSON.stringify({ file, ...manifest, entries: undefined }, null, 2))
        printSummary({
          done: `${pc.green('✓')} Đã sao lưu / Backed up: ${pc.bold(file)}`,
          database: manifest.database.kind,
          uploads: counts.uploads,
          releases: manifest.releases.included
            ? `${manifest.releases.ids.length}, đang chạy/live ${manifest.releases.live ?? '—'}`
            : 'không gồm / not included',
          size: `${counts.files} tệp/files, ${megabytes(counts.bytes)} (${counts.hardLinks} liên kết cứng/hard links, ${counts.symlinks} liên kết mềm/symlinks)`,
        })
      }),
    )

  program
    .command('restore')
    .argument('<file>', 'tệp sao lưu / the archive written by `pnpm ops backup`')
    .option(
      '--force',
      'thay thế cơ sở dữ liệu và thư mục không trống / replace a database and folders that are not empty',
    )
    .description(
      'Khôi phục từ bản sao lưu (dừng CMS và publisher trước) / restore from a backup (stop the CMS and the publisher first)',
    )
    .action((file: string, options: { force?: boolean }) =>
      reportErrors(async () => {
        const summary = await restoreBackup({
          file: fromUserCwd(file),
          force: Boolean(options.force),
          dataDir: await cmsDataDir(),
          varDir: varDir(),
          reporter: terminalReporter(),
        })
        if (json()) return console.log(JSON.stringify(summary, null, 2))
        printSummary({
          done: `${pc.green('✓')} Đã khôi phục / Restored ${pc.bold(summary.file)} (sao lưu lúc / taken ${summary.createdAt})`,
          database: summary.database.kind,
          uploads: summary.uploads,
          releases: summary.releases.included
            ? `${summary.releases.ids.length}, current → ${summary.releases.live ?? '—'}`
            : 'không gồm / not included (left as they were)',
          size: `${summary.files} tệp/files, ${megabytes(summary.bytes)}`,
        })
      }),
    )
}

/** What `backup` and `restore` print when done: the same five lines, so an operator can compare them. */
function printSummary(lines: {
  done: string
  database: string
  uploads: Record<string, number>
  releases: string
  size: string
}): void {
  console.log(
    [
      lines.done,
      `  Cơ sở dữ liệu / Database: ${lines.database}`,
      `  Tệp tải lên / Uploads: ${
        Object.entries(lines.uploads)
          .map(([dir, n]) => `${dir} ${n}`)
          .join(', ') || '—'
      }`,
      `  Bản phát hành / Releases: ${lines.releases}`,
      `  ${lines.size}`,
    ].join('\n'),
  )
}

async function reportErrors(work: () => Promise<void>): Promise<void> {
  try {
    await work()
  } catch (error) {
    if (!(error instanceof BackupError)) throw error
    console.error(pc.red('✗ ') + error.message)
    process.exitCode = 1
  }
}
