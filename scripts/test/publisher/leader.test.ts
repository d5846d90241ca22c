import { createRequire } from 'node:module'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { signedHeaders } from '@cong/shared/webhook'
import { repoRoot } from '../../src/lib/env'
import { silentLogger } from '../../src/lib/log'
import type { BuildEvent } from '../../src/publisher/build-records'
import { decideLease, LeaderCoordinator, releasedLease, takeLease, type Lease, type LeaseStore } from '../../src/publisher/leader'
import { leaseStoreFor, LeaseUrlError } from '../../src/publisher/leader-stores'
import type { Publisher } from '../../src/publisher/publisher'
import { ReplayGuard } from '../../src/publisher/replay-guard'
import { createPublisherServer } from '../../src/publisher/server'
import { close, fakeBuildCommand, listen, makePublisher, makeSnapshot, SECRET, startFakeCms, tempDir } from './helpers'

describe('decideLease (pure)', () => {
  const ttl = 1_000
  const now = 10_000
  const mine = (expiresAt: number, term = 3): Lease => ({ holder: 'a', term, expiresAt })
  const theirs = (expiresAt: number, term = 3): Lease => ({ holder: 'b', term, expiresAt })

  it.each([
    ['nobody ever held it', null, { kind: 'acquire', next: { holder: 'a', term: 1, expiresAt: 11_000 } }],
    ['we hold it: renewal keeps the term', mine(10_500), { kind: 'renew', next: { holder: 'a', term: 3, expiresAt: 11_000 } }],
    ['another holds it, not expired', theirs(10_001), { kind: 'wait', holder: 'b', expiresAt: 10_001 }],
    ['another held it, expired exactly now', theirs(10_000), { kind: 'acquire', next: { holder: 'a', term: 4, expiresAt: 11_000 } }],
    ['another held it, long expired', theirs(1), { kind: 'acquire', next: { holder: 'a', term: 4, expiresAt: 11_000 } }],
    ['another released it', theirs(0), { kind: 'acquire', next: { holder: 'a', term: 4, expiresAt: 11_000 } }],
    ['ours lapsed: taken again with a new term', mine(9_999), { kind: 'acquire', next: { holder: 'a', term: 4, expiresAt: 11_000 } }],
  ] as const)('%s', (_name, current, expected) => {
    expect(decideLease(current, 'a', now, ttl)).toEqual(expected)
  })

  it('refuses a nameless holder and a non-positive lease time', () => {
    expect(() => decideLease(null, '', now, ttl)).toThrow(/name/)
    expect(() => decideLease(null, 'a', now, 0)).toThrow(/positive/)
  })

  it.each([
    ['ours, live: expires at 0, same term', mine(10_500), { holder: 'a', term: 3, expiresAt: 0 }],
    ['ours, lapsed: still ours to release', mine(5), { holder: 'a', term: 3, expiresAt: 0 }],
    ['not ours', theirs(10_500), null],
    ['already released', mine(0), null],
    ['no lease', null, null],
  ] as const)('releasedLease: %s', (_name, current, expected) => {
    expect(releasedLease(current, 'a')).toEqual(expected)
  })
})

describe('leaseStoreFor', () => {
  it('names the accepted forms for anything else', () => {
    expect(() => leaseStoreFor('mysql://x')).toThrow(LeaseUrlError)
    expect(() => leaseStoreFor('mysql://x')).toThrow(/postgres:\/\/.*mongodb:\/\/.*file:/)
  })
})

// ---------------------------------------------------------------------------------------------
// Two publishers on one database

const PG_BASE = process.env.TEST_DATABASE_URL?.startsWith('postgres') ? process.env.TEST_DATABASE_URL : 'postgres://postgres@127.0.0.1:5432/test'

interface PgClient {
  connect(): Promise<void>
  query(sql: string): Promise<unknown>
  end(): Promise<void>
}
const pgModule = () => createRequire(path.join(repoRoot(), 'cms', 'package.json'))('pg') as { Client: new (c: object) => PgClient }

