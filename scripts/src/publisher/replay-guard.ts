import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { DEFAULT_TOLERANCE_SECONDS } from '@cong/shared/webhook'

/**
 * Remembers signed delivery ids until their timestamp falls out of the accepted window, after
 * which the timestamp check refuses a replay on its own. The list is written to disk before a
 * request is accepted, so restarting the publisher does not reopen the window for replays.
 */
export class ReplayGuard {
  /** delivery id → unix second after which it no longer needs remembering */
  private readonly seen = new Map<string, number>()

  constructor(
    private readonly file: string | null,
    private readonly toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
    private readonly nowSeconds = () => Math.floor(Date.now() / 1000),
  ) {
    if (!file) return
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>
      for (const [id, expires] of Object.entries(stored)) if (typeof expires === 'number') this.seen.set(id, expires)
    } catch (error) {
      // A missing file is a first start; a corrupt one (killed mid-write cannot happen thanks to
      // rename, but a disk can fill) must not stop the publisher, so start empty and say so.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        process.stderr.write(`replay guard: ignoring unreadable ${file}: ${String(error)}\n`)
      }
    }
    this.prune()
  }

  /** Records `id` and returns true if it is fresh; false if it was already used. */
  accept(id: string, timestampSeconds: number): boolean {
    this.prune()
    if (this.seen.has(id)) return false
    this.seen.set(id, Math.max(timestampSeconds, this.nowSeconds()) + this.toleranceSeconds + 1)
    this.persist()
    return true
  }

  /**
   * Lets `id` be used again: the request it came with failed on our side (5xx) before anything
   * was done, and the sender retries with the same id.
   */
  forget(id: string): void {
    if (this.seen.delete(id)) this.persist()
  }

  get size(): number {
    return this.seen.size
  }

  private prune(): void {
    const now = this.nowSeconds()
    for (const [id, expires] of this.seen) if (expires < now) this.seen.delete(id)
  }

  private persist(): void {
    if (!this.file) return
    mkdirSync(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.tmp-${process.pid}`
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.seen)))
    renameSync(tmp, this.file)
  }
}
