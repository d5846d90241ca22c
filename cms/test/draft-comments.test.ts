import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { createLocalReq, type Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import type { Draft, DraftComment } from '@cong/shared/payload-types'
import { clock } from '../src/clock'
import { CommentsPanel } from '../src/collections/Drafts/components/CommentsPanel'
import { COMMENT_ERROR_MESSAGES } from '../src/i18n/legal'
import { deliveredEvents } from '../src/publishing/hooks'
import { buildSnapshot } from '../src/publishing/snapshot'
import { apiRequest, restoreClockAfterEach } from './helpers/endpoints'
import { bootPayload } from './helpers/payload'
import { seedWorld, type ActingUser, type World } from './helpers/world'

// One reverse proxy in front of the CMS: each test speaks from its own address.
process.env.CMS_TRUST_PROXY = '1'
process.env.COMMENT_SHARED_RATE_LIMIT = '8'
process.env.SITE_URL = 'https://cong.example.gov.vn'

let payload: Payload
let close: () => Promise<void>
let world: World
let open: Draft
let lastIp = 0

const realNow = restoreClockAfterEach()
/** Noon in Ha Noi, 23/11/2026. */
const TODAY = new Date('2026-11-23T05:00:00.000Z')

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'comments')
  open = await draft({ title: 'Dự thảo Thông tư hướng dẫn Bộ luật Lao động' })
})
afterAll(async () => close())

async function draft(data: Partial<Draft> = {}): Promise<Draft> {
  return payload.create({
    collection: 'drafts',
    data: {
      title: `Dự thảo ${Math.random().toString(36).slice(2, 8)}`,
      type: 'thong-tu',
      draftingUnit: world.unitA.id,
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
      _status: 'published',
      ...data,
    } as Draft,
  })
}

const call = (
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: string | Buffer } = {},
) => apiRequest(path, { method, ...init })

const freshIp = () => `203.0.113.${++lastIp}`

const VALID = {
  name: 'Nguyễn Văn An',
  email: 'an.nguyen@example.vn',
  phone: '0912 345 678',
  organisation: 'Công ty TNHH Dệt may Thành Công',
  clause: 'Điều 5, khoản 2',
  text: 'Đề nghị làm rõ thời hạn báo trước khi chấm dứt hợp đồng lao động.',
  homepage: '',
}

let resent = 0
/** VALID's text as sent by `post`: each send is a new comment, not the same one sent twice (409). */
const SENT_TEXT = expect.stringMatching(
  /^Đề nghị làm rõ thời hạn báo trước khi chấm dứt hợp đồng lao động\. \(\d+\)$/,
)
const fresh = (body: unknown) =>
  typeof body === 'object' && body !== null && (body as { text?: unknown }).text === VALID.text
    ? { ...body, text: `${VALID.text} (${++resent})` }
    : body

function post(id: Draft['id'] | string, body: unknown, { ip = freshIp(), type = 'application/json' } = {}) {
  return call('POST', `/drafts/${id}/comments`, {
    // The left entry is whatever the client claimed; the proxy appended the address it saw.
    headers: { 'content-type': type, 'x-forwarded-for': `198.51.100.77, ${ip}` },
    body: typeof body === 'string' ? body : JSON.stringify(fresh(body)),
  })
}

const commentsOf = async (id: Draft['id']) =>
  (
    await payload.find({
      collection: 'draft-comments',
      where: { draft: { equals: id } },
      pagination: false,
      depth: 0,
    })
  ).docs

const byReference = async (reference: string) =>
  (
    await payload.find({
      collection: 'draft-comments',
      where: { reference: { equals: reference } },
      depth: 0,
    })
  ).docs[0]

