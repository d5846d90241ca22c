import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import type { Role } from '@cong/shared/roles'
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify } from '@cong/shared/webhook'
import { deliveredEvents } from '../../src/publishing/hooks'
import type { SiteBuildsView } from '../../src/publishing/siteBuilds'
import { bootPayload } from '../helpers/payload'
import { seedWorld, type World } from '../helpers/world'
import { eventually, fakePublisher, type RecordedRequest } from './fixtures'

/** Everything the CMS sends the publisher: webhooks from hooks, ops calls from the admin. */

let payload: Payload
let close: () => Promise<void>
let world: World
let publisher: Awaited<ReturnType<typeof fakePublisher>>
const tokens: Partial<Record<Role, string>> = {}
const secret = process.env.PUBLISHER_WEBHOOK_SECRET as string

const STATUS = {
  live: { id: '20261123-090000-000-01', createdAt: '2026-11-23T09:00:00.000Z', pages: 1234, files: 80, trigger: 'webhook', live: true },
  rollbackTarget: '20261122-180000-000-01',
  running: null,
  queue: { pending: 0, events: [], nextRunAt: null },
  lastBuilds: [
    {
      id: '20261123-090000-000-01',
      trigger: 'webhook',
      events: [],
      force: false,
      startedAt: '2026-11-23T08:59:00.000Z',
      finishedAt: '2026-11-23T09:00:00.000Z',
      status: 'success',
      error: null,
      failedStep: null,
      pages: 1234,
      durations: {},
      releaseId: '20261123-090000-000-01',
      brokenLinks: [],
      sitePid: null,
    },
    {
      id: '20261123-080000-000-01',
      trigger: 'ops',
      events: [],
      force: true,
      startedAt: '2026-11-23T08:00:00.000Z',
      finishedAt: '2026-11-23T08:00:30.000Z',
      status: 'failed',
      error: 'Liên kết hỏng: 3',
      failedStep: 'check',
      pages: null,
      durations: {},
      releaseId: null,
      brokenLinks: [],
      sitePid: null,
    },
  ],
}

function answer(req: RecordedRequest) {
  if (req.method === 'GET' && req.path === '/status') return { status: 200, body: STATUS }
  if (req.method === 'POST' && req.path === '/rebuild') return { status: 202, body: { queued: true } }
  if (req.method === 'POST' && req.path === '/rollback') {
    const to = (JSON.parse(req.body) as { to?: string }).to
    return to === 'missing'
      ? { status: 409, body: { error: 'Không có bản phát hành này để quay lại.' } }
      : { status: 200, body: { live: STATUS.rollbackTarget } }
  }
  if (req.method === 'POST' && req.path === '/webhook') return { status: 202, body: { queued: true } }
  return { status: 404, body: { error: 'not found' } }
}

/** The publisher's side of the contract: GETs sign their path, POSTs their body. */
function signatureOk(req: RecordedRequest): boolean {
  return verify({
    secret,
    body: req.method === 'GET' ? req.path : req.body,
    timestamp: req.headers[TIMESTAMP_HEADER] as string,
    signature: req.headers[SIGNATURE_HEADER] as string,
    delivery: req.headers[DELIVERY_HEADER] as string,
  }).ok
}

