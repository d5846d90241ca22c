import { z } from 'zod'

/**
 * What the admin's "Xây dựng trang" screen shows, read from the publisher's `GET /status`
 * (scripts/src/publisher/publisher.ts, `PublisherStatus`). Parsed loosely: a newer publisher may
 * add fields, and the screen keeps working as long as these are there.
 */

const buildSchema = z.looseObject({
  id: z.string(),
  trigger: z.string(),
  status: z.enum(['running', 'success', 'failed']),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  error: z.string().nullable(),
  failedStep: z.string().nullable().optional(),
  pages: z.number().nullable().optional(),
  releaseId: z.string().nullable().optional(),
})

const releaseSchema = z.looseObject({
  id: z.string(),
  createdAt: z.string(),
  pages: z.number(),
  trigger: z.string(),
})

export const publisherStatusSchema = z.looseObject({
  live: releaseSchema.nullable(),
  rollbackTarget: z.string().nullable(),
  running: buildSchema.nullable(),
  queue: z.looseObject({ pending: z.number(), nextRunAt: z.string().nullable() }),
  lastBuilds: z.array(buildSchema),
})

export interface SiteBuild {
  id: string
  status: 'running' | 'success' | 'failed'
  trigger: string
  startedAt: string
  finishedAt: string | null
  durationMs: number | null
  error: string | null
  failedStep: string | null
  pages: number | null
}

export interface SiteBuildsView {
  live: { id: string; createdAt: string; pages: number } | null
  rollbackTarget: string | null
  running: SiteBuild | null
  queue: { pending: number; nextRunAt: string | null }
  builds: SiteBuild[]
  /** Whether the signed-in user may roll back (admin and ops). */
  canRollback: boolean
}

/** The error body of every `/api/site-builds` endpoint. */
export interface SiteBuildsError {
  error: string
  message: string
}

function toBuild(build: z.infer<typeof buildSchema>): SiteBuild {
  const durationMs = build.finishedAt ? Date.parse(build.finishedAt) - Date.parse(build.startedAt) : null
  return {
    id: build.id,
    status: build.status,
    trigger: build.trigger,
    startedAt: build.startedAt,
    finishedAt: build.finishedAt,
    durationMs: durationMs !== null && Number.isFinite(durationMs) ? durationMs : null,
    error: build.error,
    failedStep: build.failedStep ?? null,
    pages: build.pages ?? null,
  }
}

export function toSiteBuildsView(status: z.infer<typeof publisherStatusSchema>, canRollback: boolean): SiteBuildsView {
  return {
    live: status.live ? { id: status.live.id, createdAt: status.live.createdAt, pages: status.live.pages } : null,
    rollbackTarget: status.rollbackTarget,
    running: status.running ? toBuild(status.running) : null,
    queue: { pending: status.queue.pending, nextRunAt: status.queue.nextRunAt },
    builds: status.lastBuilds.map(toBuild),
    canRollback,
  }
}
