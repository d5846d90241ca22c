import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Payload } from 'payload'
import type { Article, Case, Draft } from '@cong/shared/payload-types'
import { ensureTranslation } from '../src/translations/service'
import { sentCase } from './helpers/citizenCases'
import { bootPayload } from './helpers/payload'
import { restClient, type RestInit } from './helpers/rest'
import { EDITORIAL, EVERYONE, userOf, type Actor } from './helpers/actors'
import { publishedArticle, publishedDraft } from './helpers/endpoints'
import { draftArticle, seedWorld, type World } from './helpers/world'
import { fakePublisher } from './publishing/fixtures'

/**
 * Every custom endpoint (cms/src/endpoints/index.ts and the collections' `endpoints:`) × every
 * actor, as ONE table: the actors whose call goes through (2xx); everyone else is refused, the
 * public with 401 and signed-in staff with 403. Each call is a real REST request with the actor's
 * session, and a refusal must say why in Vietnamese and English.
 */
type Request = Omit<RestInit, 'user'> & { path: string }

const TRANSLATION: Actor[] = ['translator', 'board', 'admin']

interface Row {
  /** What the actor may do with it; whoever is not listed is refused. */
  allowed: Actor[]
  /** A valid request, made afresh for each actor so that one actor's call never changes the next one's. */
  request: (actor: Actor) => Promise<Request> | Request
  /** Signed by the publisher's secret, not by a session: a staff session is as good as none. */
  signedOnly?: true
}

let payload: Payload
let close: () => Promise<void>
let world: World
let call: ReturnType<typeof restClient>
let publisher: Awaited<ReturnType<typeof fakePublisher>>
let published: Article
let openDraft: Draft
let knownCase: Case
let xliffFile: Uint8Array
let ipCounter = 0

/** Each call from its own client address, so that the public endpoints' rate limits never decide. */
const fromFreshAddress = () => ({ 'x-forwarded-for': `198.51.100.9, 203.0.113.${++ipCounter % 250}` })
const json = (body: unknown): Omit<Request, 'path'> => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...fromFreshAddress() },
  body: JSON.stringify(body),
})

/** An article whose English is `needed`, for the translation moves and views of the record. */
async function neededArticle(): Promise<Article> {
  const article = await draftArticle(payload, world, `Bài cần dịch ${++ipCounter}`)
  const record = await ensureTranslation(payload, 'articles', article.id)
  if (record?.state !== 'needed') {
    await payload.update({ collection: 'translations', id: record!.id, data: { state: 'needed' } })
  }
  return article
}

const ENDPOINTS: Record<string, Row> = {
  'GET /api/snapshot': { allowed: [], signedOnly: true, request: () => ({ path: '/snapshot' }) },
  'GET /api/views/:id': {
    allowed: EVERYONE,
    request: () => ({ path: `/views/${published.id}`, headers: fromFreshAddress() }),
  },
  'POST /api/views/:id': {
    allowed: EVERYONE,
    request: () => ({ path: `/views/${published.id}`, method: 'POST', headers: fromFreshAddress() }),
  },
  'GET /api/site-builds': { allowed: ['admin', 'board', 'ops'], request: () => ({ path: '/site-builds' }) },
  'POST /api/site-builds/rebuild': {
    allowed: ['admin', 'board', 'ops'],
    request: () => ({ path: '/site-builds/rebuild', ...json({}) }),
  },
  'POST /api/site-builds/rollback': {
    allowed: ['admin', 'ops'],
    request: () => ({ path: '/site-builds/rollback', ...json({}) }),
  },
  'GET /api/reports/monthly': {
    allowed: EDITORIAL,
    request: () => ({ path: '/reports/monthly?month=2026-11' }),
  },
  'GET /api/reports/cases': { allowed: EDITORIAL, request: () => ({ path: '/reports/cases' }) },
  'GET /api/reports/translations': { allowed: EDITORIAL, request: () => ({ path: '/reports/translations' }) },
  'POST /api/drafts/:id/comments': {
    allowed: EVERYONE,
    request: () => ({
      path: `/drafts/${openDraft.id}/comments`,
      // Each text its own: the same comment twice is refused as a duplicate.
      ...json({
        name: 'Người góp ý',
        email: 'gop.y@example.vn',
        text: `Đề nghị làm rõ khoản ${++ipCounter} Điều 3.`,
        homepage: '',
      }),
    }),
  },
  'OPTIONS /api/drafts/:id/comments': {
    allowed: EVERYONE,
    request: () => ({
      path: `/drafts/${openDraft.id}/comments`,
      method: 'OPTIONS',
      headers: { origin: 'https://cong.example.gov.vn' },
    }),
  },
  // The drafting unit is unit A: its contributor and case handler moderate, unit B's does not.
  'GET /api/drafts/:id/comments/export': {
    allowed: ['admin', 'board', 'editor', 'contributor', 'caseHandler'],
    request: () => ({ path: `/drafts/${openDraft.id}/comments/export?format=csv` }),
  },
  'POST /api/cases/submit': {
    allowed: EVERYONE,
    request: () => ({
      path: '/cases/submit',
      ...json({
        senderKind: 'person',
        type: 'question',
        name: 'Trần Thị Hoa',
        email: 'hoa.tran@example.vn',
        field: 'viec-lam',
        title: 'Điều kiện hưởng trợ cấp thất nghiệp',
        content: `Tôi đóng bảo hiểm thất nghiệp được ${++ipCounter} tháng thì nghỉ việc. Tôi có được hưởng trợ cấp không?`,
        consent: 'on',
        homepage: '',
      }),
    }),
  },
  'OPTIONS /api/cases/submit': {
    allowed: EVERYONE,
    request: () => ({
      path: '/cases/submit',
      method: 'OPTIONS',
      headers: { origin: 'https://cong.example.gov.vn' },
    }),
  },
  'POST /api/cases/lookup': {
    allowed: EVERYONE,
    request: () => ({
      path: '/cases/lookup',
      ...json({ code: knownCase.trackingCode, contact: knownCase.email }),
    }),
  },
  'OPTIONS /api/cases/lookup': {
    allowed: EVERYONE,
    request: () => ({
      path: '/cases/lookup',
      method: 'OPTIONS',
      headers: { origin: 'https://cong.example.gov.vn' },
    }),
  },
  // Each role makes a move of its own (translators take the work, editors decide what needs English).
  'POST /api/translations/move': {
    allowed: ['translator', ...EDITORIAL],
    request: async (actor) => {
      const article = await neededArticle()
      const to = actor === 'translator' ? 'in-progress' : 'not-needed'
      return { path: '/translations/move', ...json({ collection: 'articles', id: article.id, to }) }
    },
  },
  'GET /api/translations/status': {
    allowed: ['translator', ...EDITORIAL],
    request: async () => ({
      path: `/translations/status?collection=articles&id=${(await neededArticle()).id}`,
    }),
  },
  'POST /api/translations/xliff/export': {
    allowed: TRANSLATION,
    request: async () => ({
      path: '/translations/xliff/export',
      ...json({ items: [{ collection: 'articles', id: (await neededArticle()).id }] }),
    }),
  },
  'POST /api/translations/xliff/import': {
    allowed: TRANSLATION,
    request: () => {
      const form = new FormData()
      form.append('file', new Blob([xliffFile], { type: 'application/xliff+xml' }), 'ban-dich.xlf')
      return { path: '/translations/xliff/import', method: 'POST', body: form }
    },
  },
}