async function call(method: string, path: string, role?: Role, body?: object) {
  const { default: config } = await import('../../src/payload.config')
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (role) headers.authorization = `JWT ${tokens[role]}`
  const request = new Request(`http://localhost:3000/api${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
  return handleEndpoints({ config, request })
}

beforeAll(async () => {
  publisher = await fakePublisher(answer)
  process.env.PUBLISHER_URL = publisher.url
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'pub')
  for (const role of ['contributor', 'editor', 'board', 'ops', 'admin'] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: world.users[role].email, password: 'mat-khau-thu-nghiem' },
    })
    tokens[role] = token
  }
})
afterAll(async () => {
  delete process.env.PUBLISHER_URL
  await close()
  await publisher.close()
})

describe('publish webhooks', () => {
  it('publishing an article sends a signed publish event to the publisher', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Thông cáo báo chí', sections: [world.section.id], unit: world.unitA.id, workflowStatus: 'submitted' },
    })
    const before = publisher.requests.length
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { workflowStatus: 'published' },
      user: { ...world.users.board, collection: 'users' },
      overrideAccess: false,
    })
    const expected = { event: 'publish', collection: 'articles', id: String(article.id), slug: 'thong-cao-bao-chi' }
    expect(deliveredEvents.at(-1)).toMatchObject(expected)
    await eventually(() => {
      const webhook = publisher.requests.slice(before).find((r) => r.path === '/webhook')
      expect(webhook && JSON.parse(webhook.body)).toMatchObject(expected)
      expect(webhook && signatureOk(webhook)).toBe(true)
    })
  })
})

describe('site builds endpoints', () => {
  it('refuses anonymous users and roles that may not rebuild', async () => {
    expect((await call('GET', '/site-builds')).status).toBe(401)
    for (const role of ['contributor', 'editor'] as const) {
      const before = publisher.requests.length
      const status = await call('GET', '/site-builds', role)
      const rebuild = await call('POST', '/site-builds/rebuild', role, {})
      expect([status.status, rebuild.status]).toEqual([403, 403])
      expect(await rebuild.json()).toMatchObject({ error: 'forbidden', message: expect.stringContaining('Ban Biên tập') })
      expect(publisher.requests.length).toBe(before)
    }
  })

  it('shows the board the live release and the last builds, without rollback', async () => {
    const res = await call('GET', '/site-builds', 'board')
    expect(res.status).toBe(200)
    const view = (await res.json()) as SiteBuildsView
    expect(view).toMatchObject({
      live: { id: STATUS.live.id, pages: 1234 },
      rollbackTarget: STATUS.rollbackTarget,
      canRollback: false,
      builds: [
        { status: 'success', trigger: 'webhook', durationMs: 60_000 },
        { status: 'failed', trigger: 'ops', durationMs: 30_000, error: 'Liên kết hỏng: 3', failedStep: 'check' },
      ],
    })
    const sent = publisher.requests.at(-1) as RecordedRequest
    expect(sent).toMatchObject({ method: 'GET', path: '/status' })
    expect(signatureOk(sent)).toBe(true)
  })

  it('lets the board and ops rebuild, with a signed request naming the role', async () => {
    for (const role of ['board', 'ops'] as const) {
      const res = await call('POST', '/site-builds/rebuild', role, { force: true })
      expect(res.status).toBe(202)
      const sent = publisher.requests.at(-1) as RecordedRequest
      expect(sent).toMatchObject({ method: 'POST', path: '/rebuild' })
      expect(signatureOk(sent)).toBe(true)
      expect(JSON.parse(sent.body)).toEqual({ force: true, reason: expect.stringContaining(role) })
      expect(sent.body).not.toContain(world.users[role].email)
    }
    expect((await call('POST', '/site-builds/rebuild', 'board', { force: 'yes' })).status).toBe(400)
  })

  it('lets only admin and ops roll back, and passes on the publisher refusal', async () => {
    expect((await call('POST', '/site-builds/rollback', 'board', {})).status).toBe(403)
    const ok = await call('POST', '/site-builds/rollback', 'ops', {})
    expect(ok.status).toBe(200)
    expect((await call('GET', '/site-builds', 'ops')).status).toBe(200)
    const refused = await call('POST', '/site-builds/rollback', 'admin', { to: 'missing' })
    expect(refused.status).toBe(409)
    expect(await refused.json()).toEqual({ error: 'publisher-refused', message: 'Không có bản phát hành này để quay lại.' })
  })

  it('explains in Vietnamese when the publisher is unreachable', async () => {
    const { url } = publisher
    const stopped = await fakePublisher(answer)
    await stopped.close()
    process.env.PUBLISHER_URL = stopped.url
    try {
      const res = await call('GET', '/site-builds', 'board')
      expect(res.status).toBe(502)
      expect(await res.json()).toMatchObject({
        error: 'publisher-unreachable',
        message: expect.stringContaining('Không kết nối được với dịch vụ xuất bản'),
      })
    } finally {
      process.env.PUBLISHER_URL = url
    }
  })
})
