import { LRUCache } from 'lru-cache'

/**
 * Article view counting for the static site's beacon. A popular article is read thousands of
 * times a minute, so hits only touch memory: counts are summed per article and written once per
 * flush (one increment per article), and a reader reloading the page is counted once per
 * `repeatWindowMs`. Both caches are bounded LRUs, so a flood of fake ids or addresses costs
 * memory only up to their size.
 */

export interface ViewStore {
  /** The stored count of a published article, or null when `id` is not one. */
  lookup(id: string): Promise<number | null>
  /** Adds `count` to the stored count, atomically where the database allows. */
  increment(id: string, count: number): Promise<void>
}

export interface ViewCounterOptions {
  flushIntervalMs?: number
  repeatWindowMs?: number
  /** How long "is this a published article, with how many views" is trusted. */
  lookupTtlMs?: number
  maxTrackedVisitors?: number
  onError?: (error: unknown) => void
}

export type HitResult = { status: 'counted' | 'repeat'; views: number } | { status: 'unknown' }

export class ViewCounter {
  private pending = new Map<string, number>()
  private readonly recent: LRUCache<string, true>
  private readonly stored: LRUCache<string, { views: number | null }>
  private timer: NodeJS.Timeout | undefined
  private flushing: Promise<void> = Promise.resolve()
  private readonly flushIntervalMs: number
  private readonly onError: (error: unknown) => void

  constructor(
    private readonly store: ViewStore,
    options: ViewCounterOptions = {},
  ) {
    this.flushIntervalMs = options.flushIntervalMs ?? 5_000
    this.onError = options.onError ?? (() => {})
    this.recent = new LRUCache({ max: options.maxTrackedVisitors ?? 100_000, ttl: options.repeatWindowMs ?? 10 * 60_000 })
    this.stored = new LRUCache({ max: 20_000, ttl: options.lookupTtlMs ?? 60_000 })
  }

  async hit(id: string, visitor: string): Promise<HitResult> {
    const stored = await this.storedViews(id)
    if (stored === null) return { status: 'unknown' }
    const key = `${visitor}\u0000${id}`
    const repeat = this.recent.has(key)
    if (!repeat) {
      this.recent.set(key, true)
      this.pending.set(id, (this.pending.get(id) ?? 0) + 1)
      this.schedule()
    }
    return { status: repeat ? 'repeat' : 'counted', views: stored + (this.pending.get(id) ?? 0) }
  }

  /** Writes every pending count; concurrent calls wait for the same write. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.writePending())
    return this.flushing
  }

  /** Flushes and stops the timer (process exit, tests). */
  async stop(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    await this.flush()
  }

  private schedule(): void {
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.flush()
    }, this.flushIntervalMs)
    // Pending views never keep a finished process alive; exit hooks flush them.
    this.timer.unref()
  }

  private async writePending(): Promise<void> {
    const batch = this.pending
    this.pending = new Map()
    for (const [id, count] of batch) {
      try {
        await this.store.increment(id, count)
        const cached = this.stored.get(id)
        if (cached?.views != null) this.stored.set(id, { views: cached.views + count })
      } catch (error) {
        // Kept for the next flush rather than lost.
        this.pending.set(id, (this.pending.get(id) ?? 0) + count)
        this.onError(error)
      }
    }
    if (this.pending.size) this.schedule()
  }

  private async storedViews(id: string): Promise<number | null> {
    const cached = this.stored.get(id)
    if (cached) return cached.views
    const views = await this.store.lookup(id)
    this.stored.set(id, { views })
    return views
  }
}
