import path from 'node:path'
import { intFromEnv, repoRoot, varDir } from '../lib/env'
import { siteBuildCommand } from './build'

/** Everything the publisher reads from the environment, with the documented defaults. */
export interface PublisherConfig {
  secret: string
  host: string
  port: number
  cmsUrl: string
  varDir: string
  siteDir: string
  siteBuildCommand: string
  keepReleases: number
  quietMs: number
  maxWaitMs: number
  snapshotTimeoutMs: number
  siteBuildTimeoutMs: number
  /** Several publishers sharing one lease (leader.ts); absent: one publisher, as always. */
  lease: LeaseConfig | null
}

export interface LeaseConfig {
  url: string
  holder: string | undefined
  ttlMs: number
  pollMs: number
}

export class ConfigError extends Error {}

export const MIN_SECRET_LENGTH = 16

export function requireSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PUBLISHER_WEBHOOK_SECRET
  if (!secret) {
    throw new ConfigError(
      'PUBLISHER_WEBHOOK_SECRET chưa được đặt / is not set. The publisher refuses unsigned traffic, so it needs the ' +
        'same secret as the CMS: add it to <repo>/.env (`pnpm portal` creates one) or the environment.',
    )
  }
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`PUBLISHER_WEBHOOK_SECRET is too short (${secret.length} characters; at least ${MIN_SECRET_LENGTH}).`)
  }
  return secret
}

export function publisherConfig(env: NodeJS.ProcessEnv = process.env): PublisherConfig {
  return {
    secret: requireSecret(env),
    host: env.PUBLISHER_HOST || '127.0.0.1',
    port: intFromEnv('PUBLISHER_PORT', 4100),
    cmsUrl: env.CMS_URL || 'http://127.0.0.1:3000',
    varDir: varDir(),
    siteDir: path.join(repoRoot(), 'site'),
    siteBuildCommand: siteBuildCommand(env),
    keepReleases: intFromEnv('PUBLISHER_KEEP_RELEASES', 5),
    quietMs: intFromEnv('PUBLISHER_QUIET_MS', 1_500),
    maxWaitMs: intFromEnv('PUBLISHER_MAX_WAIT_MS', 10_000),
    ...publisherTimeouts(),
    lease: leaseConfig(env),
  }
}

/** How long a build may take pulling the snapshot and running the site build. */
export function publisherTimeouts(): Pick<PublisherConfig, 'snapshotTimeoutMs' | 'siteBuildTimeoutMs'> {
  return {
    snapshotTimeoutMs: intFromEnv('PUBLISHER_SNAPSHOT_TIMEOUT_MS', 120_000),
    siteBuildTimeoutMs: intFromEnv('PUBLISHER_BUILD_TIMEOUT_MS', 10 * 60_000),
  }
}

export function leaseConfig(env: NodeJS.ProcessEnv = process.env): LeaseConfig | null {
  const url = env.PUBLISHER_LEASE_DATABASE_URL?.trim()
  if (!url) return null
  const ttlMs = intFromEnv('PUBLISHER_LEASE_TTL_MS', 30_000)
  const pollMs = intFromEnv('PUBLISHER_LEASE_POLL_MS', 1_000)
  if (pollMs * 2 > ttlMs) {
    throw new ConfigError(
      `PUBLISHER_LEASE_POLL_MS (${pollMs}) phải nhỏ hơn nửa PUBLISHER_LEASE_TTL_MS (${ttlMs}) / must be at most half of ` +
        'PUBLISHER_LEASE_TTL_MS, or a leader could lose its lease between two renewals.',
    )
  }
  return { url, holder: env.PUBLISHER_ID?.trim() || undefined, ttlMs, pollMs }
}

/** Where the ops CLI finds the publisher. */
export function publisherUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.PUBLISHER_URL || `http://127.0.0.1:${env.PUBLISHER_PORT || 4100}`
}
