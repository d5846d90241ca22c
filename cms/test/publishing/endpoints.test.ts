import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import type { Article } from '@cong/shared/payload-types'
import { signedHeaders } from '@cong/shared/webhook'
import type { Snapshot } from '@cong/shared/snapshot'
import { ViewCounter, type ViewStore } from '../../src/publishing/viewCounter'
import { viewCounterFor } from '../../src/publishing/viewStore'
import { bootPayload } from '../helpers/payload'
import { seedWorld, type World } from '../helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World
let published: Article
let draft: Article
const secret = process.env.PUBLISHER_WEBHOOK_SECRET as string

async function call(method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}) {
  const { default: config } = await import('../../src/payload.config')
  return handleEndpoints({ config, request: new Request(`http://localhost:3000/api${path}`, { method, ...init }) })
}

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'ep')
  published = await payload.create({
    collection: 'articles',
    data: { title: 'Bài để đếm lượt xem', sections: [world.section.id], unit: world.unitA.id, workflowStatus: 'published' },
  })
  draft = await payload.create({
    collection: 'articles',
    data: { title: 'Bài nháp không được đếm', sections: [world.section.id], unit: world.unitA.id },
  })
})
afterAll(async () => close())

describe('GET /api/snapshot', () => {
  const PATH = '/api/snapshot'
  let n = 0
  const fresh = (body = PATH, nowSeconds?: number) => signedHeaders(secret, body, `delivery-${++n}`, nowSeconds)

  it.each([
    ['no signature', () => ({}), 'missing-headers'],
    ['a wrong secret', () => signedHeaders('another-secret-0123456789abcdef', PATH, 'x-1'), 'bad-signature'],
    ['another signed path', () => fresh('/api/other'), 'bad-signature'],
    ['a stale timestamp', () => fresh(PATH, Math.floor(Date.now() / 1000) - 301), 'stale-timestamp'],
  ])('refuses a request with %s', async (_, headers, reason) => {
    const res = await call('GET', '/snapshot', { headers: headers() })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ error: 'unauthorized', reason, message: expect.any(String) })
  })

  it('answers a signed request with the snapshot, once per delivery id', async () => {
    const headers = fresh()
    const res = await call('GET', '/snapshot', { headers })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const snapshot = (await res.json()) as Snapshot
    expect(snapshot.version).toBe(1)
    expect(snapshot.articles.map((a) => a.id)).toEqual([String(published.id)])

    const replay = await call('GET', '/snapshot', { headers })
    expect(replay.status).toBe(401)
    expect(await replay.json()).toMatchObject({ reason: 'replayed' })
  })
})

describe('view counter endpoints', () => {
  const hit = (method: 'GET' | 'POST', id: string | number, ip: string) =>
    call(method, `/views/${id}`, { headers: { 'x-forwarded-for': `${ip}, 10.0.0.1` } })
  const stored = async (id: Article['id']) => {
    const doc = await payload.findByID({ collection: 'articles', id, depth: 0 })
    const { docs } = await payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1 })
    return { main: doc.viewCount, latestVersion: docs[0]?.version.viewCount }
  }

  it('serves a no-store 1×1 GIF beacon and counts each reader once per window, in memory until flushed', async () => {
    const beacon = await hit('GET', published.id, '203.0.113.1')
    expect(beacon.status).toBe(200)
    expect(beacon.headers.get('content-type')).toBe('image/gif')
    expect(beacon.headers.get('cache-control')).toBe('no-store')
    expect(Buffer.from(await beacon.arrayBuffer()).subarray(0, 6).toString()).toBe('GIF89a')

    expect(await (await hit('POST', published.id, '203.0.113.2')).json()).toEqual({ views: 2 })
    // The same reader again within ten minutes.
    expect(await (await hit('POST', published.id, '203.0.113.2')).json()).toEqual({ views: 2 })
    expect(await stored(published.id)).toEqual({ main: 0, latestVersion: 0 })

    await viewCounterFor(payload).flush()
    expect(await stored(published.id)).toEqual({ main: 2, latestVersion: 2 })
  })

  it('keeps the count when the article is edited afterwards', async () => {
    await payload.update({ collection: 'articles', id: published.id, data: { sapo: 'Sa-pô mới' } })
    expect((await stored(published.id)).main).toBe(2)
  })

  it.each([
    ['an unpublished article', () => draft.id, 404],
    ['an unknown id', () => 987654, 404],
    ['a malformed id', () => 'abc', 400],
    ['an id with SQL in it', () => '1%20OR%201=1', 400],
  ])('answers JSON for %s without counting', async (_, id, status) => {
    for (const method of ['GET', 'POST'] as const) {
      const res = await hit(method, id(), '198.51.100.7')
      expect(res.status).toBe(status)
      expect(await res.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) })
    }
  })
})

describe('ViewCounter batching', () => {
  function fakeStore(views: Record<string, number>): ViewStore & { writes: [string, number][]; lookups: number } {
    const store = {
      writes: [] as [string, number][],
      lookups: 0,
      lookup: async (id: string) => {
        store.lookups++
        return id in views ? views[id] : null
      },
      increment: async (id: string, count: number) => {
        store.writes.push([id, count])
      },
    }
    return store
  }

  it('turns N hits into one write per article, and skips repeats', async () => {
    const store = fakeStore({ '1': 10, '2': 0 })
    const counter = new ViewCounter(store, { flushIntervalMs: 60_000 })
    for (let i = 0; i < 50; i++) await counter.hit('1', `visitor-${i}`)
    await counter.hit('1', 'visitor-0')
    expect(await counter.hit('2', 'visitor-0')).toEqual({ status: 'counted', views: 1 })
    expect(await counter.hit('3', 'visitor-0')).toEqual({ status: 'unknown' })
    expect(store.writes).toEqual([])
    await counter.stop()
    expect(store.writes).toEqual([
      ['1', 50],
      ['2', 1],
    ])
    expect(store.lookups).toBe(3)
    expect(await counter.hit('1', 'visitor-new')).toEqual({ status: 'counted', views: 61 })
    await counter.stop()
  })

  it('flushes on its own after the interval', async () => {
    const store = fakeStore({ '1': 0 })
    const counter = new ViewCounter(store, { flushIntervalMs: 20 })
    await counter.hit('1', 'a')
    await counter.hit('1', 'b')
    await vi.waitFor(() => expect(store.writes).toEqual([['1', 2]]))
    await counter.stop()
  })

  it('keeps counts whose write failed for the next flush', async () => {
    const store = fakeStore({ '1': 0 })
    let failures = 1
    const increment = store.increment
    store.increment = async (id, count) => {
      if (failures-- > 0) throw new Error('database is locked')
      await increment(id, count)
    }
    const errors: unknown[] = []
    const counter = new ViewCounter(store, { flushIntervalMs: 60_000, onError: (e) => errors.push(e) })
    await counter.hit('1', 'a')
    await counter.flush()
    expect(store.writes).toEqual([])
    await counter.hit('1', 'b')
    await counter.stop()
    expect(store.writes).toEqual([['1', 2]])
    expect(errors).toHaveLength(1)
  })
})
