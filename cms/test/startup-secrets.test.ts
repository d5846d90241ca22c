import { afterEach, describe, expect, it, vi } from 'vitest'

/**
 * The CMS loads its config before it serves anything (`next start`, the seed, the ops CLI): a
 * missing or weak secret must stop it there with a message saying what to set, never fall back
 * to a built-in value.
 */
const saved = { ...process.env }
afterEach(() => {
  for (const key of ['PAYLOAD_SECRET', 'PUBLISHER_WEBHOOK_SECRET', 'PUBLISHER_URL'] as const) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
})

async function loadConfig(env: Record<string, string | undefined>): Promise<unknown> {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  vi.resetModules()
  return import('../src/payload.config')
}

const GOOD = 'a-long-random-secret-0123456789'

describe('secrets at start', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['too short', 'short-secret'],
  ])('refuses to start with PAYLOAD_SECRET %s', async (_, value) => {
    await expect(loadConfig({ PAYLOAD_SECRET: value })).rejects.toThrow(
      /PAYLOAD_SECRET chưa được đặt hoặc ngắn hơn 16 ký tự \/ is not set \(or shorter than 16 characters\)/,
    )
  })

  it('refuses a webhook secret shorter than 16 characters, publisher or not', async () => {
    await expect(
      loadConfig({ PAYLOAD_SECRET: GOOD, PUBLISHER_WEBHOOK_SECRET: 'abc123', PUBLISHER_URL: undefined }),
    ).rejects.toThrow(/PUBLISHER_WEBHOOK_SECRET quá ngắn \/ is too short \(6 characters; at least 16\)/)
  })

  it('refuses to start with a publisher configured but no webhook secret', async () => {
    await expect(
      loadConfig({
        PAYLOAD_SECRET: GOOD,
        PUBLISHER_WEBHOOK_SECRET: undefined,
        PUBLISHER_URL: 'http://127.0.0.1:4100',
      }),
    ).rejects.toThrow(
      /PUBLISHER_WEBHOOK_SECRET chưa được đặt \/ is not set, but PUBLISHER_URL is \(http:\/\/127\.0\.0\.1:4100\)/,
    )
  })

  it('starts with both secrets set, and the secret it uses is the one given', async () => {
    const config = (await loadConfig({
      PAYLOAD_SECRET: GOOD,
      PUBLISHER_WEBHOOK_SECRET: GOOD,
      PUBLISHER_URL: 'http://127.0.0.1:4100',
    })) as {
      default: Promise<{ secret: string }>
    }
    expect((await config.default).secret).toBe(GOOD)
  })
})
