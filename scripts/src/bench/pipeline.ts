import { publisherTimeouts } from '../publisher/config'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { SanitizedConfig } from 'payload'
import { serveCmsApi } from '../lib/cms-http'
import { repoRoot } from '../lib/env'
import { silentLogger, type Logger } from '../lib/log'
import type { BuildRecord } from '../publisher/build-records'
import { siteBuildCommand } from '../publisher/build'
import { Publisher } from '../publisher/publisher'
import { ReplayGuard } from '../publisher/replay-guard'
import { createPublisherServer } from '../publisher/server'
import { createStaticServer } from '../publisher/static-server'

/**
 * The whole publish pipeline in one process on loopback ports chosen by the OS: the CMS's real
 * REST routes, a publisher with its HTTP API, and the static server over the same var folder.
 * The integration test and the benchmark both run on it, so they measure what `pnpm portal`
 * runs, minus Next's admin.
 */
export interface PublisherHandle {
  publisher: Publisher
  url: string
  close: () => Promise<void>
}

export interface PipelineOptions {
  config: Promise<SanitizedConfig> | SanitizedConfig
  secret: string
  varDir: string
  /** The real site build unless given (tests inject a failing one). */
  siteBuildCommand?: string
  quietMs?: number
  maxWaitMs?: number
  logger?: Logger
}

export interface Pipeline {
  cmsUrl: string
  siteUrl: string
  publisher: PublisherHandle
  /** Replaces the publisher (same var folder) and points the CMS's webhooks at the new one. */
  replacePublisher: (options: Partial<Pick<PipelineOptions, 'siteBuildCommand' | 'quietMs' | 'maxWaitMs'>>) => Promise<PublisherHandle>
  close: () => Promise<void>
}

export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

export async function startPublisher(options: Omit<PipelineOptions, 'config'> & { cmsUrl: string }): Promise<PublisherHandle> {
  const logger = options.logger ?? silentLogger
  const timeouts = publisherTimeouts()
  const publisher = new Publisher({
    varDir: options.varDir,
    cmsUrl: options.cmsUrl,
    secret: options.secret,
    siteDir: path.join(repoRoot(), 'site'),
    siteBuildCommand: options.siteBuildCommand ?? siteBuildCommand(),
    quietMs: options.quietMs,
    maxWaitMs: options.maxWaitMs,
    // The publisher's own limits (PUBLISHER_*_TIMEOUT_MS), so a reference-scale run can raise them.
    snapshotTimeoutMs: timeouts.snapshotTimeoutMs,
    siteBuildTimeoutMs: timeouts.siteBuildTimeoutMs,
    logger,
  })
  await publisher.init()
  const replayGuard = new ReplayGuard(path.join(options.varDir, 'publisher', 'deliveries.json'))
  const server = createPublisherServer({ publisher, secret: options.secret, replayGuard, logger })
  const url = await listen(server)
  return {
    publisher,
    url,
    close: async () => {
      await closeServer(server)
      await publisher.stop()
    },
  }
}

/**
 * Starts the three servers and sets the environment the CMS reads per request (`SITE_URL`,
 * `CMS_PUBLIC_URL` and `CMS_URL` for the snapshot and its files, `PUBLISHER_URL` for webhooks), so later local-API writes
 * reach this publisher with real signed webhooks.
 */
export async function startPipeline(options: PipelineOptions): Promise<Pipeline> {
  const cms = await serveCmsApi(options.config)
  const staticServer = createStaticServer({ releasesDir: path.join(options.varDir, 'releases'), cmsOrigin: cms.url })
  const siteUrl = await listen(staticServer)
  process.env.SITE_URL = siteUrl
  process.env.CMS_PUBLIC_URL = cms.url
  // The snapshot's file URLs: without it they point at port 3000, a developer's own CMS if one runs.
  process.env.CMS_URL = cms.url
  const start = async (overrides: Partial<PipelineOptions>) => {
    const handle = await startPublisher({ ...options, ...overrides, cmsUrl: cms.url })
    process.env.PUBLISHER_URL = handle.url
    return handle
  }
  const pipeline: Pipeline = {
    cmsUrl: cms.url,
    siteUrl,
    publisher: await start({}),
    replacePublisher: async (overrides) => {
      await pipeline.publisher.close()
      pipeline.publisher = await start(overrides)
      return pipeline.publisher
    },
    close: async () => {
      delete process.env.PUBLISHER_URL
      await pipeline.publisher.close()
      await closeServer(staticServer)
      await cms.close()
    },
  }
  return pipeline
}

/**
 * Waits for the first finished build that `match` accepts among those started after `since`
 * (webhooks arrive in the background, so there is no call to await).
 */
export async function waitForBuild(
  publisher: Publisher,
  match: (record: BuildRecord) => boolean,
  options: { since: Date; timeoutMs: number },
): Promise<BuildRecord> {
  const deadline = Date.now() + options.timeoutMs
  for (;;) {
    const builds = await publisher.builds.list(50)
    const done = builds
      .filter((b) => b.finishedAt && Date.parse(b.startedAt) >= options.since.getTime() && match(b))
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    if (done[0]) return done[0]
    if (Date.now() > deadline) {
      throw new Error(`No matching build finished within ${options.timeoutMs} ms; builds: ${JSON.stringify(builds.map((b) => [b.id, b.status, b.trigger]))}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
