import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat, readdir, readlink } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

/**
 * What a backup archive holds, and the check that an unpacked archive is exactly that.
 *
 * The archive is a `.tar.gz` of one folder:
 *
 *   manifest.json                  this description (format, database kind, every entry's checksum)
 *   database/cong.db               SQLite: a consistent copy (VACUUM INTO)
 *   database/cong.pgdump           PostgreSQL: `pg_dump --format=custom`
 *   data/<upload folder>/…         the CMS upload folders of CONG_DATA_DIR
 *   var/releases/<id>/…, current   the published releases and the `current` symlink
 *   var/publisher/history.jsonl    the switches of `current` (rollback reads it)
 *
 * Restore trusts nothing it has not checked against the manifest: every entry's type, size,
 * SHA-256, symlink target and hard-link group, and no entry the manifest does not list.
 */
export const MANIFEST_FILE = 'manifest.json'
export const FORMAT = 'cong-backup'
export const FORMAT_VERSION = 1

/**
 * The CMS upload folders under CONG_DATA_DIR (the `staticDir` of media, media-files,
 * document-files and case-files; the round-trip test fails if the CMS gains one not listed here).
 */
export const UPLOAD_DIRS = ['media', 'media-files', 'documents', 'case-files'] as const

export type DatabaseKind = 'sqlite' | 'postgres'

export const DATABASE_FILES: Record<DatabaseKind, string> = {
  sqlite: 'database/cong.db',
  postgres: 'database/cong.pgdump',
}

export type Entry =
  | { path: string; type: 'dir' }
  | { path: string; type: 'symlink'; target: string }
  /** `linkOf`: the first path of the same inode (a hard link), so restore can prove links survived. */
  | { path: string; type: 'file'; size: number; sha256: string; linkOf?: string }

export interface BackupManifest {
  format: typeof FORMAT
  version: number
  createdAt: string
  database: { kind: DatabaseKind; file: string }
  uploads: string[]
  releases: { included: boolean; live: string | null; ids: string[] }
  counts: {
    files: number
    bytes: number
    symlinks: number
    hardLinks: number
    uploads: Record<string, number>
  }
  entries: Entry[]
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

/** Every entry under `root` (paths relative, `/`-separated, sorted), without `skip`. */
export async function describeTree(
  root: string,
  skip = new Set<string>(),
  onFile?: () => void,
): Promise<Entry[]> {
  const entries: Entry[] = []
  const inodes = new Map<string, string>()
  const walk = async (relDir: string): Promise<void> => {
    const names = (await readdir(path.join(root, relDir))).sort()
    for (const name of names) {
      const rel = relDir ? `${relDir}/${name}` : name
      if (skip.has(rel)) continue
      const full = path.join(root, rel)
      const stat = await lstat(full)
      if (stat.isSymbolicLink()) entries.push({ path: rel, type: 'symlink', target: await readlink(full) })
      else if (stat.isDirectory()) {
        entries.push({ path: rel, type: 'dir' })
        await walk(rel)
      } else if (stat.isFile()) {
        const inode = `${stat.dev}:${stat.ino}`
        const first = stat.nlink > 1 ? inodes.get(inode) : undefined
        if (stat.nlink > 1 && !first) inodes.set(inode, rel)
        entries.push({
          path: rel,
          type: 'file',
          size: stat.size,
          sha256: await sha256File(full),
          ...(first ? { linkOf: first } : {}),
        })
        onFile?.()
      } else {
        throw new Error(`Không sao lưu được / Cannot back up ${rel}: neither a file, a folder nor a symlink`)
      }
    }
  }
  await walk('')
  return entries
}

/** A path an archive may hold: relative, inside the archive, no `..`. */
export function isSafePath(rel: string): boolean {
  if (!rel || path.isAbsolute(rel) || rel.includes('\\') || rel.includes('\0')) return false
  return rel.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
}

/** A symlink target that stays inside the archive (so a restored release cannot point at /etc). */
export function isSafeLink(rel: string, target: string): boolean {
  if (path.isAbsolute(target)) return false
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(rel), target))
  return isSafePath(resolved)
}

/**
 * Compares an unpacked archive with its manifest; returns the problems (empty: identical).
 * Hashing is the long step, so `onFile` lets the caller show progress.
 */
export async function verifyTree(
  root: string,
  manifest: BackupManifest,
  onFile?: () => void,
): Promise<string[]> {
  const problems: string[] = []
  for (const entry of manifest.entries) {
    if (!isSafePath(entry.path))
      problems.push(`đường dẫn không an toàn / unsafe path: ${JSON.stringify(entry.path)}`)
    if (entry.type === 'symlink' && !isSafeLink(entry.path, entry.target))
      problems.push(`liên kết ra ngoài / link leaves the archive: ${entry.path} → ${entry.target}`)
  }
  if (problems.length > 0) return problems
  const actual = new Map((await describeTree(root, new Set([MANIFEST_FILE]), onFile)).map((e) => [e.path, e]))
  const inode = async (rel: string) => {
    const stat = await lstat(path.join(root, rel))
    return `${stat.dev}:${stat.ino}`
  }
  for (const expected of manifest.entries) {
    const found = actual.get(expected.path)
    actual.delete(expected.path)
    if (!found) {
      problems.push(`thiếu / missing: ${expected.path}`)
    } else if (found.type !== expected.type) {
      problems.push(`sai loại / wrong type: ${expected.path} (${found.type}, expected ${expected.type})`)
    } else if (expected.type === 'symlink' && found.type === 'symlink' && found.target !== expected.target) {
      problems.push(
        `sai liên kết / wrong link: ${expected.path} → ${found.target} (expected ${expected.target})`,
      )
    } else if (expected.type === 'file' && found.type === 'file') {
      if (found.size !== expected.size || found.sha256 !== expected.sha256)
        problems.push(`sai tổng kiểm / checksum mismatch: ${expected.path}`)
      else if (expected.linkOf && (await inode(expected.path)) !== (await inode(expected.linkOf)))
        problems.push(`mất liên kết cứng / hard link lost: ${expected.path} ↔ ${expected.linkOf}`)
    }
  }
  for (const extra of actual.keys()) problems.push(`thừa / not in the manifest: ${extra}`)
  return problems
}

/** Totals for the manifest and the summary line. */
export function countEntries(entries: Entry[], uploads: readonly string[]): BackupManifest['counts'] {
  const files = entries.filter((e): e is Extract<Entry, { type: 'file' }> => e.type === 'file')
  return {
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.size, 0),
    symlinks: entries.filter((e) => e.type === 'symlink').length,
    hardLinks: files.filter((f) => f.linkOf).length,
    uploads: Object.fromEntries(
      uploads.map((dir) => [dir, files.filter((f) => f.path.startsWith(`data/${dir}/`)).length]),
    ),
  }
}
