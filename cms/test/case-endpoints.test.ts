import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Case } from '@cong/shared/payload-types'
import { CASE_ATTACHMENTS } from '@cong/shared/citizenCase'
import { routes } from '@cong/shared/routes'
import { clock } from '../src/clock'
import { CASE_ERROR_MESSAGES } from '../src/i18n/cases'
import { minimalPdf } from './helpers/documents'
import { apiRequest, restoreClockAfterEach, SAMPLE_QUESTION } from './helpers/endpoints'
import { bootPayload } from './helpers/payload'
import { seedWorld, type World } from './helpers/world'
import { paragraph, richText, text } from './publishing/fixtures'

// One reverse proxy in front of the CMS: each test speaks from its own address.
process.env.CMS_TRUST_PROXY = '1'
process.env.SITE_URL = 'https://cong.example.gov.vn'

let payload: Payload
let close: () => Promise<void>
let world: World
let lastIp = 0

const realNow = restoreClockAfterEach()
/** 09:00 in Ha Noi on Monday 23/11/2026: ten working days later is Monday 7/12. */
const MONDAY = new Date('2026-11-23T02:00:00.000Z')

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'caseapi')
})
afterAll(async () => close())

const freshIp = () => `203.0.113.${++lastIp}`

const call = (path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}) =>
  apiRequest(path, { method: 'POST', ...init })

const VALID = { ...SAMPLE_QUESTION, homepage: '' }

type Fields = Record<string, string>
type Attachment = { name: string; bytes: Uint8Array; type?: string }

let resent = 0
/** VALID's content as the helpers send it: each send is a new question, not the same one sent twice (409). */
const fresh = <T,>(body: T): T =>
  typeof body === 'object' && body !== null && (body as { content?: unknown }).content === VALID.content
    ? { ...body, content: `${VALID.content} (${++resent})` }
    : body

function submitJson(body: unknown, ip = freshIp()) {
  return call('/cases/submit', {
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.9, ${ip}` },
    body: JSON.stringify(fresh(body)),
  })
}

function submitForm(fields: Fields, files: Attachment[] = [], ip = freshIp()) {
  const form = new FormData()
  for (const [key, value] of Object.entries(fresh(fields))) form.append(key, value)
  for (const file of files) {
    form.append('attachments', new Blob([file.bytes], { type: file.type ?? 'application/pdf' }), file.name)
  }
  return call('/cases/submit', { headers: { 'x-forwarded-for': `198.51.100.9, ${ip}` }, body: form })
}

function lookup(body: unknown, ip = freshIp()) {
  return call('/cases/lookup', {
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.9, ${ip}` },
    body: JSON.stringify(body),
  })
}

const byCode = async (trackingCode: string) =>
  (await payload.find({ collection: 'cases', where: { trackingCode: { equals: trackingCode } }, depth: 0 }))
    .docs[0] as Case | undefined

const countCases = async () => (await payload.count({ collection: 'cases' })).totalDocs
const countFiles = async () => (await payload.count({ collection: 'case-files' })).totalDocs

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
/** The start of a Windows program: "MZ", then the DOS stub's and PE header's markers. */
function executable(): Buffer {
  const bytes = Buffer.alloc(1024)
  bytes.write('MZ', 0, 'latin1')
  bytes.writeUInt32LE(0x80, 0x3c)
  bytes.write('PE\0\0', 0x80, 'latin1')
  return bytes
}

interface SubmitAnswer {
  trackingCode: string
  receivedAt: string
  dueDate: string
}