beforeAll(async () => {
  publisher = await fakePublisher((req) => {
    if (req.method === 'GET' && req.path === '/status') {
      const queue = { pending: 0, events: [], nextRunAt: null }
      return { status: 200, body: { live: null, rollbackTarget: null, running: null, queue, lastBuilds: [] } }
    }
    if (req.path === '/rollback') return { status: 200, body: { live: 'truoc-do' } }
    return { status: 202, body: { queued: true } }
  })
  process.env.PUBLISHER_URL = publisher.url
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'endpoints')
  call = restClient(payload)
  published = await publishedArticle(payload, world, 'Bài đã đăng để đếm lượt xem')
  openDraft = await publishedDraft(payload, world, {
    title: 'Dự thảo đang lấy ý kiến',
    type: 'thong-tu',
    opensOn: '2026-11-01',
    closesOn: '2099-12-31',
  })
  // A tracking code of the real shape, which the lookup checks before anything else.
  knownCase = await payload.create({
    collection: 'cases',
    data: sentCase({ trackingCode: 'HD-AC2E-5K7M' }) as never,
  })
  const exported = await call('/translations/xliff/export', {
    user: world.users.admin,
    ...json({ items: [{ collection: 'articles', id: (await neededArticle()).id }] }),
  })
  expect(exported.status).toBe(200)
  xliffFile = new Uint8Array(await exported.arrayBuffer())
})
afterAll(async () => {
  delete process.env.PUBLISHER_URL
  await close()
  await publisher.close()
})

const cases = Object.entries(ENDPOINTS).flatMap(([endpoint, row]) =>
  EVERYONE.map((actor) => ({
    endpoint,
    actor,
    expected: row.allowed.includes(actor) ? '2xx' : actor === 'anonymous' || row.signedOnly ? '401' : '403',
  })),
)

describe('custom endpoints × actors', () => {
  it.each(cases)('$endpoint by $actor → $expected', async ({ endpoint, actor, expected }) => {
    const { path, ...init } = await ENDPOINTS[endpoint].request(actor)
    const res = await call(path, { ...init, user: userOf(world, actor) })
    if (expected === '2xx') {
      expect(res.status, await res.clone().text()).toBeGreaterThanOrEqual(200)
      expect(res.status).toBeLessThan(300)
      return
    }
    expect(res.status).toBe(Number(expected))
    const body = JSON.stringify(await res.json())
    expect(body).toMatch(/sign in|only|may|forbidden|header|signature|unauthori[sz]ed|permission/i)
    // Refusals people read explain themselves in Vietnamese too (the snapshot's reader is the publisher).
    if (!ENDPOINTS[endpoint].signedOnly)
      expect(body).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i)
  })

  it('every custom endpoint the configuration registers is in the table', async () => {
    // Fresh copies of the configuration as written: Payload adds its own REST routes to the loaded one.
    vi.resetModules()
    const { endpoints } = await import('../src/endpoints')
    const { collections } = await import('../src/collections')
    const { globals } = await import('../src/globals')
    const registered = [
      ...endpoints.map((e) => `${e.method.toUpperCase()} /api${e.path}`),
      ...[...collections, ...globals].flatMap((c) =>
        (c.endpoints || []).map((e) => `${e.method.toUpperCase()} /api/${c.slug}${e.path}`),
      ),
    ]
    expect(registered.sort()).toEqual(Object.keys(ENDPOINTS).sort())
  })
})