describe('POST /api/drafts/:id/comments', () => {
  it('stores a valid comment as pending and answers 201 with the receipt, for the site’s origin', async () => {
    clock.now = () => TODAY
    const res = await post(open.id, VALID)
    expect(res.status).toBe(201)
    expect(res.headers.get('access-control-allow-origin')).toBe('https://cong.example.gov.vn')
    expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After')
    const body = (await res.json()) as { reference: string; submittedAt: string }
    expect(body).toEqual({
      reference: expect.stringMatching(/^GY-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/),
      submittedAt: TODAY.toISOString(),
    })
    const stored = await byReference(body.reference)
    expect(stored).toMatchObject({
      draft: open.id,
      name: 'Nguyễn Văn An',
      email: 'an.nguyen@example.vn',
      phone: '0912345678',
      organisation: 'Công ty TNHH Dệt may Thành Công',
      clause: 'Điều 5, khoản 2',
      text: SENT_TEXT,
      moderation: 'pending',
    })
    expect(stored.submittedAt).toBe(TODAY.toISOString())
  })

  it('answers the browser’s preflight', async () => {
    const res = await call('OPTIONS', `/drafts/${open.id}/comments`, {
      headers: { origin: 'https://cong.example.gov.vn', 'access-control-request-method': 'POST' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/)
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Content-Type/i)
  })

  const long = (n: number) => 'a'.repeat(n)
  it.each([
    ['no name', { name: '' }, [['name', 'name-required']]],
    ['a name that is a number', { name: 42 }, [['name', 'name-required']]],
    ['a name too long', { name: long(121) }, [['name', 'name-too-long']]],
    ['a bad e-mail', { email: 'an@' }, [['email', 'email-invalid']]],
    ['a bad phone', { phone: '12345' }, [['phone', 'phone-invalid']]],
    ['no way to reach the commenter', { email: '', phone: ' ' }, [['email', 'contact-required']]],
    ['an organisation too long', { organisation: long(201) }, [['organisation', 'organisation-too-long']]],
    ['a clause too long', { clause: long(201) }, [['clause', 'clause-too-long']]],
    ['a text too short', { text: 'Đồng ý.' }, [['text', 'text-too-short']]],
    ['a text too long', { text: long(10_001) }, [['text', 'text-too-long']]],
    [
      'a text that is only markup',
      { text: '<b></b><i></i><script>alert("xin chào các bạn")</script>' },
      [['text', 'text-too-short']],
    ],
    [
      'several mistakes',
      { name: '', email: 'x', text: '' },
      [
        ['name', 'name-required'],
        ['email', 'email-invalid'],
        ['text', 'text-too-short'],
      ],
    ],
  ])('refuses %s with 400, field codes and vi/en messages, storing nothing', async (_, change, expected) => {
    clock.now = () => TODAY
    const before = (await commentsOf(open.id)).length
    const res = await post(open.id, { ...VALID, ...change })
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      errors: { field: string; code: keyof typeof COMMENT_ERROR_MESSAGES; message: unknown }[]
    }
    expect(body.errors.map((e) => [e.field, e.code])).toEqual(expected)
    for (const error of body.errors) expect(error.message).toEqual(COMMENT_ERROR_MESSAGES[error.code])
    expect((await commentsOf(open.id)).length).toBe(before)
  })

  it('refuses a body that is not JSON with 400', async () => {
    clock.now = () => TODAY
    const res = await post(open.id, '{"name": ')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({
      code: 'bad-json',
      message: { vi: expect.any(String), en: expect.any(String) },
    })
  })

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses %s with 415',
    async (type) => {
      const res = await post(open.id, VALID, { type })
      expect(res.status).toBe(415)
      expect(await res.json()).toMatchObject({
        code: 'not-json',
        message: { vi: expect.stringMatching(/JSON/), en: expect.stringMatching(/JSON/) },
      })
    },
  )

  it('refuses a body over 64 KiB with 413', async () => {
    clock.now = () => TODAY
    const res = await post(open.id, { ...VALID, text: 'á'.repeat(33 * 1024) })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ code: 'too-large' })
  })

  it('answers 404 for an unknown, malformed or unpublished draft', async () => {
    clock.now = () => TODAY
    const unpublished = await draft({ _status: 'draft' })
    for (const id of [987654, 'abc', '1%20OR%201=1', unpublished.id]) {
      const res = await post(id, VALID)
      expect(res.status, String(id)).toBe(404)
      expect(await res.json()).toMatchObject({ code: 'not-found' })
    }
    expect(await commentsOf(unpublished.id)).toEqual([])
  })

  it('answers a filled honeypot like a person and stores nothing', async () => {
    clock.now = () => TODAY
    const before = (await commentsOf(open.id)).length
    const res = await post(open.id, { ...VALID, homepage: 'https://spam.example' })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { reference: string }
    expect(body.reference).toMatch(/^GY-/)
    expect(await byReference(body.reference)).toBeUndefined()
    expect((await commentsOf(open.id)).length).toBe(before)
  })

  it('stores text as NFC plain text: decomposed letters composed, markup dropped, characters kept', async () => {
    clock.now = () => TODAY
    const nfd = (s: string) => s.normalize('NFD')
    const res = await post(open.id, {
      ...VALID,
      name: nfd('Trần Thị Hồng Nhung'),
      organisation: '<b>Hội Liên hiệp Phụ nữ</b>',
      text: nfd(
        'Đề nghị sửa <script>alert(1)</script>Điều 5 <a href="javascript:x">khoản 2</a> cho rõ: lương < 5 triệu & phụ cấp.',
      ),
    })
    expect(res.status).toBe(201)
    const stored = await byReference(((await res.json()) as { reference: string }).reference)
    expect(stored.name).toBe('Trần Thị Hồng Nhung')
    expect(stored.name.normalize('NFC')).toBe(stored.name)
    expect(stored.organisation).toBe('Hội Liên hiệp Phụ nữ')
    expect(stored.text).toBe('Đề nghị sửa Điều 5 khoản 2 cho rõ: lương < 5 triệu & phụ cấp.')
  })
})

