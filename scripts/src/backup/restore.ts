import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BackupError, databaseContents, databaseTarget, restoreDatabase, run } from './database'
import { hasFiles, replaceTree } from './files'
import {
  DATABASE_FILES,
  FORMAT,
  FORMAT_VERSION,
  MANIFEST_FILE,
  UPLOAD_DIRS,
  verifyTree,
  type BackupManifest,
} from './manifest'
import type { Reporter } from './reporter'

export interface RestoreOptions {
  file: string
  force: boolean
  dataDir: string
  varDir: string
  reporter: Reporter
}

export interface RestoreSummary {
  file: string
  createdAt: string
  database: BackupManifest['database']
  uploads: Record<string, number>
  releases: BackupManifest['releases']
  files: number
  bytes: number
}

/**
 * Puts an archive back. Nothing is touched until the whole archive has been unpacked into a
 * temporary folder and every entry matched its manifest; a non-empty target is only replaced with
 * `force`. Then the database, the upload folders and the releases (with `current`) are replaced
 * one after another, each by a rename where the file system allows.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const { reporter } = options
  const file = path.resolve(options.file)
  if (!existsSync(file)) throw new BackupError(`Không có tệp / No such file: ${file}`)
  const target = await databaseTarget()
  const staging = await mkdtemp(path.join(os.tmpdir(), 'cong-restore-'))
  try {
    await reporter.step('Giải nén / Unpacking', async () => {
      try {
        await run('tar', [
          '--extract',
          '--gzip',
          `--file=${file}`,
          `--directory=${staging}`,
          '--no-same-owner',
        ])
      } catch (error) {
        throw new BackupError(
          `Bản sao lưu hỏng hoặc không phải bản sao lưu của Cổng; không thay đổi gì. / The archive is damaged or not a Cổng backup; nothing was changed. (${(error as Error).message})`,
        )
      }
    })
    const manifest = await readManifest(staging)
    const problems = await reporter.step(
      'Kiểm tra tổng kiểm / Verifying checksums',
      (tick) => verifyTree(staging, manifest, tick),
      {
        total: manifest.counts.files,
      },
    )
    if (problems.length > 0) {
      const shown = problems.slice(0, 10).map((p) => `  - ${p}`)
      if (problems.length > 10) shown.push(`  … ${problems.length - 10} more`)
      throw new BackupError(
        `Bản sao lưu bị hỏng hoặc không an toàn (không khớp bản kê); không thay đổi gì. / The archive is corrupted or unsafe (it does not match its manifest); nothing was changed.\n${shown.join('\n')}`,
      )
    }
    if (manifest.database.kind !== target.kind) {
      throw new BackupError(
        `Bản sao lưu chứa cơ sở dữ liệu ${manifest.database.kind} nhưng DATABASE_URL là ${target.kind}; không thay đổi gì. / ` +
          `The archive holds a ${manifest.database.kind} database but DATABASE_URL is ${target.kind}; nothing was changed.`,
      )
    }

    const releasesDir = path.join(options.varDir, 'releases')
    if (!options.force) {
      const occupied = [await databaseContents(target)]
      for (const dir of UPLOAD_DIRS)
        if (await hasFiles(path.join(options.dataDir, dir))) occupied.push(path.join(options.dataDir, dir))
      if (manifest.releases.included && (await hasFiles(releasesDir))) occupied.push(releasesDir)
      const list = occupied.filter((item): item is string => item !== null)
      if (list.length > 0) {
        throw new BackupError(
          `Nơi khôi phục không trống; chạy lại với --force để thay thế. Không thay đổi gì. / The restore target is not empty; run again with --force to replace it. Nothing was changed.\n${list.map((item) => `  - ${item}`).join('\n')}`,
        )
      }
    }

    await reporter.step('Khôi phục cơ sở dữ liệu / Restoring the database', () =>
      restoreDatabase(target, path.join(staging, manifest.database.file)),
    )
    await reporter.step('Khôi phục tệp tải lên / Restoring uploads', async () => {
      await mkdir(options.dataDir, { recursive: true })
      for (const dir of UPLOAD_DIRS) {
        const staged = path.join(staging, 'data', dir)
        await replaceTree(existsSync(staged) ? staged : null, path.join(options.dataDir, dir))
      }
    })
    if (manifest.releases.included) {
      await reporter.step('Khôi phục bản phát hành / Restoring releases', async () => {
        await mkdir(path.join(options.varDir, 'publisher'), { recursive: true })
        const staged = path.join(staging, 'var', 'releases')
        await replaceTree(existsSync(staged) ? staged : null, releasesDir)
        const history = path.join(staging, 'var', 'publisher', 'history.jsonl')
        await replaceTree(
          existsSync(history) ? history : null,
          path.join(options.varDir, 'publisher', 'history.jsonl'),
        )
      })
    }
    return {
      file,
      createdAt: manifest.createdAt,
      database: manifest.database,
      uploads: manifest.counts.uploads,
      releases: manifest.releases,
      files: manifest.counts.files,
      bytes: manifest.counts.bytes,
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function readManifest(dir: string): Promise<BackupManifest> {
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as BackupManifest
  } catch {
    throw new BackupError(
      `Bản sao lưu không có ${MANIFEST_FILE} đọc được; không thay đổi gì. / The archive has no readable ${MANIFEST_FILE}; nothing was changed.`,
    )
  }
  if (
    manifest.format !== FORMAT ||
    !Array.isArray(manifest.entries) ||
    DATABASE_FILES[manifest.database?.kind] !== manifest.database.file
  ) {
    throw new BackupError(
      `Không phải bản sao lưu của Cổng; không thay đổi gì. / Not a Cổng backup; nothing was changed.`,
    )
  }
  if (manifest.version > FORMAT_VERSION) {
    throw new BackupError(
      `Bản sao lưu định dạng ${manifest.version} mới hơn phiên bản này (${FORMAT_VERSION}); hãy cập nhật Cổng. / Backup format ${manifest.version} is newer than this version reads (${FORMAT_VERSION}); update Cổng first.`,
    )
  }
  return manifest
}
