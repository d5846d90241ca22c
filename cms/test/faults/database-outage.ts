import { readdirSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import type { Article, Draft } from '@cong/shared/payload-types'
import { vietnamDate } from '@cong/shared/vnDate'
import { DATABASE_RETRY_SECONDS } from '../../src/endpoints/publicRequest'
import { viewCounterFor } from '../../src/publishing/viewStore'
import { minimalPdf } from '../helpers/documents'
import { apiRequest, publishedArticle, publishedDraft } from '../helpers/endpoints'
import { seedWorld, type World } from '../helpers/world'

/**
 * The database outage scenarios both SQL databases go through (database-postgres.test.ts,
 * database-sqlite.test.ts): each file boots Payload on its own database, says how to take the
 * database away and give it back, and these tests call the public endpoints the way the site's
 * forms do (`handleEndpoints`, the same code path as the HTTP route).
 */
export interface Outage {
  /** Makes the database unreachable for the CMS; resolves once it is. */
  cut(): Promise<void>
  /** Gives it back. */
  restore(): Promise<void>
}

/** The site the forms are on: the CORS answer must name it, also in a 503. */
export const SITE_ORIGIN = 'https://cong.example.gov.vn'

let lastIp = 0
const freshIp = () => `203.0.113.${++lastIp % 250}`

export async function callEndpoint(
  method: string,
  apiPath: string,
  init: { headers?: Record<string, string>; body?: BodyInit } = {},
) {
  return apiRequest(apiPath, {
    method,
    ...init,
    // One address per request: the view counter counts a reader once, the forms limit per address.
    headers: { 'x-forwarded-for': freshIp(), ...init.headers },
  })
}

const CASE_FIELDS = {
  senderKind: 'person',
  type: 'question',
  name: 'Lê Thị Mai',
  email: 'le.thi.mai@example.vn',
  phone: '0987 654 321',
  address: 'Số 3 phố Tràng Tiền, Hà Nội',
  field: 'viec-lam',
  content: 'Tôi làm việc theo hợp đồng mùa vụ, xin hỏi tôi có phải đóng bảo hiểm xã hội bắt buộc không?',
  consent: 'on',
  homepage: '',
}

/** A case as the question form sends it, with one PDF attached (so a file is written to disk). */
export function submitCase(title: string) {
  const form = new FormData()
  for (const [key, value] of Object.entries({ ...CASE_FIELDS, title })) form.append(key, value)
  form.append('attachments', new Blob([minimalPdf()], { type: 'application/pdf' }), 'don-hoi.pdf')
  return callEndpoint('POST', '/cases/submit', { body: form })
}

export const submitComment = (draftId: string | number, text: string) =>
  callEndpoint('POST', `/drafts/${draftId}/comments`, {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Phạm Văn Bình', email: 'binh.pham@example.vn', text, homepage: '' }),
  })

export const lookupCase = (code: string, contact: string) =>
  callEndpoint('POST', '/cases/lookup', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, contact }),
  })

export const countView = (articleId: string | number) => callEndpoint('POST', `/views/${articleId}`)

/** What every public endpoint must answer while the database is away. */
export async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503)
  expect(response.headers.get('retry-after')).toBe(String(DATABASE_RETRY_SECONDS))
  expect(response.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN)
  expect(response.headers.get('access-control-expose-headers')).toMatch(/Retry-After/i)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const body = (await response.json()) as { error: string; message: string }
  expect(body.error).toBe('database-unavailable')
  // Vietnamese first, then English, as every other public answer.
  expect(body.message).toMatch(/^Hệ thống tạm thời .+ \/ The portal cannot reach its data .+ try again/)
}

/** The files stored for case attachments (the upload folder of `case-files`). */
export function caseFilesOnDisk(payload: Payload): string[] {
  const dir = payload.collections['case-files'].config.upload.staticDir
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}

/** A fresh libsql connection to the SQLite file (a client of its own, as a second process would have). */
export function sqliteClient(file: string): { execute(sql: string): Promise<unknown>; close(): void } {
  const adapterEntry = realpathSync(
    path.resolve(import.meta.dirname, '../../node_modules/@payloadcms/db-sqlite/package.json'),
  )
  const { createClient } = createRequire(adapterEntry)('@libsql/client') as {
    createClient: (config: { url: string }) => { execute(sql: string): Promise<unknown>; close(): void }
  }
  return createClient({ url: `file:${file}` })
}

/**
 * A TCP proxy in front of the database that can be cut: cutting destroys every open connection
 * and refuses new ones (what a crashed or unplugged database server looks like to the CMS).
 */
