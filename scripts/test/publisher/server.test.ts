import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { signedHeaders } from '@cong/shared/webhook'
import { silentLogger } from '../../src/lib/log'
import { signedFetch } from '../../src/lib/signed-fetch'
import type { Publisher } from '../../src/publisher/publisher'
import { ReplayGuard } from '../../src/publisher/replay-guard'
import { createPublisherServer } from '../../src/publisher/server'
import { close, listen, postSignedWebhook, SECRET, startPublisherServer, type PublisherServer } from './helpers'

const event = { event: 'publish', collection: 'articles', id: '42', slug: 'bai-42', at: new Date().toISOString() }

describe('publisher HTTP API', () => {
  let api: PublisherServer
  let dir: string
  let publisher: Publisher
  let base: string

  beforeEach(async () => {
    api = await startPublisherServer()
    ;({ dir, publisher, base } = api)
  })
  afterEach(() => api.close())

  const post = (path: string, body: string, headers: Record<string, string>) =>
    fetch(base + path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })
  const webhook = (body: unknown, headers?: Record<string, string>) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body)
    return headers ? post('/webhook', text, headers) : postSignedWebhook(base, text)
  }

  it('accepts a signed webhook and builds from it', async () => {
    const res = await webhook(event)
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ accepted: true, queued: 1 })
    await publisher.idle()
    const [build] = await publisher.builds.list(1)
    expect(build).toMatchObject({ status: 'success', trigger: 'webhook', events: [{ source: 'webhook', event: 'publish', collection: 'articles', docId: '42', slug: 'bai-42' }] })
  })

  it.each([
    ['a bad signature', () => signedHeaders('another-secret-0123456789', JSON.stringify(event), randomUUID()), 'bad-signature'],
    ['a stale timestamp', () => signedHeaders(SECRET, JSON.stringify(event), randomUUID(), Math.floor(Date.now() / 1000) - 301), 'stale-timestamp'],
    ['a timestamp from the future', () => signedHeaders(SECRET, JSON.stringify(event), randomUUID(), Math.floor(Date.now() / 1000) + 301), 'stale-timestamp'],
    ['no signature headers', () => ({}), 'missing-headers'],
    [
      'no delivery id',
      () => {
        const { 'x-cong-delivery': _omit, ...rest } = signedHeaders(SECRET, JSON.stringify(event), 'x')
        return rest
      },
      'missing-headers',
    ],
  ])('refuses %s with 401', async (_name, headers, code) => {
    const res = await webhook(event, headers())
    expect(res.status).toBe(401)
    const body = await res.json()
    expect(body.error).toBe(code)
    expect(body.message).toMatch(/ \/ /) // Vietnamese / English
    expect((await publisher.status()).queue.pending).toBe(0)
  })

  it('refuses a replayed delivery with 409', async () => {
    const text = JSON.stringify(event)
    const headers = signedHeaders(SECRET, text, 'delivery-1')
    expect((await webhook(text, headers)).status).toBe(202)
    const replay = await webhook(text, headers)
    expect(replay.status).toBe(409)
    expect((await replay.json()).error).toBe('replayed')
  })

  it('refuses a replay even after a publisher restart', async () => {
    const file = `${dir}/publisher/deliveries.json`
    const text = JSON.stringify(event)
    const headers = signedHeaders(SECRET, text, 'delivery-2')
    const first = createPublisherServer({ publisher, secret: SECRET, replayGuard: new ReplayGuard(file), logger: silentLogger })
    const firstUrl = await listen(first)
    expect((await fetch(firstUrl + '/webhook', { method: 'POST', body: text, headers })).status).toBe(202)
    await close(first)
    const second = createPublisherServer({ publisher, secret: SECRET, replayGuard: new ReplayGuard(file), logger: silentLogger })
    const secondUrl = await listen(second)
    expect((await fetch(secondUrl + '/webhook', { method: 'POST', body: text, headers })).status).toBe(409)
    await close(second)
  })

  it.each([
    ['not JSON', '{nope', 'invalid-json'],
    ['an unknown event', JSON.stringify({ ...event, event: 'explode' }), 'invalid-body'],
    ['a missing collection', JSON.stringify({ event: 'publish', at: event.at }), 'invalid-body'],
    ['a bad date', JSON.stringify({ ...event, at: 'hôm qua' }), 'invalid-body'],
    ['unknown fields', JSON.stringify({ ...event, extra: 1 }), 'invalid-body'],
  ])('refuses %s with 400, without spending the delivery id', async (_name, text, code) => {
    const headers = signedHeaders(SECRET, text, 'delivery-3')
    const res = await webhook(text, headers)
    expect(res.status).toBe(400)
    expect((await res.json()).error).toBe(code)
    const fixed = JSON.stringify(event)
    expect((await webhook(fixed, signedHeaders(SECRET, fixed, 'delivery-3'))).status).toBe(202)
  })

  it('refuses bodies over 64 KB with 413', async () => {
    const text = JSON.stringify({ ...event, slug: 'x'.repeat(70 * 1024) })
    const res = await webhook(text)
    expect(res.status).toBe(413)
    expect((await res.json()).error).toBe('too-large')
  })

  it('answers /health without a signature and everything else only with one', async () => {
    expect(await (await fetch(base + '/health')).json()).toEqual({ ok: true, live: null, building: false })
    for (const path of ['/status', '/releases', '/builds']) {
      expect((await fetch(base + path)).status).toBe(401)
      expect((await signedFetch(base + path, { secret: SECRET })).status).toBe(200)
    }
    expect((await fetch(base + '/nope')).status).toBe(404)
    expect((await fetch(base + '/webhook')).status).toBe(405)
  })

  it('signs GETs over the path, so a signature for one path does not open another', async () => {
    const headers = signedHeaders(SECRET, '/releases', randomUUID())
    expect((await fetch(base + '/status', { headers })).status).toBe(401)
  })

  it('rebuilds, reports status and builds, serves logs and rolls back through the ops API', async () => {
    const ops = (path: string, body?: unknown) => signedFetch(base + path, { secret: SECRET, method: body ? 'POST' : 'GET', body })
    expect((await ops('/rebuild', { reason: 'test' })).status).toBe(202)
    await publisher.idle()
    expect((await ops('/rebuild', { force: true })).status).toBe(202)
    await publisher.idle()

    const status = await (await ops('/status')).json()
    expect(status.running).toBeNull()
    expect(status.queue.pending).toBe(0)
    expect(status.lastBuilds).toHaveLength(2)
    expect(status.lastBuilds[0]).toMatchObject({ status: 'success', trigger: 'ops', force: true })
    const [newest, older] = status.lastBuilds.map((b: { id: string }) => b.id)
    expect(status.live.id).toBe(newest)
    expect(status.rollbackTarget).toBe(older)

    const { releases } = await (await ops('/releases')).json()
    expect(releases.map((r: { id: string; live: boolean }) => [r.id, r.live])).toEqual([
      [newest, true],
      [older, false],
    ])
    const log = await ops(`/builds/${newest}/log`)
    expect(log.headers.get('content-type')).toMatch(/text\/plain/)
    expect(await log.text()).toContain('fake build')
    expect((await ops('/builds/20990101-000000-000-00/log')).status).toBe(404)
    expect((await ops('/builds/..%2F..%2Fetc%2Fpasswd/log')).status).toBe(404)

    const rollback = await ops('/rollback', { reason: 'test' })
    expect(rollback.status).toBe(200)
    expect(await rollback.json()).toMatchObject({ from: newest, to: older })
    expect(await publisher.releases.live()).toBe(older)
    const refused = await ops('/rollback', {})
    expect(refused.status).toBe(409)
    expect((await refused.json()).error).toBe('rollback-refused')
  })
})
