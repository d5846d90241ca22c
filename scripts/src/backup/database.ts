import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { repoRoot } from '../lib/env'
import type { DatabaseKind } from './manifest'

/**
 * The database half of a backup: a consistent copy of the CMS database named by DATABASE_URL,
 * taken while the CMS may be running, and putting one back.
 */
export class BackupError extends Error {}

export interface DatabaseTarget {
  kind: DatabaseKind
  url: string
  /** SQLite only: the database file. */
  file?: string
}

/** DATABASE_URL as the CMS reads it (cms/src/db/adapter.ts); MongoDB is refused here. */
export async function databaseTarget(): Promise<DatabaseTarget> {
  // Loaded on demand: the adapter module pulls in the three database drivers.
  const { chooseDatabase } = await import('../../../cms/src/db/adapter')
  const choice = chooseDatabase(process.env.DATABASE_URL)
  if (choice.kind === 'mongodb') {
    throw new BackupError(
      'Sao lưu MongoDB chưa được hỗ trợ; dùng mongodump/mongorestore và sao lưu CONG_DATA_DIR, CONG_VAR_DIR riêng. / ' +
        'Backing up MongoDB is not supported yet; use mongodump/mongorestore and copy CONG_DATA_DIR and CONG_VAR_DIR yourself.',
    )
  }
  if (choice.kind === 'sqlite')
    return { kind: 'sqlite', url: choice.url, file: path.resolve(choice.url.replace(/^file:/, '')) }
  return { kind: 'postgres', url: choice.url }
}

/** CONG_DATA_DIR as the CMS reads it (SQLite file and upload folders). */
export async function cmsDataDir(): Promise<string> {
  const { dataDir } = await import('../../../cms/src/db/adapter')
  return dataDir()
}

/** Runs a program; a missing PostgreSQL client tool is named with the package that has it. */
export function run(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { env: options.env ?? process.env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout)
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          const hint = ['pg_dump', 'pg_restore', 'psql'].includes(command)
            ? " Cài / install the PostgreSQL client: `apt-get install postgresql-client` (Debian/Ubuntu; its version must be at least the server's)."
            : ''
          return reject(new BackupError(`Không tìm thấy / Not found: \`${command}\`.${hint}`))
        }
        reject(new BackupError(`${command} lỗi / failed: ${(stderr || error.message).trim()}`))
      },
    )
  })
}

interface LibsqlClient {
  execute(stmt: string | { sql: string; args: unknown[] }): Promise<{ rows: unknown[] }>
  close(): void
}

/** The libsql client the CMS's SQLite adapter ships (the scripts package has no driver of its own). */
function sqliteClient(url: string): LibsqlClient {
  const fromCms = createRequire(path.join(repoRoot(), 'cms', 'package.json'))
  const fromAdapter = createRequire(fromCms.resolve('@payloadcms/db-sqlite'))
  const libsql = fromAdapter('@libsql/client') as { createClient(config: { url: string }): LibsqlClient }
  return libsql.createClient({ url })
}

/** Writes a consistent copy of the database to `out` (which must not exist). */
export async function dumpDatabase(target: DatabaseTarget, out: string): Promise<void> {
  if (target.kind === 'postgres') {
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${out}`,
      `--dbname=${target.url}`,
    ])
    return
  }
  if (!target.file || !existsSync(target.file))
    throw new BackupError(`Không có cơ sở dữ liệu / No SQLite database at ${target.file}`)
  // VACUUM INTO reads inside one transaction: a consistent copy even while the CMS writes.
  const client = sqliteClient(target.url)
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [out] })
  } finally {
    client.close()
  }
}

/** Why the target database counts as not empty (it has tables), or null when it is empty. */
export async function databaseContents(target: DatabaseTarget): Promise<string | null> {
  if (target.kind === 'postgres') {
    const tables = Number(
      (
        await run('psql', [
          '--no-psqlrc',
          '--tuples-only',
          '--no-align',
          `--dbname=${target.url}`,
          '--command',
          "SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
        ])
      ).trim(),
    )
    return tables > 0 ? `PostgreSQL: ${tables} bảng / tables` : null
  }
  if (!target.file || !existsSync(target.file) || (await stat(target.file)).size === 0) return null
  const client = sqliteClient(target.url)
  try {
    const { rows } = await client.execute("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
    const tables = Number((rows[0] as { n: number }).n)
    return tables > 0 ? `SQLite ${target.file}: ${tables} bảng / tables` : null
  } finally {
    client.close()
  }
}

/** Puts the dumped database back: the SQLite file replaced in one rename, PostgreSQL through pg_restore. */
export async function restoreDatabase(target: DatabaseTarget, dump: string): Promise<void> {
  if (target.kind === 'postgres') {
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${target.url}`,
      dump,
    ])
    return
  }
  const file = target.file!
  const staged = `${file}.restore-${process.pid}`
  await mkdir(path.dirname(file), { recursive: true })
  await run('cp', ['--', dump, staged])
  // A write-ahead log or journal left by the old database would be replayed onto the new one.
  for (const suffix of ['-wal', '-shm', '-journal']) await rm(file + suffix, { force: true })
  await rename(staged, file)
}
