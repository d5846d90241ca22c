/**
 * One publisher leader among several processes (on several machines), through a lease kept in a
 * shared database, and a shared queue so that no publish request is lost whichever publisher
 * receives it.
 *
 * Why a lease row with an expiry, on every database (PostgreSQL included, rather than
 * `pg_try_advisory_lock`): an advisory lock belongs to a server session, so a holder that hangs
 * with its connection open keeps it for ever, one whose machine vanished keeps it until TCP notices
 * (hours without keepalive tuning), and a transaction-pooling proxy (PgBouncer) silently breaks it.
 * A lease expires `ttlMs` after its last renewal whatever happened to the holder, works the same way
 * on SQLite, PostgreSQL and MongoDB, and its whole decision is the pure function below.
 *
 * Every write is a compare-and-set on the row just read (`LeaseStore.compareAndSet`), so two
 * publishers deciding at the same moment cannot both win: the loser's update matches no row.
 * Time comes from the database (`LeaseStore.now`), not from each machine's clock.
 *
 * Requests: every publisher writes the events it receives (webhooks, ops rebuilds, the daily
 * rebuild) into the shared queue; only the leader reads it, feeds its own coalescer, and deletes
 * the rows of a batch once that batch's build has finished (success or recorded failure). A leader
 * that dies mid-build leaves its rows in the queue, and the next leader builds them: delivery is
 * at least once, and a repeated full build is harmless.
 */
import { hostname } from 'node:os'
import type { Logger } from '../lib/log'
import type { BuildEvent } from './build-records'

export interface Lease {
  holder: string
  /** Raised each time the lease changes hands (or is taken again after lapsing): a fencing number for logs. */
  term: number
  /** Milliseconds since the epoch, on the database's clock; 0 once released. */
  expiresAt: number
}

export type LeaseDecision =
  | { kind: 'acquire'; next: Lease }
  | { kind: 'renew'; next: Lease }
  | { kind: 'wait'; holder: string; expiresAt: number }

/** Who holds the lease after `holder` asks for it at `now`. Pure: the stores apply the result. */
export function decideLease(current: Lease | null, holder: string, now: number, ttlMs: number): LeaseDecision {
  if (!holder) throw new Error('a lease holder needs a name')
  if (!(ttlMs > 0)) throw new Error(`lease time must be positive (got ${ttlMs})`)
  const expiresAt = now + ttlMs
  if (!current) return { kind: 'acquire', next: { holder, term: 1, expiresAt } }
  const live = current.expiresAt > now
  if (current.holder === holder && live) return { kind: 'renew', next: { holder, term: current.term, expiresAt } }
  if (live) return { kind: 'wait', holder: current.holder, expiresAt: current.expiresAt }
  // Lapsed (or released): whoever asks first takes it, with a new term, the old holder included —
  // it cannot know whether someone else built in between.
  return { kind: 'acquire', next: { holder, term: current.term + 1, expiresAt } }
}

/** The lease after `holder` lets it go, or null when it is not theirs to release. */
export function releasedLease(current: Lease | null, holder: string): Lease | null {
  if (!current || current.holder !== holder || current.expiresAt === 0) return null
  return { ...current, expiresAt: 0 }
}

export interface QueuedEvent {
  id: string
  event: BuildEvent
}

/** What each database provides; all the deciding happens in `takeLease` and `LeaderCoordinator`. */
export interface LeaseStore {
  readonly kind: 'sqlite' | 'postgres' | 'mongodb'
  /** Creates the lease and queue tables/collections if missing. */
  init(): Promise<void>
  /** The database's clock, so machines with skewed clocks agree on expiry. */
  now(): Promise<number>
  read(name: string): Promise<Lease | null>
  /** Writes `next` only if the row is still `expected` (null: only if there is no row). */
  compareAndSet(name: string, expected: Lease | null, next: Lease): Promise<boolean>
  push(event: BuildEvent): Promise<string>
  /** Every queued event, oldest first. */
  list(): Promise<QueuedEvent[]>
  remove(ids: string[]): Promise<void>
  close(): Promise<void>
}

