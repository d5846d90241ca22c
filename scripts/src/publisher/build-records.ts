import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { appendFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { BrokenLink } from './check'
import { createIdGenerator, RELEASE_ID } from './releases'

/**
 * `var/builds/<id>.json` (+ `<id>.log`) for every build attempt, successful or not, so a failed
 * or timed-out build is always visible with its log. The build id becomes the release id.
 */
export type BuildStatus = 'running' | 'success' | 'failed'
export type TriggerSource = 'webhook' | 'ops' | 'startup' | 'schedule'
export const BUILD_STEPS = ['snapshot', 'files', 'site', 'check', 'activate'] as const
export type BuildStep = (typeof BUILD_STEPS)[number]

/** One event that asked for this build (a CMS webhook, an ops rebuild, the first start). */
export interface BuildEvent {
  source: TriggerSource
  at: string
  event?: string
  collection?: string
  docId?: string
  slug?: string
  deliveryId?: string
  reason?: string
  force?: boolean
}

export interface BuildRecord {
  id: string
  /** `webhook`, `ops`, `startup`, `schedule`, or several joined with `+` when a batch mixed them. */
  trigger: string
  events: BuildEvent[]
  force: boolean
  startedAt: string
  finishedAt: string | null
  status: BuildStatus
  error: string | null
  /** The step that failed, when one did. */
  failedStep: BuildStep | null
  pages: number | null
  durations: Partial<Record<BuildStep, number>>
  releaseId: string | null
  /** The first broken links the check found (the log holds them all). */
  brokenLinks: BrokenLink[]
  /** Process id of the site build while it runs, so a restarted publisher can stop an orphan. */
  sitePid: number | null
  /**
   * How the site was built (site/scripts/build-site.ts): every page, or only the pages the
   * publish touched on top of the live release; absent before the site build ends.
   */
  siteBuild?: SiteBuildInfo
}

export interface SiteBuildInfo {
  mode: 'full' | 'incremental'
  /** Why the build was full, or what changed. */
  reason: string
  /** Pages and feeds rendered (every one in a full build: the release's page count). */
  rendered: number
  /** Pages and feeds the publish removed. */
  removed: number
}

const MAX_EVENTS_STORED = 100

/** What the history keeps of a build once its record is pruned: enough to count builds per month. */
export type BuildSummary = Pick<BuildRecord, 'id' | 'startedAt' | 'status'>

export class BuildStore {
  readonly dir: string
  readonly newId: (now?: Date) => string

  constructor(varDir: string) {
    this.dir = path.join(varDir, 'builds')
    this.newId = createIdGenerator((id) => existsSync(this.recordPath(id)))
  }

  recordPath(id: string): string {
    return path.join(this.dir, `${id}.json`)
  }

  logPath(id: string): string {
    return path.join(this.dir, `${id}.log`)
  }

  /** One JSON line per pruned build, never pruned itself: the monthly report counts from it. */
  get ledgerPath(): string {
    return path.join(this.dir, 'ledger.jsonl')
  }

  async init(): Promise<void> {
    await mkdir(this.dir, { recursive: true })
  }

  create(args: { id: string; events: BuildEvent[]; force: boolean; now?: Date }): BuildRecord {
    const sources = [...new Set(args.events.map((e) => e.source))]
    return {
      id: args.id,
      trigger: sources.join('+') || 'ops',
      events: args.events.slice(-MAX_EVENTS_STORED),
      force: args.force,
      startedAt: (args.now ?? new Date()).toISOString(),
      finishedAt: null,
      status: 'running',
      error: null,
      failedStep: null,
      pages: null,
      durations: {},
      releaseId: null,
      brokenLinks: [],
      sitePid: null,
    }
  }

  async save(record: BuildRecord): Promise<void> {
    const file = this.recordPath(record.id)
    await writeFile(`${file}.tmp`, JSON.stringify(record, null, 2))
    await rename(`${file}.tmp`, file)
  }

  async get(id: string): Promise<BuildRecord | null> {
    if (!RELEASE_ID.test(id)) return null
    try {
      return JSON.parse(await readFile(this.recordPath(id), 'utf8')) as BuildRecord
    } catch {
      return null
    }
  }

  /** Newest first. */
  async list(limit = 20): Promise<BuildRecord[]> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const ids = names
      .filter((n) => n.endsWith('.json') && RELEASE_ID.test(n.slice(0, -5)))
      .map((n) => n.slice(0, -5))
      .sort()
      .reverse()
      .slice(0, limit)
    const records = await Promise.all(ids.map((id) => this.get(id)))
    return records.filter((r): r is BuildRecord => r !== null)
  }

  async readLog(id: string): Promise<string | null> {
    if (!RELEASE_ID.test(id)) return null
    return readFile(this.logPath(id), 'utf8').catch(() => null)
  }

  /**
   * Marks builds left `running` by a publisher that died as failed, and stops their site build
   * if it still runs. Called before the staging folders are cleaned: an orphaned build would
   * otherwise keep writing into a `.tmp-<id>` folder removed under it, and recreate it.
   */
  async recoverInterrupted(): Promise<BuildRecord[]> {
    const recovered: BuildRecord[] = []
    for (const record of await this.list(Number.MAX_SAFE_INTEGER)) {
      if (record.status !== 'running') continue
      await stopOrphans(record.id)
      record.status = 'failed'
      record.error =
        'Bị gián đoạn: publisher đã dừng giữa chừng / Interrupted: the publisher stopped during this build'
      record.finishedAt = new Date().toISOString()
      record.sitePid = null
      await this.save(record)
      recovered.push(record)
    }
    return recovered
  }

  /** Keeps the newest `keep` records and their logs. */
  async prune(keep = 200): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const ids = [...new Set(names.map((n) => n.split('.')[0]).filter((id) => RELEASE_ID.test(id)))].sort()
    for (const id of ids.slice(0, Math.max(0, ids.length - keep))) {
      const record = await this.get(id)
      if (record) {
        const summary: BuildSummary = { id: record.id, startedAt: record.startedAt, status: record.status }
        await appendFile(this.ledgerPath, `${JSON.stringify(summary)}\n`)
      }
      await rm(this.recordPath(id), { force: true })
      await rm(this.logPath(id), { force: true })
    }
  }

  /** Every build that started in `[from, to]`, pruned or not, oldest first. */
  async history(from: Date, to: Date): Promise<BuildSummary[]> {
    const ledger = await readFile(this.ledgerPath, 'utf8').catch(() => '')
    const byId = new Map<string, BuildSummary>()
    for (const line of ledger.split('\n')) {
      if (!line.trim()) continue
      try {
        const entry = JSON.parse(line) as BuildSummary
        byId.set(entry.id, entry)
      } catch {
        // A line cut short by a crash mid-append: that one build is lost, the rest still count.
      }
    }
    for (const record of await this.list(Number.MAX_SAFE_INTEGER)) {
      byId.set(record.id, { id: record.id, startedAt: record.startedAt, status: record.status })
    }
    return [...byId.values()]
      .filter((b) => {
        const t = new Date(b.startedAt)
        return t >= from && t <= to
      })
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  }
}

/**
 * Kills every process of build `buildId` and waits until they are gone. They are found by the
 * `CONG_BUILD_ID` the publisher put in their environment, which every descendant inherits (the
 * recorded `sitePid` misses a kill between spawn and save, and a pid may be recycled).
 */
async function stopOrphans(buildId: string): Promise<void> {
  const deadline = Date.now() + 5_000
  for (
    let pids = buildProcesses(buildId);
    pids.length > 0 && Date.now() < deadline;
    pids = buildProcesses(buildId)
  ) {
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {
        // Exited meanwhile.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Live (not zombie) processes carrying `CONG_BUILD_ID=<buildId>`; none where /proc is missing. */
export function buildProcesses(buildId: string): number[] {
  let entries: string[]
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return []
  }
  const marker = `CONG_BUILD_ID=${buildId}\0`
  return entries.map(Number).filter((pid) => {
    if (pid === process.pid) return false
    try {
      const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)?.[0]
      return state !== 'Z' && readFileSync(`/proc/${pid}/environ`, 'utf8').includes(marker)
    } catch {
      return false // gone, or not ours to read
    }
  })
}
