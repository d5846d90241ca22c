/**
 * Turns a burst of publish events into few builds. The first event opens a quiet window: the
 * batch runs once no event arrived for `quietMs`, or `maxWaitMs` after its first event, whichever
 * comes first. Only one batch runs at a time; events that arrive meanwhile form the next batch,
 * so a build in progress causes at most one follow-up build, however many events it received.
 */
export interface CoalescerOptions<E> {
  run: (batch: E[]) => Promise<void>
  quietMs?: number
  maxWaitMs?: number
  /** Called if `run` throws; `run` is expected to record its own failures. */
  onError?: (error: unknown) => void
}

export interface CoalescerState<E> {
  pending: E[]
  running: E[] | null
  /** When the pending batch will start if nothing else arrives (ms since epoch), or null. */
  nextRunAt: number | null
}

export class Coalescer<E> {
  private pending: E[] = []
  private firstAt: number | null = null
  private lastAt: number | null = null
  private running: E[] | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private nextRunAt: number | null = null
  private idleWaiters: (() => void)[] = []
  private stopped = false
  private readonly quietMs: number
  private readonly maxWaitMs: number

  constructor(private readonly options: CoalescerOptions<E>) {
    this.quietMs = options.quietMs ?? 1_500
    this.maxWaitMs = Math.max(options.maxWaitMs ?? 10_000, this.quietMs)
  }

  push(event: E): void {
    if (this.stopped) return
    const now = Date.now()
    this.pending.push(event)
    this.firstAt ??= now
    this.lastAt = now
    this.schedule()
  }

  state(): CoalescerState<E> {
    return { pending: [...this.pending], running: this.running ? [...this.running] : null, nextRunAt: this.nextRunAt }
  }

  /** Resolves once nothing is pending or running. */
  idle(): Promise<void> {
    if (!this.running && this.pending.length === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  /** Drops pending events and starts nothing new; a running batch finishes on its own. */
  stop(): void {
    this.stopped = true
    this.clearTimer()
    this.pending = []
    this.firstAt = this.lastAt = null
    if (!this.running) this.notifyIdle()
  }

  private schedule(): void {
    this.clearTimer()
    if (this.running || this.pending.length === 0 || this.firstAt === null || this.lastAt === null) return
    const at = Math.min(this.lastAt + this.quietMs, this.firstAt + this.maxWaitMs)
    this.nextRunAt = at
    this.timer = setTimeout(() => this.start(), Math.max(0, at - Date.now()))
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.nextRunAt = null
  }

  private start(): void {
    this.timer = null
    this.nextRunAt = null
    const batch = this.pending
    this.pending = []
    this.firstAt = this.lastAt = null
    this.running = batch
    void (async () => {
      try {
        await this.options.run(batch)
      } catch (error) {
        this.options.onError?.(error)
      } finally {
        this.running = null
        if (this.pending.length > 0 && !this.stopped) this.schedule()
        else this.notifyIdle()
      }
    })()
  }

  private notifyIdle(): void {
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const resolve of waiters) resolve()
  }
}