describe('comment period (Viet Nam days, server clock)', () => {
  let bounded: Draft
  beforeAll(async () => {
    bounded = await draft({ opensOn: '2026-12-01', closesOn: '2026-12-10' })
  })

  it.each([
    ['1 ms before 00:00 on the opening day', '2026-11-30T16:59:59.999Z', 403, 'period-not-open'],
    ['00:00:00 on the opening day', '2026-11-30T17:00:00.000Z', 201, undefined],
    ['23:59:59.999 on the closing day', '2026-12-10T16:59:59.999Z', 201, undefined],
    ['the next instant', '2026-12-10T17:00:00.000Z', 403, 'period-closed'],
  ])('%s → %i', async (_, instant, status, code) => {
    clock.now = () => new Date(instant)
    const res = await post(bounded.id, VALID)
    expect(res.status).toBe(status)
    if (code) {
      const body = (await res.json()) as { message: { vi: string; en: string } }
      expect(body).toMatchObject({ code, opensOn: '2026-12-01', closesOn: '2026-12-10' })
      expect(body.message.vi).toMatch(/01\/12\/2026.*10\/12\/2026/)
      expect(body.message.en).toMatch(/2026-12-01.*2026-12-10/)
    }
  })
})

describe('rate limit per address', () => {
  it('allows 5 comments in 10 minutes, then answers 429 with Retry-After; refused forms do not count', async () => {
    clock.now = () => TODAY
    const ip = freshIp()
    for (let i = 0; i < 3; i++)
      expect((await post(open.id, { ...VALID, text: 'ngắn' }, { ip })).status).toBe(400)
    for (let i = 0; i < 5; i++) expect((await post(open.id, VALID, { ip })).status).toBe(201)
    const limited = await post(open.id, VALID, { ip })
    expect(limited.status).toBe(429)
    const wait = Number(limited.headers.get('retry-after'))
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(600)
    expect(await limited.json()).toMatchObject({
      code: 'rate-limited',
      message: { vi: expect.any(String), en: expect.any(String) },
    })
    // Another address is not affected.
    expect((await post(open.id, VALID)).status).toBe(201)
  })

  it('does not believe X-Forwarded-For unless told there is a proxy: everyone shares a site-wide allowance', async () => {
    clock.now = () => TODAY
    process.env.CMS_TRUST_PROXY = ''
    try {
      // More than one person's 5, up to the shared allowance (8 here, 100 by default).
      for (let i = 0; i < 8; i++) expect((await post(open.id, VALID)).status).toBe(201)
      // A new address in the header changes nothing: the client wrote it.
      expect((await post(open.id, VALID)).status).toBe(429)
    } finally {
      process.env.CMS_TRUST_PROXY = '1'
    }
  })
})

