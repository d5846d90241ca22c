import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ReleaseStore } from '../publisher/releases'
import { BackupError, databaseTarget, dumpDatabase, run } from './database'
import { copyInto } from './files'
import {
  DATABASE_FILES,
  FORMAT,
  FORMAT_VERSION,
  MANIFEST_FILE,
  UPLOAD_DIRS,
  countEntries,
  describeTree,
  type BackupManifest,
} from './manifest'
import type { Reporter } from './reporter'

export interface BackupOptions {
  /** The archive to write (default `<CONG_VAR_DIR>/backups/cong-backup-YYYYMMDD-HHMMSS.tar.gz`, UTC). */
  out?: string
  releases: boolean
  dataDir: string
  varDir: string
  reporter: Reporter
  now?: Date
}

export const defaultArchiveName = (now: Date) =>
  `cong-backup-${now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}.tar.gz`

/**
 * Writes one archive of the database, the upload folders and the releases. Everything is first
 * gathered in a staging folder next to the archive (uploads and releases as hard links, the
 * database as a consistent copy), hashed from there, so the manifest describes exactly what the
 * archive holds even while editors upload and the publisher builds.
 */
export async function createBackup(
  options: BackupOptions,
): Promise<{ file: string; manifest: BackupManifest }> {
  const { reporter } = options
  const now = options.now ?? new Date()
  const file = path.resolve(options.out ?? path.join(options.varDir, 'backups', defaultArchiveName(now)))
  if (existsSync(file)) throw new BackupError(`Tệp đã có / The file already exists: ${file}`)
  const target = await databaseTarget()
  await mkdir(path.dirname(file), { recursive: true })
  const staging = await mkdtemp(path.join(path.dirname(file), '.cong-backup-'))
  try {
    const databaseFile = DATABASE_FILES[target.kind]
    await mkdir(path.join(staging, 'database'))
    await reporter.step(
      `Sao chép cơ sở dữ liệu / Copying the ${target.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} database`,
      () => dumpDatabase(target, path.join(staging, databaseFile)),
    )

    const uploads = UPLOAD_DIRS.filter((dir) => existsSync(path.join(options.dataDir, dir)))
    await reporter.step('Gom tệp tải lên / Gathering uploads', () =>
      copyInto(
        uploads.map((dir) => path.join(options.dataDir, dir)),
        path.join(staging, 'data'),
        true,
      ),
    )

    const store = new ReleaseStore(options.varDir)
    const releases: BackupManifest['releases'] = { included: options.releases, live: null, ids: [] }
    if (options.releases) {
      releases.ids = await store.ids()
      releases.live = await store.live()
      await reporter.step(`Gom bản phát hành / Gathering ${releases.ids.length} releases`, async () => {
        const into = path.join(staging, 'var', 'releases')
        await mkdir(into, { recursive: true })
        await copyInto(
          releases.ids.map((id) => store.dir(id)),
          into,
          true,
        )
        const current = path.join(store.root, 'current')
        if (releases.live) await symlink(await readlink(current), path.join(into, 'current'))
        // Appended to in place, so copied rather than linked.
        if (existsSync(store.historyFile))
          await copyInto([store.historyFile], path.join(staging, 'var', 'publisher'))
      })
    }

    const total = await countFiles(staging)
    const entries = await reporter.step(
      'Tính tổng kiểm / Computing checksums',
      (tick) => describeTree(staging, new Set(), tick),
      { total },
    )
    const manifest: BackupManifest = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: now.toISOString(),
      database: { kind: target.kind, file: databaseFile },
      uploads,
      releases,
      counts: countEntries(entries, uploads),
      entries,
    }
    await writeFile(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 1))

    const partial = `${file}.partial`
    const members = [MANIFEST_FILE, 'database', 'data', 'var'].filter((name) =>
      existsSync(path.join(staging, name)),
    )
    await reporter.step('Nén / Writing the archive', async () => {
      try {
        await run('tar', [
          '--create',
          '--gzip',
          `--file=${partial}`,
          `--directory=${staging}`,
          '--',
          ...members,
        ])
        await rename(partial, file)
      } finally {
        await rm(partial, { force: true })
      }
    })
    return { file, manifest }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function countFiles(dir: string): Promise<number> {
  return (await readdir(dir, { withFileTypes: true, recursive: true })).filter((entry) => entry.isFile())
    .length
}
