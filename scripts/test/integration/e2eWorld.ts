import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { bootPayload } from '../../../cms/test/helpers/payload'
import { launchChromium } from '../../../site/test/chromium'
import { startPipeline, waitForBuild, type Pipeline } from '../../src/bench/pipeline'

// Tests never depend on a developer's .env (same fixed values as the CMS tests).
export const WEBHOOK_SECRET = 'test-webhook-secret-0123456789abcdef'
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
process.env.PUBLISHER_WEBHOOK_SECRET = WEBHOOK_SECRET
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'
process.env.CONG_JOBS_AUTORUN = 'false'

/** A release is a real build of the whole site. */
export const BUILD_TIMEOUT_MS = 180_000

/** The running CMS, pipeline and browser of one test file; read them only inside its tests. */
export interface E2eWorld {
  readonly payload: Payload
  readonly pipeline: Pipeline
  readonly browser: Browser
  readonly varDir: string
}

export interface E2eWorldOptions {
  /** Prefix of the temporary folder that holds the releases and build records. */
  varPrefix: string
  /**
   * Writes what the first release must already show. It runs before the publisher exists (no
   * PUBLISHER_URL yet), so its changes are only recorded, not sent as webhooks.
   */
  seed: (payload: Payload) => Promise<void>
  /** Whether the tests drive the built site in Chromium. */
  browser?: boolean
}

/**
 * Registers the file's beforeAll/afterAll: boots the CMS, seeds it, starts the pipeline and waits
 * for its first successful release (so every test starts from a live site), then tears it all down.
 */
export function useE2eWorld(options: E2eWorldOptions): E2eWorld {
  let payload: Payload | undefined
  let closePayload: (() => Promise<void>) | undefined
  let pipeline: Pipeline | undefined
  let browser: Browser | undefined
  let varDir: string | undefined

  beforeAll(async () => {
    ;({ payload, close: closePayload } = await bootPayload())
    varDir = await mkdtemp(path.join(tmpdir(), options.varPrefix))
    await options.seed(payload)

    const { default: config } = await import('../../../cms/src/payload.config')
    pipeline = await startPipeline({ config, secret: WEBHOOK_SECRET, varDir, quietMs: 200, maxWaitMs: 2_000 })
    const since = new Date()
    pipeline.publisher.publisher.enqueue({
      source: 'startup',
      at: since.toISOString(),
      reason: 'integration test',
    })
    const first = await waitForBuild(pipeline.publisher.publisher, () => true, {
      since,
      timeoutMs: BUILD_TIMEOUT_MS,
    })
    expect(first, JSON.stringify(first)).toMatchObject({ status: 'success' })
    if (options.browser) browser = await launchChromium()
  }, 300_000)

  afterAll(async () => {
    await browser?.close()
    await pipeline?.close()
    await closePayload?.()
    if (varDir) await rm(varDir, { recursive: true, force: true })
  })

  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined)
      throw new Error(`e2e world: ${name} is not running (read it inside a test, after beforeAll)`)
    return value
  }
  return {
    get payload() {
      return ready(payload, 'payload')
    },
    get pipeline() {
      return ready(pipeline, 'pipeline')
    },
    get browser() {
      return ready(browser, options.browser ? 'browser' : 'browser (not asked for)')
    },
    get varDir() {
      return ready(varDir, 'varDir')
    },
  }
}