async function postgresReachable(): Promise<string | null> {
  const client = new (pgModule().Client)({ connectionString: PG_BASE, connectionTimeoutMillis: 3_000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return null
  } catch (error) {
    return String((error as Error).message ?? error)
  } finally {
    await client.end().catch(() => undefined)
  }
}

const pgUnreachable = await postgresReachable()

/** A store that can be made to fail like a crashed or cut-off machine. */
function crashable(store: LeaseStore): LeaseStore & { crash(): void; recover(): void } {
  let crashed = false
  const guard = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    if (crashed) throw new Error('machine unreachable')
    return fn(...args)
  }
  return {
    kind: store.kind,
    init: guard(() => store.init()),
    now: guard(() => store.now()),
    read: guard((name: string) => store.read(name)),
    compareAndSet: guard((name: string, expected: Lease | null, next: Lease) => store.compareAndSet(name, expected, next)),
    push: guard((event: BuildEvent) => store.push(event)),
    list: guard(() => store.list()),
    remove: guard((ids: string[]) => store.remove(ids)),
    close: () => store.close(),
    crash: () => {
      crashed = true
    },
    recover: () => {
      crashed = false
    },
  }
}

interface Node {
  name: string
  publisher: Publisher
  coordinator: LeaderCoordinator
  store: ReturnType<typeof crashable>
}

const TTL = 1_500
const POLL = 100

const backends: { name: string; skip: string | null; url: () => Promise<{ url: string; drop: () => Promise<void> }> }[] = [
  {
    name: 'SQLite',
    skip: null,
    url: async () => {
      const tmp = await tempDir()
      return { url: `file:${path.join(tmp.dir, 'publisher-lease.db')}`, drop: tmp.cleanup }
    },
  },
  {
    name: 'PostgreSQL',
    skip: pgUnreachable
      ? `${PG_BASE.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@')} is unreachable (${pgUnreachable}); set TEST_DATABASE_URL to run them`
      : null,
    url: async () => {
      // The same name shape as cms/test/helpers/test-database.ts, so its sweep removes leftovers.
      const name = `cong_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
      const admin = new (pgModule().Client)({ connectionString: PG_BASE })
      await admin.connect()
      await admin.query(`CREATE DATABASE "${name}"`)
      await admin.end()
      const url = new URL(PG_BASE)
      url.pathname = `/${name}`
      return {
        url: url.toString(),
        drop: async () => {
          const c = new (pgModule().Client)({ connectionString: PG_BASE })
          await c.connect()
          await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
          await c.end()
        },
      }
    },
  },
  {
    name: 'MongoDB',
    // No MongoDB server can be installed on the development machine; CI's MongoDB leg sets MONGODB_URL.
    skip: process.env.MONGODB_URL ? null : 'MONGODB_URL is not set',
    url: async () => {
      const url = new URL(process.env.MONGODB_URL as string)
      url.pathname = `/cong_test_lease_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
      return {
        url: url.toString(),
        drop: async () => {
          const fromAdapter = createRequire(createRequire(path.join(repoRoot(), 'cms', 'package.json')).resolve('@payloadcms/db-mongodb'))
          const { MongoClient } = createRequire(fromAdapter.resolve('mongoose'))('mongodb') as {
            MongoClient: new (u: string) => { connect(): Promise<unknown>; db(): { dropDatabase(): Promise<unknown> }; close(): Promise<void> }
          }
          const client = new MongoClient(url.toString())
          await client.connect()
          await client.db().dropDatabase()
          await client.close()
        },
      }
    },
  },
]