describe('REST', () => {
  it('never creates comments through the collection API', async () => {
    for (const user of [undefined, world.users.admin]) {
      const attempt = payload.create({
        collection: 'draft-comments',
        data: {
          draft: open.id,
          reference: 'GY-AAAA-BBBB',
          name: 'Giả',
          text: 'Góp ý giả mạo qua API',
          submittedAt: TODAY.toISOString(),
        },
        user,
        overrideAccess: false,
      })
      await expect(attempt).rejects.toMatchObject({ status: 403 })
    }
  })
})

describe('moderation', () => {
  async function comment(data: Partial<DraftComment> = {}, on: Draft = open): Promise<DraftComment> {
    clock.now = () => TODAY
    const res = await post(on.id, { ...VALID, ...data })
    expect(res.status).toBe(201)
    return byReference(((await res.json()) as { reference: string }).reference)
  }
  const moderate = (user: ActingUser, id: DraftComment['id'], data: Partial<DraftComment>) =>
    payload.update({ collection: 'draft-comments', id, data, user, overrideAccess: false, depth: 0 })

  it('the drafting unit moderates; who and when are recorded, and the change is in the audit log', async () => {
    const c = await comment()
    clock.now = () => new Date('2026-11-24T02:00:00.000Z')
    const moderated = await moderate(world.users.contributor, c.id, {
      moderation: 'approved',
      moderationNote: 'Góp ý xác đáng',
    })
    expect(moderated).toMatchObject({
      moderation: 'approved',
      moderatedBy: world.users.contributor.id,
      moderatedAt: '2026-11-24T02:00:00.000Z',
    })
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { and: [{ collection: { equals: 'draft-comments' } }, { docId: { equals: String(c.id) } }] },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      action: 'moderation',
      from: 'pending',
      to: 'approved',
      reason: 'Góp ý xác đáng',
      docTitle: c.reference,
      user: world.users.contributor.id,
    })
  })

  it('moderators cannot change what the commenter wrote', async () => {
    const c = await comment()
    const edited = await moderate(world.users.editor, c.id, {
      text: 'Nội dung đã bị sửa',
      name: 'Người khác',
      moderation: 'private',
    })
    expect(edited).toMatchObject({ text: SENT_TEXT, name: VALID.name, moderation: 'private' })
  })

  it("another unit's contributor, translators and the public can neither read nor moderate", async () => {
    const c = await comment()
    for (const user of [world.users.contributorB, world.users.translator, world.users.ops, undefined]) {
      const read = payload.findByID({ collection: 'draft-comments', id: c.id, user, overrideAccess: false })
      await expect(read).rejects.toMatchObject({ status: expect.any(Number) })
      const update = payload.update({
        collection: 'draft-comments',
        id: c.id,
        data: { moderation: 'approved' },
        user,
        overrideAccess: false,
      })
      await expect(update).rejects.toMatchObject({ status: expect.any(Number) })
    }
    expect((await payload.findByID({ collection: 'draft-comments', id: c.id })).moderation).toBe('pending')
    // The drafting unit's case handler reads them.
    const seen = await payload.findByID({
      collection: 'draft-comments',
      id: c.id,
      user: world.users.caseHandler,
      overrideAccess: false,
    })
    expect(seen.email).toBe(VALID.email)
  })

  it('only admins delete comments', async () => {
    const c = await comment()
    await expect(
      payload.delete({
        collection: 'draft-comments',
        id: c.id,
        user: world.users.board,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({
      status: 403,
    })
    await payload.delete({
      collection: 'draft-comments',
      id: c.id,
      user: world.users.admin,
      overrideAccess: false,
    })
  })

  it('approving or withdrawing a comment tells the publisher; other moderation does not', async () => {
    const c = await comment()
    const events = () =>
      deliveredEvents
        .filter((e) => e.collection === 'draft-comments' && e.id === String(c.id))
        .map((e) => e.event)
    await moderate(world.users.editor, c.id, { moderation: 'spam' })
    expect(events()).toEqual([])
    await moderate(world.users.editor, c.id, { moderation: 'approved' })
    await moderate(world.users.editor, c.id, { moderationNote: 'ghi chú' })
    await moderate(world.users.editor, c.id, { moderation: 'private' })
    expect(events()).toEqual(['publish', 'unpublish'])
  })

  it('the snapshot carries approved comments only, without e-mail or phone', async () => {
    const target = await draft({ title: 'Dự thảo để kiểm tra ảnh chụp dữ liệu' })
    const approved = await comment({ clause: 'Điều 3' }, target)
    const approvedNoOrg = await comment({ organisation: '', clause: '' }, target)
    const pending = await comment({}, target)
    const spam = await comment({}, target)
    await moderate(world.users.editor, approved.id, { moderation: 'approved' })
    await moderate(world.users.editor, approvedNoOrg.id, { moderation: 'approved' })
    await moderate(world.users.editor, spam.id, { moderation: 'spam' })
    const snapshot = await buildSnapshot(payload, {
      siteUrl: 'https://cong.example.gov.vn',
      cmsPublicUrl: 'https://cms.example.gov.vn',
    })
    const inSnapshot = snapshot.drafts.find((d) => d.id === String(target.id))
    expect(inSnapshot?.comments).toEqual([
      {
        reference: approved.reference,
        name: VALID.name,
        organisation: VALID.organisation,
        clause: 'Điều 3',
        text: SENT_TEXT,
        submittedAt: TODAY.toISOString(),
      },
      {
        reference: approvedNoOrg.reference,
        name: VALID.name,
        text: SENT_TEXT,
        submittedAt: TODAY.toISOString(),
      },
    ])
    const json = JSON.stringify(snapshot)
    expect(json).not.toContain(VALID.email)
    expect(json).not.toContain('0912345678')
    expect(json).not.toContain(pending.reference)
  })
})

describe("the draft's edit view", () => {
  async function panel(user: ActingUser) {
    const req = await createLocalReq({ user }, payload)
    const element = await CommentsPanel({
      id: open.id,
      data: open,
      payload,
      req,
      i18n: { language: 'vi' },
    } as never)
    return element ? renderToStaticMarkup(element) : ''
  }

  it('shows the moderators how many comments are in each state, with filtered lists and the exports', async () => {
    const counts = await Promise.all(
      (['pending', 'approved', 'private', 'spam'] as const).map(
        async (state) =>
          (
            await payload.count({
              collection: 'draft-comments',
              where: { and: [{ draft: { equals: open.id } }, { moderation: { equals: state } }] },
            })
          ).totalDocs,
      ),
    )
    const html = await panel(world.users.contributor)
    const list = `/admin/collections/draft-comments?where%5Bdraft%5D%5Bequals%5D=${open.id}`
    expect(html).toContain(
      `<a href="${list}&amp;where%5Bmoderation%5D%5Bequals%5D=pending">Chờ kiểm duyệt</a>: ${counts[0]}`,
    )
    expect(html).toContain(
      `<a href="${list}&amp;where%5Bmoderation%5D%5Bequals%5D=approved">Công khai</a>: ${counts[1]}`,
    )
    expect(html).toContain(`<a href="${list}">Tổng số</a>: ${counts.reduce((a, b) => a + b, 0)}`)
    expect(html).toContain(`href="/api/drafts/${open.id}/comments/export?format=csv"`)
    expect(html).toContain(`href="/api/drafts/${open.id}/comments/export?format=xlsx"`)
  })

  it("shows nothing to another unit's contributor", async () => {
    expect(await panel(world.users.contributorB)).toBe('')
  })
})

describe('export', () => {
  let exported: Draft
  const clauses = ['Điều 10', '', 'Điều 2, khoản 3', 'Điều 2, khoản 10', 'Điều 2']
  beforeAll(async () => {
    exported = await draft({ title: 'Dự thảo Nghị định xuất góp ý' })
    clock.now = () => TODAY
    for (const [i, clause] of clauses.entries()) {
      const res = await post(exported.id, { ...VALID, clause, name: `Người góp ý ${i + 1}` })
      expect(res.status).toBe(201)
    }
    clock.now = realNow
  })

  async function download(format: string, user: ActingUser | undefined) {
    const headers: Record<string, string> = {}
    if (user) {
      const { token } = await payload.login({
        collection: 'users',
        data: { email: user.email, password: 'mat-khau-thu-nghiem' },
      })
      headers.authorization = `JWT ${token}`
    }
    return call('GET', `/drafts/${exported.id}/comments/export?format=${format}`, { headers })
  }

  const HEADER = [
    'Mã',
    'Thời gian',
    'Họ tên',
    'Cơ quan',
    'Điều/khoản',
    'Nội dung',
    'Trạng thái',
    'Thư điện tử',
    'Điện thoại',
  ]
  const EXPECTED_CLAUSES = [
    'Điều 2',
    'Điều 2, khoản 3',
    'Điều 2, khoản 10',
    'Điều 10',
    '(Góp ý chung, không ghi điều/khoản)',
  ]

  it('gives a CSV with a BOM, Vietnamese headings, grouped by clause, contacts included', async () => {
    const res = await download('csv', world.users.contributor)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="gop-y-.+\.csv"/)
    const bytes = Buffer.from(await res.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const workbook = new ExcelJS.Workbook()
    const sheet = await workbook.csv.read(Readable.from([bytes.subarray(3)]), {
      map: (value: unknown) => value,
    })
    const rows = sheet.getSheetValues().slice(1) as unknown[][]
    expect(rows[0].slice(1)).toEqual(HEADER)
    expect(rows.slice(1).map((r) => r[5])).toEqual(EXPECTED_CLAUSES)
    expect(rows[1].slice(1)).toEqual([
      expect.stringMatching(/^GY-/),
      '23/11/2026 12:00',
      'Người góp ý 5',
      VALID.organisation,
      'Điều 2',
      SENT_TEXT,
      'Chờ kiểm duyệt',
      VALID.email,
      '0912345678',
    ])
  })

  it('gives the same as an Excel workbook', async () => {
    const res = await download('xlsx', world.users.editor)
    expect(res.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await res.arrayBuffer())
    const rows = workbook.worksheets[0].getSheetValues().slice(1) as unknown[][]
    expect(rows[0].slice(1)).toEqual(HEADER)
    expect(rows.slice(1).map((r) => r[5])).toEqual(EXPECTED_CLAUSES)
    expect(rows.slice(1).map((r) => r[3])).toEqual([
      'Người góp ý 5',
      'Người góp ý 3',
      'Người góp ý 4',
      'Người góp ý 1',
      'Người góp ý 2',
    ])
  })

  it.each([
    ['the public', undefined, 401],
    ["another unit's contributor", 'contributorB', 403],
    ['a translator', 'translator', 403],
  ] as const)('is refused to %s', async (_, who, status) => {
    const res = await download('csv', who ? world.users[who] : undefined)
    expect(res.status).toBe(status)
    expect(await res.json()).toMatchObject({ message: { vi: expect.any(String), en: expect.any(String) } })
  })
})
