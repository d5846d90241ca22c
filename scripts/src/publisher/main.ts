/**
 * `tsx src/publisher/main.ts`: the publisher service. Refuses to start without
 * PUBLISHER_WEBHOOK_SECRET or when another publisher already uses the same var folder; builds
 * the first release itself when none is live.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { loadEnvFile } from '../lib/env'
import { createLogger } from '../lib/log'
import { ConfigError, publisherConfig, type LeaseConfig } from './config'
import { scheduleDailyRebuild } from './daily'
import { LeaderCoordinator } from './leader'
import { leaseStoreFor } from './leader-stores'
import { Publisher } from './publisher'
import { ReplayGuard } from './replay-guard'
import { createPublisherServer } from './server'

const logger = createLogger('publisher')

async function main(): Promise<void> {
  loadEnvFile()
  const config = publisherConfig()
  await mkdir(path.join(config.varDir, 'publisher'), { recursive: true })
  const lockFile = path.join(config.varDir, 'publisher', 'publisher.pid')
  takeLock(lockFile)

  // Several publishers (PUBLISHER_LEASE_DATABASE_URL): requests go to the shared queue and only
  // the lease holder builds. Without it, one publisher and its own queue, as always.
  const coordinator = config.lease ? leaderCoordinator(config.lease) : null
  const publisher = new Publisher({
    ...config,
    logger,
    ...(coordinator ? { intake: coordinator.intake, afterBatch: coordinator.afterBatch, leaderState: () => coordinator.state() } : {}),
  })
  await publisher.init()
  const firstBuildIfNoneLive = async () => {
    if (await publisher.releases.live()) return
    logger.info('no live release yet: starting the first build')
    publisher.enqueueLocal({ source: 'startup', at: new Date().toISOString(), reason: 'no live release at start' })
  }
  if (coordinator) {
    await coordinator.start(publisher, firstBuildIfNoneLive).catch((error: unknown) => {
      throw new ConfigError(
        `Không kết nối được cơ sở dữ liệu của lease / Cannot use PUBLISHER_LEASE_DATABASE_URL ` +
          `(${redact(config.lease?.url ?? '')}): ${String((error as Error)?.message ?? error)}`,
      )
    })
  }
  const replayGuard = new ReplayGuard(path.join(config.varDir, 'publisher', 'deliveries.json'))
  const server = createPublisherServer({ publisher, secret: config.secret, replayGuard, logger })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(config.port, config.host, resolve)
  })
  const live = await publisher.releases.live()
  logger.info('listening', {
    url: `http://${config.host}:${config.port}`,
    cms: config.cmsUrl,
    var: config.varDir,
    live: live ?? 'none',
    siteBuild: config.siteBuildCommand,
  })
  if (coordinator) logger.info('sharing the work through a lease', { holder: coordinator.holder, leader: coordinator.isLeader, lease: redact(config.lease?.url ?? '') })
  else await firstBuildIfNoneLive()

  const stopDaily =
    process.env.PUBLISHER_DAILY_REBUILD === 'off'
      ? () => undefined
      : scheduleDailyRebuild(() =>
          // Every publisher queues it; the leader's quiet window folds them into one build.
          void Promise.resolve(
            publisher.enqueue({ source: 'schedule', at: new Date().toISOString(), reason: 'daily: validity statuses and comment periods change with the date' }),
          ).catch((error: unknown) => logger.error('could not queue the daily rebuild', { error: String(error) })),
        )

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info('stopping', { signal })
    setTimeout(() => process.exit(1), 10_000).unref()
    server.close()
    stopDaily()
    // The lease goes first, so another publisher takes over while this one winds down; the
    // batch it stops stays in the shared queue for the next leader.
    void (coordinator ? coordinator.stop().catch((error: unknown) => logger.warn('lease release failed', { error: String(error) })) : Promise.resolve())
      .then(() => publisher.stop())
      .finally(() => {
        rmSync(lockFile, { force: true })
        process.exit(0)
      })
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@')

function leaderCoordinator(lease: LeaseConfig): LeaderCoordinator {
  try {
    return new LeaderCoordinator({ store: leaseStoreFor(lease.url), holder: lease.holder, ttlMs: lease.ttlMs, pollMs: lease.pollMs, logger })
  } catch (error) {
    throw new ConfigError(String((error as Error).message))
  }
}

/** One publisher per var folder: two would build into and switch the same releases. */
function takeLock(file: string): void {
  try {
    const pid = Number(readFileSync(file, 'utf8'))
    if (pid && pid !== process.pid && isPublisher(pid)) {
      throw new ConfigError(`Another publisher (pid ${pid}) already uses ${path.dirname(path.dirname(file))}; stop it first.`)
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error
  }
  writeFileSync(file, String(process.pid))
}

function isPublisher(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('publisher/main')
  } catch {
    return false
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) logger.error(error.message)
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') logger.error(`port already in use: ${String((error as Error).message)} (set PUBLISHER_PORT)`)
  else logger.error('failed to start', { error: String((error as Error)?.stack ?? error) })
  process.exit(1)
})