export async function startCuttableProxy(target: { host: string; port: number }) {
  const sockets = new Set<net.Socket>()
  let down = false
  const server = net.createServer((client) => {
    if (down) return client.destroy()
    const upstream = net.connect(target.port, target.host)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => undefined)
    }
    client.pipe(upstream).pipe(client)
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    port,
    cut: async () => {
      down = true
      for (const socket of sockets) socket.destroy()
    },
    restore: async () => {
      down = false
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

/** Whether a TCP server answers at host:port (PostgreSQL tests skip without one). */
export function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, host)
    socket.setTimeout(2_000)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

const day = (offsetDays: number) => vietnamDate(new Date(Date.now() + offsetDays * 86_400_000))

/**
 * The outage scenarios. `boot` starts Payload on a database `outage` can take away; `close`
 * releases everything (also when a test failed).
 */
export function describeDatabaseOutage(
  name: string,
  setup: {
    boot(): Promise<{ payload: Payload; outage: Outage; close(): Promise<void> }>
    /** Why the scenarios cannot run here (e.g. no PostgreSQL server), or null. */
    skipReason?: () => Promise<string | null>
    /** Scenarios known to fail on this database, with why: run as `it.fails` until fixed. */
    knownIssues?: { viewFlushAfterRecovery?: string }
  },
) {
  describe(name, () => {
    let payload: Payload
    let outage: Outage
    let close: (() => Promise<void>) | undefined
    let world: World
    let draft: Draft
    let skip: string | null = null
    const articles: Article[] = []
    let known: { code: string; contact: string }

    beforeAll(async () => {
      skip = (await setup.skipReason?.()) ?? null
      if (skip) return
      process.env.SITE_URL = SITE_ORIGIN
      process.env.CMS_TRUST_PROXY = '1'
      ;({ payload, outage, close } = await setup.boot())
      world = await seedWorld(payload, 'outage')
      draft = await publishedDraft(payload, world, {
        title: 'Dự thảo Nghị định về bảo hiểm thất nghiệp',
        type: 'thong-tu',
        opensOn: day(-10),
        closesOn: day(30),
      })
      for (const title of ['Bài đếm trong lúc gián đoạn', 'Bài chưa ai đọc', 'Bài đọc sau khi khôi phục']) {
        articles.push(await publishedArticle(payload, world, title))
      }
      const sent = await submitCase('Câu hỏi gửi trước khi gián đoạn')
      expect(sent.status).toBe(201)
      known = {
        code: ((await sent.json()) as { trackingCode: string }).trackingCode,
        contact: CASE_FIELDS.email,
      }
    })
    afterAll(async () => {
      await outage?.restore()
      await close?.()
    })

    /** Everything the endpoints could have stored, to compare before and after an outage. */
    async function stored() {
      const count = async (collection: 'cases' | 'case-files' | 'draft-comments') =>
        (await payload.count({ collection, overrideAccess: true })).totalDocs
      return {
        cases: await count('cases'),
        caseFiles: await count('case-files'),
        comments: await count('draft-comments'),
        files: caseFilesOnDisk(payload),
      }
    }

    it('answers 503 with a retry hint on every public endpoint, keeps nothing, and serves again once the database is back', async (ctx) => {
      if (skip) return ctx.skip(skip)
      const before = await stored()
      await outage.cut()
      try {
        await expectUnavailable(await submitCase('Câu hỏi gửi trong lúc gián đoạn'))
        await expectUnavailable(
          await submitComment(draft.id, 'Góp ý gửi trong lúc gián đoạn: cần làm rõ Điều 5.'),
        )
        await expectUnavailable(await lookupCase(known.code, known.contact))
        // An article nobody has read yet: the counter must ask the database whether it exists.
        await expectUnavailable(await countView(articles[1].id))
      } finally {
        await outage.restore()
      }

      // The same process, no restart: the database is used again on the next request.
      const sent = await submitCase('Câu hỏi gửi sau khi khôi phục')
      expect(sent.status).toBe(201)
      expect((await submitComment(draft.id, 'Góp ý gửi sau khi khôi phục.')).status).toBe(201)
      const found = await lookupCase(known.code, known.contact)
      expect(found.status).toBe(200)
      expect(await found.json()).toMatchObject({ trackingCode: known.code, status: 'received' })
      expect(await (await countView(articles[1].id)).json()).toEqual({ views: 1 })

      // Only the two sent after recovery were stored: nothing from the outage appeared later.
      const after = await stored()
      expect(after.cases).toBe(before.cases + 1)
      expect(after.caseFiles).toBe(before.caseFiles + 1)
      expect(after.files).toHaveLength(before.files.length + 1)
      expect(after.comments).toBe(before.comments + 1)
      const titles = (
        await payload.find({ collection: 'cases', depth: 0, limit: 100, overrideAccess: true })
      ).docs.map((c) => c.title)
      expect(titles).not.toContain('Câu hỏi gửi trong lúc gián đoạn')
    })

    it('keeps no half-written case when the database goes away after its file was stored', async (ctx) => {
      if (skip) return ctx.skip(skip)
      const before = await stored()
      const create = payload.create.bind(payload)
      // The outage strikes between storing the attachment and storing the case naming it.
      payload.create = (async (args: Parameters<Payload['create']>[0]) => {
        if (args.collection === 'cases') await outage.cut()
        return create(args as never)
      }) as Payload['create']
      try {
        await expectUnavailable(await submitCase('Câu hỏi bị cắt giữa chừng'))
      } finally {
        payload.create = create
        await outage.restore()
      }
      // Rolled back at once (PostgreSQL), or deleted as soon as the database is back (SQLite).
      await vi.waitFor(async () => expect(await stored()).toEqual(before), { timeout: 30_000, interval: 500 })
    })

    const viewsIt = setup.knownIssues?.viewFlushAfterRecovery ? it.fails : it
    viewsIt(
      'keeps the views counted during an outage and writes them once the database is back',
      async (ctx) => {
        if (skip) return ctx.skip(skip)
        const article = articles[0]
        const counter = viewCounterFor(payload)
        // A flush timer left by an earlier test must not write these views before the outage.
        await counter.stop()
        // Three readers; the counter batches them in memory until its next flush.
        for (let reader = 0; reader < 3; reader++) expect((await countView(article.id)).status).toBe(200)
        await outage.cut()
        try {
          // The flush fails; the counts must stay pending, not vanish.
          await counter.flush()
        } finally {
          await outage.restore()
        }
        const unwritten = await payload.findByID({
          collection: 'articles',
          id: article.id,
          depth: 0,
          overrideAccess: true,
        })
        expect(unwritten.viewCount ?? 0).toBe(0)
        await counter.flush()
        const written = await payload.findByID({
          collection: 'articles',
          id: article.id,
          depth: 0,
          overrideAccess: true,
        })
        expect(written.viewCount).toBe(3)
      },
    )
  })
}
