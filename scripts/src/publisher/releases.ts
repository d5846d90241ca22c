import { existsSync } from 'node:fs'
import {
  appendFile,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises'
import path from 'node:path'
import { faultPoint } from './fault-points'
import { releaseMirrorFromEnv, type ReleaseMirror } from './release-bucket'

/**
 * The release store on disk:
 *
 *   var/releases/<id>/            one complete static site each (`.cong/release.json` inside)
 *   var/releases/.tmp-<id>/       a release being built; renamed to `<id>` only once it is checked
 *   var/releases/current          symlink → `<id>`, replaced with rename(2)
 *   var/publisher/history.jsonl   every switch of `current`, newest last
 *
 * A process killed at any point therefore leaves `current` on one complete release: a release
 * folder appears in one rename, `current` changes in another, and leftovers (`.tmp-*`,
 * `.trash-*`, `current.tmp-*`) are removed by `init()` on the next start.
 *
 * With a mirror (`RELEASE_S3_BUCKET`, release-bucket.ts), every switch first makes the release
 * complete in the bucket and moves the bucket's pointer; only then does `current` move here, so a
 * failed upload leaves both on the previous release.
 */
export const RELEASE_ID = /^\d{8}-\d{6}-\d{3}-\d{2}$/
export const META_DIR = '.cong'
export const MANIFEST_FILE = 'release.json'
export const SNAPSHOT_FILE = 'snapshot.json'

export interface ReleaseManifest {
  id: string
  createdAt: string
  /** HTML files in the release, the figure the next build's sanity check compares against. */
  pages: number
  files: number
  snapshotGeneratedAt: string
  trigger: string
  /** CSP hash sources of the inline scripts in the release's pages (see check.ts). */
  cspScriptHashes?: string[]
}

export interface ReleaseInfo extends ReleaseManifest {
  live: boolean
  /** Rolled back from at some point, so `rollback` skips it. */
  rolledBack: boolean
}

export interface HistoryEntry {
  at: string
  action: 'activate' | 'rollback'
  releaseId: string
  from: string | null
  reason?: string
}

export class ReleaseError extends Error {}

export class ReleaseStore {
  readonly root: string
  readonly historyFile: string

  constructor(
    readonly varDir: string,
    readonly keep = 5,
    readonly mirror: ReleaseMirror | null = releaseMirrorFromEnv(),
  ) {
    this.root = path.join(varDir, 'releases')
    this.historyFile = path.join(varDir, 'publisher', 'history.jsonl')
  }

  /** Creates the folders and removes what an interrupted build, switch or prune left behind. */
  async init(): Promise<string[]> {
    await mkdir(this.root, { recursive: true })
    await mkdir(path.dirname(this.historyFile), { recursive: true })
    const removed: string[] = []
    for (const name of await readdir(this.root)) {
      if (name.startsWith('.tmp-') || name.startsWith('.trash-') || name.startsWith('current.tmp-')) {
        await rm(path.join(this.root, name), { recursive: true, force: true })
        removed.push(name)
      }
    }
    return removed
  }

  stagingDir(id: string): string {
    return path.join(this.root, `.tmp-${checkId(id)}`)
  }

  dir(id: string): string {
    return path.join(this.root, checkId(id))
  }

  /** Writes the manifest into the staged release and makes it a release (not yet live). */
  async commit(manifest: ReleaseManifest): Promise<void> {
    const staging = this.stagingDir(manifest.id)
    await mkdir(path.join(staging, META_DIR), { recursive: true })
    await writeFile(path.join(staging, META_DIR, MANIFEST_FILE), JSON.stringify(manifest, null, 2))
    await faultPoint('before-commit')
    await rename(staging, this.dir(manifest.id))
    await faultPoint('after-commit')
  }

  async discardStaging(id: string): Promise<void> {
    await rm(this.stagingDir(id), { recursive: true, force: true })
  }

  /** The live release id, or null before the first successful build. */
  async live(): Promise<string | null> {
    try {
      const target = await readlink(path.join(this.root, 'current'))
      const id = path.basename(target)
      return RELEASE_ID.test(id) && existsSync(this.dir(id)) ? id : null
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  async manifest(id: string): Promise<ReleaseManifest | null> {
    try {
      return JSON.parse(
        await readFile(path.join(this.dir(id), META_DIR, MANIFEST_FILE), 'utf8'),
      ) as ReleaseManifest
    } catch {
      return null
    }
  }

  async ids(): Promise<string[]> {
    const names = await readdir(this.root).catch(() => [] as string[])
    return names.filter((name) => RELEASE_ID.test(name)).sort()
  }

  /** Newest first. */
  async list(): Promise<ReleaseInfo[]> {
    const [live, rolledBack] = await Promise.all([this.live(), this.rolledBackIds()])
    const infos: ReleaseInfo[] = []
    for (const id of (await this.ids()).reverse()) {
      const manifest = await this.manifest(id)
      if (manifest) infos.push({ ...manifest, live: id === live, rolledBack: rolledBack.has(id) })
    }
    return infos
  }

  async history(): Promise<HistoryEntry[]> {
    const text = await readFile(this.historyFile, 'utf8').catch(() => '')
    return text
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as HistoryEntry]
        } catch {
          return [] // a line cut short by a kill; the symlink, not the history, is the truth
        }
      })
  }

  /** Points `current` at `id` in one rename. */
  async activate(id: string, reason?: string): Promise<void> {
    await this.switchTo(id, 'activate', reason)
  }

  /**
   * Points `current` back at `to`, or by default at the newest release older than the live one
   * that was never rolled back from (so repeated rollbacks walk further back, and a new build
   * after a rollback rolls back past the bad release, not onto it).
   */
  async rollback(to?: string, reason?: string): Promise<{ from: string; to: string }> {
    const from = await this.live()
    if (!from)
      throw new ReleaseError('Chưa có bản phát hành nào đang chạy / No live release to roll back from')
    const target = to ?? (await this.rollbackTarget())
    if (!target)
      throw new ReleaseError('Không có bản phát hành cũ hơn để quay lại / No earlier release to roll back to')
    if (!RELEASE_ID.test(target) || !(await this.manifest(target))) {
      throw new ReleaseError(`Không tìm thấy bản phát hành / Unknown release: ${target}`)
    }
    if (target === from) throw new ReleaseError(`Bản ${target} đang chạy rồi / ${target} is already live`)
    await this.switchTo(target, 'rollback', reason)
    return { from, to: target }
  }

  async rollbackTarget(): Promise<string | null> {
    const live = await this.live()
    if (!live) return null
    const rolledBack = await this.rolledBackIds()
    const older = (await this.ids()).filter((id) => id < live && !rolledBack.has(id))
    for (const id of older.reverse()) if (await this.manifest(id)) return id
    return null
  }

  /** Deletes releases beyond the newest `keep`, never the live one nor the rollback target. */
  async prune(): Promise<string[]> {
    const ids = await this.ids()
    const keep = new Set(ids.slice(-this.keep))
    const live = await this.live()
    if (live) keep.add(live)
    const target = await this.rollbackTarget()
    if (target) keep.add(target)
    const removed: string[] = []
    for (const id of ids) {
      if (keep.has(id)) continue
      await this.remove(id)
      removed.push(id)
    }
    return removed
  }

  /**
   * Removes a release that never went live (its build was killed between commit and switch), so
   * it is neither listed nor offered as a rollback target. Returns whether there was one.
   */
  async discard(id: string): Promise<boolean> {
    if (!existsSync(this.dir(id)) || (await this.live()) === id) return false
    await this.remove(id)
    return true
  }

  private async remove(id: string): Promise<void> {
    // Renamed first so a kill mid-delete never leaves a half release that looks complete.
    const trash = path.join(this.root, `.trash-${id}`)
    await rename(this.dir(id), trash)
    await faultPoint('prune')
    await rm(trash, { recursive: true, force: true })
  }

  private async switchTo(id: string, action: HistoryEntry['action'], reason?: string): Promise<void> {
    if (!existsSync(this.dir(id)))
      throw new ReleaseError(`Không tìm thấy bản phát hành / Unknown release: ${id}`)
    const from = await this.live()
    await this.mirror?.publish(id, this.dir(id))
    const link = path.join(this.root, `current.tmp-${id}-${process.pid}`)
    await rm(link, { force: true })
    await symlink(id, link)
    await faultPoint('before-switch')
    await rename(link, path.join(this.root, 'current'))
    await faultPoint('after-switch')
    const entry: HistoryEntry = {
      at: new Date().toISOString(),
      action,
      releaseId: id,
      from,
      ...(reason ? { reason } : {}),
    }
    await appendFile(this.historyFile, JSON.stringify(entry) + '\n')
  }

  private async rolledBackIds(): Promise<Set<string>> {
    const history = await this.history()
    return new Set(history.filter((e) => e.action === 'rollback' && e.from).map((e) => e.from as string))
  }
}

function checkId(id: string): string {
  if (!RELEASE_ID.test(id))
    throw new ReleaseError(`Mã bản phát hành không hợp lệ / Invalid release id: ${id}`)
  return id
}

/** Sortable ids, `YYYYMMDD-HHMMSS-mmm-NN` (UTC), NN counting ids issued in the same millisecond. */
export function createIdGenerator(taken: (id: string) => boolean = () => false): (now?: Date) => string {
  let stampInUse = ''
  const issued = new Set<string>()
  return (now = new Date()) => {
    const iso = now.toISOString() // 2025-06-11T08:30:00.123Z
    const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${iso.slice(20, 23)}`
    if (stamp !== stampInUse) {
      stampInUse = stamp
      issued.clear()
    }
    for (let n = 0; n < 100; n++) {
      const id = `${stamp}-${String(n).padStart(2, '0')}`
      if (!issued.has(id) && !taken(id)) {
        issued.add(id)
        return id
      }
    }
    throw new Error('More than 100 ids in one millisecond')
  }
}