describe('POST /api/cases/submit', () => {
  it('stores a valid JSON case as received and answers 201 with the code, receipt and due day', async () => {
    clock.now = () => MONDAY
    const res = await submitJson(VALID)
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('access-control-allow-origin')).toBe('https://cong.example.gov.vn')
    const body = (await res.json()) as SubmitAnswer
    expect(body).toEqual({
      trackingCode: expect.stringMatching(/^HD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/),
      receivedAt: MONDAY.toISOString(),
      dueDate: '2026-12-07',
    })
    expect(await byCode(body.trackingCode)).toMatchObject({
      state: 'received',
      senderKind: 'person',
      type: 'question',
      name: 'Trần Thị Hoa',
      email: 'hoa.tran@example.vn',
      phone: '0912345678',
      field: 'viec-lam',
      title: VALID.title,
      content: expect.stringMatching(/^Tôi đóng bảo hiểm thất nghiệp .* không\? \(\d+\)$/),
      receivedAt: MONDAY.toISOString(),
    })
  })

  it('takes the form as multipart with a PDF and a PNG, checked by content and linked both ways', async () => {
    const res = await submitForm(VALID, [
      { name: 'don de nghi.pdf', bytes: minimalPdf('Don de nghi') },
      // A photo whose browser said "PDF": the bytes decide.
      { name: 'anh.pdf', bytes: PNG, type: 'application/pdf' },
    ])
    expect(res.status).toBe(201)
    const { trackingCode } = (await res.json()) as SubmitAnswer
    const stored = await byCode(trackingCode)
    expect(stored?.attachments).toHaveLength(2)
    const files = await payload.find({
      collection: 'case-files',
      where: { id: { in: stored!.attachments as number[] } },
      sort: 'filename',
      depth: 0,
    })
    expect(files.docs.map((f) => [f.filename, f.mimeType, f.case])).toEqual([
      [`${trackingCode}-1.pdf`, 'application/pdf', stored!.id],
      [`${trackingCode}-2.png`, 'image/png', stored!.id],
    ])
  })

  it('strips markup from what the sender typed', async () => {
    const res = await submitJson({ ...VALID, title: '<b>Trợ cấp</b> thất nghiệp <script>alert(1)</script>' })
    const { trackingCode } = (await res.json()) as SubmitAnswer
    expect((await byCode(trackingCode))?.title).toBe('Trợ cấp thất nghiệp')
  })

  it('answers the browser’s preflight for both endpoints', async () => {
    for (const path of ['/cases/submit', '/cases/lookup']) {
      const res = await call(path, {
        method: 'OPTIONS',
        headers: { origin: 'https://cong.example.gov.vn', 'access-control-request-method': 'POST' },
      })
      expect(res.status).toBe(204)
      expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/)
    }
  })

  const long = (n: number) => 'a'.repeat(n)
  it.each([
    ['no sender kind', { senderKind: '' }, 'senderKind', 'kind-required'],
    ['an unknown type', { type: 'complaint' }, 'type', 'type-required'],
    ['no name', { name: ' ' }, 'name', 'name-required'],
    ['a name too long', { name: long(121) }, 'name', 'name-too-long'],
    ['a bad e-mail', { email: 'hoa@' }, 'email', 'email-invalid'],
    ['a bad phone', { phone: '12345' }, 'phone', 'phone-invalid'],
    ['no contact at all', { email: '', phone: '' }, 'email', 'contact-required'],
    ['an address too long', { address: long(301) }, 'address', 'address-too-long'],
    ['no field', { field: 'astrology' }, 'field', 'field-required'],
    ['a title too short', { title: 'Hỏi' }, 'title', 'title-too-short'],
    ['a title too long', { title: long(251) }, 'title', 'title-too-long'],
    ['content too short', { content: 'Xin hỏi.' }, 'content', 'content-too-short'],
    ['content too long', { content: long(20_001) }, 'content', 'content-too-long'],
    ['no consent', { consent: '' }, 'consent', 'consent-required'],
  ])('refuses %s with 400 naming the field, in both languages, storing nothing', async (_label, change, field, code) => {
    const before = await countCases()
    const res = await submitForm({ ...VALID, ...change })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      errors: [{ field, code, message: CASE_ERROR_MESSAGES[code as keyof typeof CASE_ERROR_MESSAGES] }],
    })
    expect(await countCases()).toBe(before)
  })

  it.each([
    ['a renamed program', [{ name: 'cong-van.pdf', bytes: executable() }], 'attachment-type', /cong-van\.pdf/],
    ['four files', Array.from({ length: 4 }, (_, i) => ({ name: `${i}.pdf`, bytes: minimalPdf() })), 'too-many-attachments', /3/],
    [
      'a file over 5 MB',
      [{ name: 'scan.pdf', bytes: Buffer.concat([minimalPdf(), Buffer.alloc(CASE_ATTACHMENTS.maxBytes)]) }],
      'attachment-too-large',
      /scan\.pdf/,
    ],
  ])('refuses %s with 400 on attachments, storing no case and no file', async (_label, files, code, names) => {
    const [cases, stored] = [await countCases(), await countFiles()]
    const res = await submitForm(VALID, files)
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { field: string; code: string; message: { vi: string; en: string } }[] }
    expect(body.errors).toEqual([{ field: 'attachments', code, message: { vi: expect.any(String), en: expect.any(String) } }])
    expect(body.errors[0]!.message.vi).toMatch(names)
    expect(await countCases()).toBe(cases)
    expect(await countFiles()).toBe(stored)
  })

  it('reports field and attachment refusals together, so the sender fixes everything at once', async () => {
    const res = await submitForm({ ...VALID, name: '' }, [{ name: 'virus.png', bytes: executable() }])
    const { errors } = (await res.json()) as { errors: { field: string; code: string }[] }
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['name', 'name-required'],
      ['attachments', 'attachment-type'],
    ])
  })

  it('refuses other content types with 415', async () => {
    const res = await call('/cases/submit', {
      headers: { 'content-type': 'text/plain', 'x-forwarded-for': `198.51.100.9, ${freshIp()}` },
      body: 'xin chào',
    })
    expect(res.status).toBe(415)
    expect(await res.json()).toMatchObject({ code: 'unsupported-type', message: { vi: expect.any(String), en: expect.any(String) } })
  })

  it('refuses a body over the cap with 413 before reading it all, storing nothing', async () => {
    const before = await countCases()
    const huge = Buffer.alloc(4 * CASE_ATTACHMENTS.maxBytes, 0x41)
    const res = await submitForm(VALID, [{ name: 'a.pdf', bytes: huge }])
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ code: 'too-large' })
    const json = await submitJson({ ...VALID, content: long(300_000) })
    expect(json.status).toBe(413)
    expect(await countCases()).toBe(before)
  })

  it('gives a filled honeypot a code like any other and stores nothing', async () => {
    clock.now = () => MONDAY
    const before = await countCases()
    const res = await submitForm({ ...VALID, homepage: 'http://spam.example' }, [{ name: 'a.pdf', bytes: minimalPdf() }])
    expect(res.status).toBe(201)
    const body = (await res.json()) as SubmitAnswer
    expect(body).toEqual({ trackingCode: expect.stringMatching(/^HD-/), receivedAt: MONDAY.toISOString(), dueDate: '2026-12-07' })
    expect(await countCases()).toBe(before)
    expect(await byCode(body.trackingCode)).toBeUndefined()
  })

  it('allows 5 cases per address per window, then 429 with Retry-After; refused forms do not count', async () => {
    const ip = freshIp()
    for (let i = 0; i < 3; i++) expect((await submitJson({ ...VALID, title: '' }, ip)).status).toBe(400)
    for (let i = 0; i < 5; i++) expect((await submitJson(VALID, ip)).status).toBe(201)
    const refused = await submitJson(VALID, ip)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.headers.get('access-control-expose-headers')).toBe('Retry-After')
    expect(await refused.json()).toMatchObject({ code: 'rate-limited', message: { vi: expect.stringMatching(/phút/) } })
    expect((await submitJson(VALID, freshIp())).status).toBe(201)
  })

  it('gives every case its own tracking code', async () => {
    const codes = new Set<string>()
    for (let i = 0; i < 25; i++) {
      const res = await submitJson(VALID)
      codes.add(((await res.json()) as SubmitAnswer).trackingCode)
    }
    expect(codes.size).toBe(25)
    const stored = await payload.count({ collection: 'cases', where: { trackingCode: { in: [...codes] } } })
    expect(stored.totalDocs).toBe(25)
  })
})