export const LEASE_NAME = 'publisher'

export interface LeaseOutcome {
  held: boolean
  lease: Lease | null
  /** Set when someone else holds it. */
  holder?: string
}

/** Reads, decides, and applies the decision with a compare-and-set; a lost race is "not held". */
export async function takeLease(store: LeaseStore, holder: string, ttlMs: number, name = LEASE_NAME): Promise<LeaseOutcome> {
  const [current, now] = await Promise.all([store.read(name), store.now()])
  const decision = decideLease(current, holder, now, ttlMs)
  if (decision.kind === 'wait') return { held: false, lease: current, holder: decision.holder }
  const won = await store.compareAndSet(name, current, decision.next)
  if (won) return { held: true, lease: decision.next }
  const after = await store.read(name)
  return { held: false, lease: after, holder: after?.holder }
}

export async function releaseLease(store: LeaseStore, holder: string, name = LEASE_NAME): Promise<boolean> {
  const current = await store.read(name)
  const next = releasedLease(current, holder)
  return next ? store.compareAndSet(name, current, next) : false
}

/** `host:pid`: unique enough among publishers, and readable in logs and `status`. */
export function defaultHolderName(): string {
  return `${hostname()}:${process.pid}`
}

/** The part of `Publisher` the coordinator drives (kept narrow so tests can see what it uses). */
export interface LocalBuilder {
  enqueueLocal(event: BuildEvent): void
}

export interface LeaderOptions {
  store: LeaseStore
  holder?: string
  /** How long a lease lasts without renewal: the longest a crashed leader delays builds. */
  ttlMs?: number
  /** How often the lease is renewed (or tried) and the queue read. */
  pollMs?: number
  logger: Logger
}

export interface LeaderState {
  enabled: true
  holder: string
  leader: boolean
  /** Who holds the lease when it is not us (null if nobody or not known yet). */
  currentLeader: string | null
  term: number | null
  /** Requests in the shared queue at the leader's last read (null on a follower: it does not read it). */
  queued: number | null
  lastError: string | null
}

/**
 * Keeps the lease (renewing it on a timer, independent of builds, so a long build does not lose
 * it), drains the shared queue into the local builder while leader, and removes the rows of each
 * finished batch. `intake` is what the publisher calls instead of queueing locally.
 */
export class LeaderCoordinator {
  readonly holder: string
  private readonly ttlMs: number
  private readonly pollMs: number
  private builder: LocalBuilder | null = null
  private leader = false
  private lease: Lease | null = null
  private otherHolder: string | null = null
  private lastError: string | null = null
  private queued: number | null = null
  /** Queue rows handed to the builder and not yet built, by row id. */
  private readonly handedOver = new Set<string>()
  private readonly rowOf = new WeakMap<BuildEvent, string>()
  private timer: ReturnType<typeof setInterval> | null = null
  private ticking: Promise<void> | null = null
  private again = false
  private onLeader: (() => void | Promise<void>) | null = null
  private stopped = false

  constructor(private readonly options: LeaderOptions) {
    this.holder = options.holder ?? defaultHolderName()
    this.ttlMs = options.ttlMs ?? 30_000
    this.pollMs = options.pollMs ?? Math.min(1_000, Math.floor(this.ttlMs / 3))
    if (this.pollMs * 2 > this.ttlMs) {
      throw new Error(`the lease must outlive two renewals (ttl ${this.ttlMs} ms, renewal every ${this.pollMs} ms)`)
    }
  }

  /** `onLeader` runs each time this publisher becomes the leader (e.g. a first build if nothing is live). */
  async start(builder: LocalBuilder, onLeader?: () => void | Promise<void>): Promise<void> {
    this.builder = builder
    this.onLeader = onLeader ?? null
    await this.options.store.init()
    await this.tick()
    this.timer = setInterval(() => void this.tick(), this.pollMs)
    this.timer.unref?.()
  }

