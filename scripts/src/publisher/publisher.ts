import { Builder, type BuilderOptions } from './build'
import { BuildStore, type BuildEvent, type BuildRecord } from './build-records'
import { Coalescer } from './coalescer'
import { ReleaseStore, type ReleaseInfo } from './releases'

/**
 * The publisher's state: the release store, the build records, and the coalescer that turns
 * events into builds, one at a time. The HTTP server and the ops CLI only talk to this.
 */
export interface PublisherOptions extends Omit<BuilderOptions, 'releases' | 'builds'> {
  varDir: string
  keepReleases?: number
  quietMs?: number
  maxWaitMs?: number
  /**
   * Several publishers (leader.ts): requests go here (the shared queue) instead of this
   * process's coalescer, and only the leader's drain reaches `enqueueLocal`. Unset: one
   * publisher, everything as before.
   */
  intake?: (event: BuildEvent) => Promise<void>
  /** Called once a batch has been built or has failed (the leader removes it from the shared queue). */
  afterBatch?: (batch: BuildEvent[]) => Promise<void>
  /** Shown in `status` when several publishers share the work. */
  leaderState?: () => unknown
}

export interface PublisherStatus {
  live: ReleaseInfo | null
  rollbackTarget: string | null
  running: BuildRecord | null
  queue: { pending: number; events: BuildEvent[]; nextRunAt: string | null }
  lastBuilds: BuildRecord[]
  /** Present only when several publishers share a lease (leader.ts). */
  leader?: unknown
}

export class Publisher {
  readonly releases: ReleaseStore
  readonly builds: BuildStore
  private readonly builder: Builder
  private readonly coalescer: Coalescer<BuildEvent>
  private running: BuildRecord | null = null
  private readonly stopController = new AbortController()

  constructor(private readonly options: PublisherOptions) {
    this.releases = new ReleaseStore(options.varDir, options.keepReleases)
    this.builds = new BuildStore(options.varDir)
    this.builder = new Builder({ ...options, releases: this.releases, builds: this.builds })
    this.coalescer = new Coalescer<BuildEvent>({
      quietMs: options.quietMs,
      maxWaitMs: options.maxWaitMs,
      run: (batch) => this.build(batch),
      onError: (error) => options.logger.error('build crashed', { error: String(error) }),
    })
  }

  /** Cleans what a killed publisher left: staging folders, half switches, builds marked running. */
  async init(): Promise<void> {
    // Orphaned site builds are stopped first, so none writes into a staging folder being removed.
    await this.builds.init()
    const interrupted = await this.builds.recoverInterrupted()
    const removed = await this.releases.init()
    if (removed.length)
      this.options.logger.warn('removed leftovers of an interrupted run', { entries: removed.join(',') })
    const live = await this.releases.live()
    for (const record of interrupted) {
      if (record.id === live) {
        // Killed after the switch: the release is live and whole, so the build did succeed.
        const pages = (await this.releases.manifest(live))?.pages ?? record.pages
        Object.assign(record, { status: 'success', error: null, releaseId: live, pages })
        await this.builds.save(record)
        this.options.logger.warn('build was interrupted after its release went live; it stays live', {
          id: record.id,
        })
      } else {
        const discarded = await this.releases.discard(record.id)
        this.options.logger.warn('build was interrupted by a restart', {
          id: record.id,
          releaseRemoved: discarded || undefined,
        })
      }
    }
  }

  /** Returns a promise only with an `intake`: the request is safe once it resolves. */
  enqueue(event: BuildEvent): void | Promise<void> {
    if (this.options.intake) return this.options.intake(event)
    this.coalescer.push(event)
  }

  /** Queues for this process's own builds, whatever the intake (the leader's drain). */
  enqueueLocal(event: BuildEvent): void {
    this.coalescer.push(event)
  }

  async status(): Promise<PublisherStatus> {
    const [releases, rollbackTarget, lastBuilds] = await Promise.all([
      this.releases.list(),
      this.releases.rollbackTarget(),
      this.builds.list(10),
    ])
    const queue = this.coalescer.state()
    return {
      live: releases.find((r) => r.live) ?? null,
      rollbackTarget,
      running: this.running,
      queue: {
        pending: queue.pending.length,
        events: queue.pending.slice(-20),
        nextRunAt: queue.nextRunAt ? new Date(queue.nextRunAt).toISOString() : null,
      },
      lastBuilds,
      ...(this.options.leaderState ? { leader: this.options.leaderState() } : {}),
    }
  }

  get pendingEvents(): number {
    return this.coalescer.state().pending.length
  }

  get isBuilding(): boolean {
    return this.running !== null
  }

  /** Resolves once no build is pending or running (tests, shutdown). */
  idle(): Promise<void> {
    return this.coalescer.idle()
  }

  /** Drops queued events and stops a running site build; it is recorded as failed. */
  async stop(): Promise<void> {
    this.coalescer.stop()
    this.stopController.abort()
    await this.coalescer.idle()
  }

  private async build(batch: BuildEvent[]): Promise<void> {
    try {
      await this.builder.run({
        events: batch,
        force: batch.some((e) => e.force),
        signal: this.stopController.signal,
        onStart: (record) => {
          this.running = record
        },
      })
    } finally {
      this.running = null
      await this.options.afterBatch?.(batch)
    }
  }
}