interface LookupAnswer {
  trackingCode: string
  status: string
  title: string
  receivedAt: string
  dueDate?: string
  answeredAt?: string
  answerHtml?: string
  rejectionReason?: string
  rejectionLabel?: { vi: string; en: string }
  publicUrl?: string
}

const LOOKUP_KEYS = [
  'trackingCode',
  'status',
  'title',
  'receivedAt',
  'dueDate',
  'answeredAt',
  'answerHtml',
  'rejectionReason',
  'rejectionLabel',
  'publicUrl',
]

describe('POST /api/cases/lookup', () => {
  let code: string

  beforeAll(async () => {
    clock.now = () => MONDAY
    const res = await submitJson({ ...VALID, phone: '0987 654 321', email: 'lan.pham@example.vn' })
    code = ((await res.json()) as SubmitAnswer).trackingCode
    clock.now = realNow
  })

  it('shows the sender the status of their case, typed loosely, with the e-mail', async () => {
    const res = await lookup({ code: ` ${code.toLowerCase().replace(/-/g, ' ')} `, contact: 'LAN.PHAM@example.vn' })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({
      trackingCode: code,
      status: 'received',
      title: VALID.title,
      receivedAt: MONDAY.toISOString(),
      dueDate: '2026-12-07',
    })
  })

  it('finds the case by phone in the +84 form', async () => {
    const res = await lookup({ code, contact: '+84 987.654.321' })
    expect(res.status).toBe(200)
    expect(((await res.json()) as LookupAnswer).status).toBe('received')
  })

  it('answers a wrong contact exactly as an unknown code: nothing to learn from either', async () => {
    const wrongContact = await lookup({ code, contact: 'hoa.tran@example.vn' })
    const unknownCode = await lookup({ code: 'HD-2222-2222', contact: 'lan.pham@example.vn' })
    const wrongPhone = await lookup({ code, contact: '0912345678' })
    expect([wrongContact.status, unknownCode.status, wrongPhone.status]).toEqual([404, 404, 404])
    const bodies = [await wrongContact.text(), await unknownCode.text(), await wrongPhone.text()]
    expect(bodies[0]).toBe(bodies[1])
    expect(bodies[2]).toBe(bodies[1])
    expect(JSON.parse(bodies[0]!)).toMatchObject({ code: 'not-found', message: { vi: expect.any(String), en: expect.any(String) } })
  })

  it('refuses a malformed code or a missing contact with 400', async () => {
    const res = await lookup({ code: 'HD-0000-OOOO', contact: '' })
    expect(res.status).toBe(400)
    const { errors } = (await res.json()) as { errors: { field: string; code: string }[] }
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['code', 'code-invalid'],
      ['contact', 'contact-required'],
    ])
    const notJson = await call('/cases/lookup', { headers: { 'content-type': 'text/plain' }, body: code })
    expect(notJson.status).toBe(415)
    const huge = await lookup({ code, contact: 'x'.repeat(5000) })
    expect(huge.status).toBe(413)
  })

  it('shows the answer once the case is answered and links its public Q&A page, never personal data', async () => {
    const stored = (await byCode(code))!
    await payload.update({
      collection: 'cases',
      id: stored.id,
      context: { importedCase: true },
      overrideAccess: true,
      data: {
        state: 'answered',
        unit: world.unitA.id,
        answer: richText(paragraph(text('Bà được hưởng trợ cấp thất nghiệp.'))) as Case['answer'],
        visibility: 'public',
        publicQuestion: 'Điều kiện hưởng trợ cấp thất nghiệp là gì?',
        answeredAt: '2026-11-30T03:00:00.000Z',
        publicSlug: `dieu-kien-huong-tro-cap-that-nghiep-${stored.id}`,
        notes: [{ text: 'Ghi chú nội bộ: đã gọi điện cho bà Lan.' }],
      },
    })
    const published = (await byCode(code))!
    const res = await lookup({ code, contact: '0987654321' })
    const body = (await res.json()) as LookupAnswer
    expect(body).toEqual({
      trackingCode: code,
      status: 'answered',
      title: VALID.title,
      receivedAt: MONDAY.toISOString(),
      answeredAt: published.answeredAt,
      answerHtml: '<p>Bà được hưởng trợ cấp thất nghiệp.</p>',
      publicUrl: routes.question('vi', published.publicSlug!),
    })
    for (const key of Object.keys(body)) expect(LOOKUP_KEYS).toContain(key)
    const raw = JSON.stringify(body)
    for (const secret of ['Trần Thị Hoa', 'lan.pham', '0987', 'phố Huế', 'Ghi chú'])
      expect(raw).not.toContain(secret)
  })

  it('names the reason of a rejection in both languages', async () => {
    const res = await submitJson({ ...VALID, email: 'spam@example.vn', phone: '' })
    const rejected = (await res.json()) as SubmitAnswer
    const stored = (await byCode(rejected.trackingCode))!
    await payload.update({
      collection: 'cases',
      id: stored.id,
      context: { importedCase: true },
      overrideAccess: true,
      data: { state: 'rejected', rejectionReason: 'missingInformation' },
    })
    const body = (await (await lookup({ code: rejected.trackingCode, contact: 'spam@example.vn' })).json()) as LookupAnswer
    expect(body).toMatchObject({
      status: 'rejected',
      rejectionReason: 'missingInformation',
      rejectionLabel: { vi: 'Thiếu thông tin', en: 'Missing information' },
    })
    expect(body.answerHtml).toBeUndefined()
    expect(body.dueDate).toBeUndefined()
  })

  it('allows 20 lookups per address per window, then 429 with Retry-After', async () => {
    const ip = freshIp()
    for (let i = 0; i < 20; i++) expect((await lookup({ code: 'HD-2222-2223', contact: 'x@example.vn' }, ip)).status).toBe(404)
    const refused = await lookup({ code, contact: '0987654321' }, ip)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('deadlines', () => {
  it('tells a real sender and a robot the same due day, from the configured holiday calendar', async () => {
    clock.now = () => MONDAY
    await payload.updateGlobal({
      slug: 'case-settings',
      overrideAccess: true,
      data: { holidays: [{ from: '2026-12-01', to: '2026-12-02', kind: 'holiday', name: 'Nghỉ bù thử nghiệm' }] },
    })
    try {
      const real = (await (await submitJson(VALID)).json()) as SubmitAnswer
      const robot = (await (await submitJson({ ...VALID, homepage: 'x' })).json()) as SubmitAnswer
      expect(real.dueDate).toBe('2026-12-09')
      expect(robot.dueDate).toBe(real.dueDate)
    } finally {
      await payload.updateGlobal({ slug: 'case-settings', overrideAccess: true, data: { holidays: [] } })
    }
  })
})