  /** Stores a request in the shared queue; a failure reaches the caller (the webhook answers 5xx, the CMS retries). */
  readonly intake = async (event: BuildEvent): Promise<void> => {
    await this.options.store.push(event)
    if (this.leader) void this.tick()
  }

  /** Called by the publisher once a batch has been built (or has failed and been recorded). */
  readonly afterBatch = async (batch: BuildEvent[]): Promise<void> => {
    const ids = batch.map((e) => this.rowOf.get(e)).filter((id): id is string => id !== undefined)
    // A batch ending because we are shutting down was stopped, not built: the next leader redoes it.
    if (ids.length === 0 || this.stopped) return
    try {
      await this.options.store.remove(ids)
    } catch (error) {
      // The rows stay; the next read hands them over again and they are built once more.
      this.options.logger.error('could not remove built requests from the shared queue', { error: String(error) })
    }
    for (const id of ids) this.handedOver.delete(id)
  }

  get isLeader(): boolean {
    return this.leader
  }

  state(): LeaderState {
    return {
      enabled: true,
      holder: this.holder,
      leader: this.leader,
      currentLeader: this.leader ? this.holder : this.otherHolder,
      term: this.lease?.term ?? null,
      queued: this.leader ? this.queued : null,
      lastError: this.lastError,
    }
  }

  /** One renewal + drain; overlapping calls are folded into one follow-up. */
  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    if (this.ticking) {
      this.again = true
      return this.ticking
    }
    this.ticking = (async () => {
      try {
        do {
          this.again = false
          await this.renewAndDrain()
        } while (this.again && !this.stopped)
      } finally {
        this.ticking = null
      }
    })()
    return this.ticking
  }

  /** Stops renewing and releases the lease so another publisher takes over at once. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await this.ticking
    if (this.leader) {
      try {
        await releaseLease(this.options.store, this.holder)
        this.options.logger.info('released the publisher lease', { holder: this.holder })
      } catch (error) {
        this.options.logger.warn('could not release the lease; it lapses by itself', { error: String(error) })
      }
    }
    this.leader = false
    await this.options.store.close()
  }

  private async renewAndDrain(): Promise<void> {
    const { store, logger } = this.options
    let outcome: LeaseOutcome
    try {
      outcome = await takeLease(store, this.holder, this.ttlMs)
      this.lastError = null
    } catch (error) {
      // Without the database we cannot know whether we still lead; the lease lapses on its own
      // and a build already handed over finishes (it is a full build, so a repeat is harmless).
      this.lastError = String(error)
      if (this.leader) logger.error('lease renewal failed: no new builds until the database answers', { error: this.lastError })
      this.leader = false
      return
    }
    if (outcome.held && !this.leader) {
      logger.info('became the publisher leader', { holder: this.holder, term: outcome.lease?.term })
      // Rows another leader had taken but not finished are ours now.
      this.handedOver.clear()
      try {
        await this.onLeader?.()
      } catch (error) {
        logger.error('leader start-up step failed', { error: String(error) })
      }
    } else if (!outcome.held && this.leader) {
      logger.warn('lost the publisher lease', { holder: this.holder, now: outcome.holder ?? 'nobody' })
    }
    this.leader = outcome.held
    this.lease = outcome.lease
    this.otherHolder = outcome.held ? null : (outcome.holder ?? null)
    if (!this.leader || !this.builder) return
    let rows: QueuedEvent[]
    try {
      rows = await store.list()
    } catch (error) {
      this.lastError = String(error)
      logger.error('could not read the shared queue', { error: this.lastError })
      return
    }
    this.queued = rows.length
    for (const row of rows) {
      if (this.handedOver.has(row.id)) continue
      this.handedOver.add(row.id)
      this.rowOf.set(row.event, row.id)
      this.builder.enqueueLocal(row.event)
    }
  }
}