for (const backend of backends) {
  if (backend.skip) console.warn(`leader.test: ${backend.name} cases skipped: ${backend.skip}`)
  describe.skipIf(backend.skip !== null)(`two publishers on one ${backend.name} database`, () => {
    let cms: Awaited<ReturnType<typeof startFakeCms>>
    let db: { url: string; drop: () => Promise<void> }
    const cleanups: (() => Promise<void>)[] = []
    const nodes: Node[] = []

    beforeAll(async () => {
      cms = await startFakeCms(makeSnapshot())
      db = await backend.url()
    })
    afterEach(async () => {
      for (const node of nodes.splice(0)) {
        await node.coordinator.stop().catch(() => undefined)
        await node.publisher.stop()
      }
      // A fresh lease and queue for the next case.
      const store = leaseStoreFor(db.url)
      await store.init()
      await store.remove((await store.list()).map((q) => q.id))
      const lease = await store.read('publisher')
      if (lease) await store.compareAndSet('publisher', lease, { ...lease, holder: 'nobody', expiresAt: 0 })
      await store.close()
      for (const cleanup of cleanups.splice(0)) await cleanup()
    })
    afterAll(async () => {
      await cms?.close()
      await db?.drop()
    })

    async function startNode(name: string, mode: Parameters<typeof fakeBuildCommand>[0] = 'ok'): Promise<Node> {
      const tmp = await tempDir()
      cleanups.push(tmp.cleanup)
      const store = crashable(leaseStoreFor(db.url))
      const coordinator = new LeaderCoordinator({ store, holder: name, ttlMs: TTL, pollMs: POLL, logger: silentLogger })
      // Each publisher has its own var folder, as on its own machine.
      const publisher = makePublisher({
        varDir: tmp.dir,
        cmsUrl: cms.url,
        siteBuildCommand: fakeBuildCommand(mode),
        intake: coordinator.intake,
        afterBatch: coordinator.afterBatch,
        leaderState: () => coordinator.state(),
      })
      await publisher.init()
      await coordinator.start(publisher)
      const node = { name, publisher, coordinator, store }
      nodes.push(node)
      return node
    }

    const webhook = (deliveryId: string): BuildEvent => ({ source: 'webhook', at: new Date().toISOString(), event: 'publish', collection: 'articles', slug: 'bai-1', deliveryId })
    const deliveriesBuilt = async (node: Node) =>
      (await node.publisher.builds.list(50)).filter((b) => b.status === 'success').flatMap((b) => b.events.map((e) => e.deliveryId))
    const queued = async () => {
      const store = leaseStoreFor(db.url)
      await store.init()
      try {
        return (await store.list()).map((q) => q.event.deliveryId)
      } finally {
        await store.close()
      }
    }

    it('one leader builds what either publisher receives; the follower builds nothing', async () => {
      const a = await startNode('a')
      const b = await startNode('b')
      expect(a.coordinator.isLeader).toBe(true)
      expect(b.coordinator.isLeader).toBe(false)
      expect(b.coordinator.state().currentLeader).toBe('a')

      await b.publisher.enqueue(webhook('via-follower'))
      await a.publisher.enqueue(webhook('via-leader'))
      await vi.waitFor(async () => expect((await deliveriesBuilt(a)).sort()).toEqual(['via-follower', 'via-leader']), { timeout: 20_000, interval: 50 })
      await vi.waitFor(async () => expect(await queued()).toEqual([]), { timeout: 5_000, interval: 50 })
      expect(await b.publisher.builds.list(50)).toEqual([])
      expect(b.publisher.pendingEvents).toBe(0)
      expect((await b.publisher.status()).leader).toMatchObject({ leader: false, currentLeader: 'a', queued: null })
      await vi.waitFor(() => expect(a.coordinator.state()).toMatchObject({ leader: true, currentLeader: 'a', queued: 0 }), { timeout: 5_000, interval: 50 })
    })

    it('a leader stopped mid-build releases the lease; the other takes over and builds that request', async () => {
      const a = await startNode('a', 'hang')
      const b = await startNode('b')
      expect(a.coordinator.isLeader).toBe(true)

      await b.publisher.enqueue(webhook('interrupted'))
      await vi.waitFor(() => expect(a.publisher.isBuilding).toBe(true), { timeout: 10_000, interval: 20 })
      await a.coordinator.stop()
      await a.publisher.stop()
      nodes.splice(nodes.indexOf(a), 1)

      await vi.waitFor(() => expect(b.coordinator.isLeader).toBe(true), { timeout: 10_000, interval: 20 })
      await vi.waitFor(async () => expect(await deliveriesBuilt(b)).toEqual(['interrupted']), { timeout: 20_000, interval: 50 })
      expect(await deliveriesBuilt(a)).toEqual([])
      expect((await a.publisher.builds.list(5))[0]?.status).toBe('failed')
      await vi.waitFor(async () => expect(await queued()).toEqual([]), { timeout: 5_000, interval: 50 })
    })

    it('a crashed leader (no release) is replaced once its lease expires; requests queued meanwhile are built', async () => {
      const a = await startNode('a')
      const b = await startNode('b')
      expect(a.coordinator.isLeader).toBe(true)
      const { lease: before } = await takeLease(b.store, 'observer-never-wins', TTL)
      expect(before?.holder).toBe('a')

      a.store.crash()
      await b.publisher.enqueue(webhook('while-leaderless'))
      await vi.waitFor(() => expect(b.coordinator.isLeader).toBe(true), { timeout: 10_000, interval: 20 })
      expect(b.coordinator.state().term).toBe((before?.term ?? 0) + 1)
      await vi.waitFor(async () => expect(await deliveriesBuilt(b)).toEqual(['while-leaderless']), { timeout: 20_000, interval: 50 })
      expect(await a.publisher.builds.list(5)).toEqual([])
      // The crashed one, cut off, stopped counting itself the leader at its first failed renewal.
      expect(a.coordinator.isLeader).toBe(false)
    })

    it('a follower whose queue write fails refuses the request instead of dropping it', async () => {
      await startNode('a')
      const b = await startNode('b')
      b.store.crash()
      await expect(b.publisher.enqueue(webhook('refused'))).rejects.toThrow(/unreachable/)
    })

    it('a webhook the follower cannot queue answers 503; the CMS retry with the same delivery id is accepted and built', async () => {
      const a = await startNode('a')
      const b = await startNode('b')
      const server = createPublisherServer({ publisher: b.publisher, secret: SECRET, replayGuard: new ReplayGuard(null), logger: silentLogger })
      const base = await listen(server)
      cleanups.push(() => close(server))
      const body = JSON.stringify({ event: 'publish', collection: 'articles', id: '42', slug: 'bai-42', at: new Date().toISOString() })
      const send = () => fetch(`${base}/webhook`, { method: 'POST', body, headers: signedHeaders(SECRET, body, 'cms-delivery-1') })

      b.store.crash()
      const refused = await send()
      expect(refused.status).toBe(503)
      expect(await refused.json()).toMatchObject({ error: 'queue-unavailable', message: expect.stringMatching(/thử lại.*retry/) })

      b.store.recover()
      expect((await send()).status).toBe(202)
      await vi.waitFor(async () => expect(await deliveriesBuilt(a)).toEqual(['cms-delivery-1']), { timeout: 20_000, interval: 50 })
      // A true replay of an accepted delivery is still refused.
      expect((await send()).status).toBe(409)
    })

    it('two publishers racing for a free lease: exactly one wins', async () => {
      const stores = [leaseStoreFor(db.url), leaseStoreFor(db.url), leaseStoreFor(db.url)]
      await Promise.all(stores.map((s) => s.init()))
      try {
        const outcomes = await Promise.all(stores.map((s, i) => takeLease(s, `racer-${i}`, 60_000)))
        expect(outcomes.filter((o) => o.held)).toHaveLength(1)
        const winner = outcomes.find((o) => o.held)?.lease?.holder
        for (const o of outcomes.filter((x) => !x.held)) expect(o.holder).toBe(winner)
      } finally {
        await Promise.all(stores.map((s) => s.close()))
      }
    })
  })
}
