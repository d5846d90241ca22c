import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Article, Case, Draft, DraftComment } from '@cong/shared/payload-types'
import { clock } from '../../src/clock'
import { MAX_COMMENT_BYTES } from '../../src/collections/Drafts/endpoints/comments'
import { MAX_SUBMISSION_BYTES, MAX_TEXT_BYTES } from '../../src/collections/Cases/endpoints/submission'
import { minimalPdf } from '../helpers/documents'
import {
  apiRequest,
  publishedArticle,
  publishedDraft,
  restoreClockAfterEach,
  SAMPLE_QUESTION,
} from '../helpers/endpoints'
import { bootPayload } from '../helpers/payload'
import { seedWorld, type World } from '../helpers/world'
import {
  BAD_BODIES,
  CLEANED_TEXT,
  DISGUISED_FILES,
  expectRefusal,
  expectStoredSafely,
  HOSTILE_FILE_NAMES,
  POLLUTING_BODIES,
  POLYGLOTS,
  withInvalidUtf8,
  WRONG_TYPES,
} from './corpus'

/**
 * The hostile-input corpus against every public endpoint of the CMS: comments on drafts, case
 * submission (JSON and multipart with files), case lookup and the view counter. Requests are
 * real `Request` objects with raw bytes and headers, handed to Payload's endpoint router as the
 * Next route does, so types, sizes and encodings reach the handlers as an attacker sends them.
 */

// One reverse proxy in front of the CMS: each request speaks from its own address, and floods
// reach the per-address allowance quickly.
process.env.CMS_TRUST_PROXY = '1'
process.env.SITE_URL = 'https://cong.example.gov.vn'
process.env.COMMENT_RATE_LIMIT = '4'
process.env.CASE_RATE_LIMIT = '4'
process.env.CASE_LOOKUP_RATE_LIMIT = '6'

let payload: Payload
let close: () => Promise<void>
let world: World
let draft: Draft
let article: Article
let lastIp = 0
let serial = 0

restoreClockAfterEach()
/** Noon in Ha Noi, 23/11/2026, while the draft is open for comment. */
const TODAY = new Date('2026-11-23T05:00:00.000Z')

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'hostile')
  draft = await publishedDraft(payload, world, {
    title: 'Dự thảo Nghị định về an toàn thông tin',
    type: 'nghi-dinh',
    opensOn: '2026-11-01',
    closesOn: '2026-12-31',
  })
  article = await publishedArticle(payload, world, 'Bài có bộ đếm')
})
afterAll(async () => close())

/** Distinct words per request, so no row is refused as a duplicate of another. */
const unique = () => `(lần ${++serial})`

async function send(
  pathname: string,
  body: BodyInit | null,
  headers: Record<string, string | null>,
  ip = `198.51.100.${(++lastIp % 250) + 1}`,
): Promise<Response> {
  const sent: Record<string, string> = { 'x-forwarded-for': `192.0.2.1, ${ip}` }
  for (const [name, value] of Object.entries(headers)) if (value !== null) sent[name] = value
  return apiRequest(pathname, { method: 'POST', headers: sent, body })
}
const json = (value: unknown) => JSON.stringify(value)
const JSON_TYPE = { 'content-type': 'application/json' }

const comment = () => ({
  name: 'Nguyễn Văn An',
  email: 'an.nguyen@example.vn',
  organisation: 'Hiệp hội Doanh nghiệp',
  clause: 'Điều 5',
  text: `Đề nghị làm rõ trách nhiệm của doanh nghiệp ${unique()}.`,
})
const question = () => ({ ...SAMPLE_QUESTION, title: `${SAMPLE_QUESTION.title} ${unique()}` })

const postComment = (
  body: BodyInit | null,
  headers: Record<string, string | null> = JSON_TYPE,
  ip?: string,
) => send(`/drafts/${draft.id}/comments`, body, headers, ip)
const postCase = (body: BodyInit | null, headers: Record<string, string | null> = JSON_TYPE, ip?: string) =>
  send('/cases/submit', body, headers, ip)
const postLookup = (body: BodyInit | null, headers: Record<string, string | null> = JSON_TYPE, ip?: string) =>
  send('/cases/lookup', body, headers, ip)

function form(
  fields: Record<string, string>,
  files: { name: string; bytes: Uint8Array; type: string }[] = [],
): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  for (const file of files) data.append('attachments', new Blob([file.bytes], { type: file.type }), file.name)
  return data
}

const storedComment = async (reference: string) =>
  (
    await payload.find({
      collection: 'draft-comments',
      where: { reference: { equals: reference } },
      depth: 0,
    })
  ).docs[0] as DraftComment
const storedCase = async (trackingCode: string) =>
  (await payload.find({ collection: 'cases', where: { trackingCode: { equals: trackingCode } }, depth: 0 }))
    .docs[0] as Case
/** The body of a 201 answer; any other status fails with that body as the message. */
async function created<T>(res: Response): Promise<T> {
  const answer = (await res.json()) as T
  expect(res.status, JSON.stringify(answer)).toBe(201)
  return answer
}
const countOf = async (collection: 'cases' | 'case-files' | 'draft-comments') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

const JSON_ENDPOINTS = [
  ['POST /api/drafts/:id/comments', postComment],
  ['POST /api/cases/submit', postCase],
  ['POST /api/cases/lookup', postLookup],
] as const

describe('bodies that are not a usable JSON object', () => {
  const rows = JSON_ENDPOINTS.flatMap(([endpoint, post]) =>
    BAD_BODIES.map((row) => ({ ...row, endpoint, post })),
  )
  it.each([
    ['POST /api/drafts/:id/comments', () => postComment(withInvalidUtf8(comment())), 'bad-json'],
    ['POST /api/cases/submit', () => postCase(withInvalidUtf8(question())), 'bad-body'],
  ] as const)(
    '%s refuses invalid UTF-8 inside an otherwise valid body, rather than storing U+FFFD',
    async (_e, post, code) => {
      clock.now = () => TODAY
      const [comments, cases] = [await countOf('draft-comments'), await countOf('cases')]
      await expectRefusal(await post(), 400, code)
      expect([await countOf('draft-comments'), await countOf('cases')]).toEqual([comments, cases])
    },
  )

  it.each(rows)(
    '$endpoint refuses $name with $status and a clear message',
    async ({ post, body, type, status }) => {
      clock.now = () => TODAY
      const before = await countOf('draft-comments')
      const res = await post(body as BodyInit, { 'content-type': type })
      await expectRefusal(res, status)
      expect(await countOf('draft-comments')).toBe(before)
    },
  )

  it.each([
    ['multipart without a boundary', 'multipart/form-data', '--x\r\n', 415],
    ['multipart with a broken body', 'multipart/form-data; boundary=zz', 'not multipart at all', 400],
    [
      'multipart whose parts never end',
      'multipart/form-data; boundary=zz',
      '--zz\r\nContent-Disposition: form-data; name="name"\r\n\r\nAn',
      400,
    ],
  ])('POST /api/cases/submit refuses %s', async (_name, type, body, status) => {
    const before = await countOf('cases')
    await expectRefusal(await postCase(body, { 'content-type': type }), status)
    expect(await countOf('cases')).toBe(before)
  })
})

describe('oversized bodies and lying Content-Length', () => {
  const limits = [
    ['POST /api/drafts/:id/comments', postComment, MAX_COMMENT_BYTES],
    ['POST /api/cases/submit (JSON)', postCase, MAX_TEXT_BYTES],
    ['POST /api/cases/lookup', postLookup, 4 * 1024],
  ] as const
  const padded = (bytes: number) => json({ name: 'An', text: 'x'.repeat(bytes) })

  it.each(limits)('%s refuses a body well past its limit with 413', async (_e, post, limit) => {
    await expectRefusal(await post(padded(limit * 4)), 413, 'too-large')
  })
  it.each(limits)('%s refuses a body past its limit that claims to be small', async (_e, post, limit) => {
    await expectRefusal(
      await post(padded(limit * 2), { ...JSON_TYPE, 'content-length': '40' }),
      413,
      'too-large',
    )
  })
  it.each(limits)('%s refuses a small body that claims to be huge, before reading it', async (_e, post) => {
    await expectRefusal(
      await post(json({ name: 'An' }), { ...JSON_TYPE, 'content-length': '99999999999' }),
      413,
      'too-large',
    )
  })
  it('POST /api/cases/submit refuses a multipart upload past the whole-submission limit', async () => {
    const before = await countOf('case-files')
    const big = new Uint8Array(MAX_SUBMISSION_BYTES + 1024)
    const res = await postCase(
      form(question(), [{ name: 'big.pdf', bytes: big, type: 'application/pdf' }]),
      {},
    )
    await expectRefusal(res, 413, 'too-large')
    expect(await countOf('case-files')).toBe(before)
  })
})

describe('hostile text in the fields is stored clean, as plain text', () => {
  it.each(CLEANED_TEXT)('a comment with $name is stored clean', async ({ sent, stored }) => {
    clock.now = () => TODAY
    const body = comment()
    const res = await postComment(
      json({ ...body, name: sent, organisation: sent, text: `${sent}\n\n${body.text}` }),
    )
    const answer = await created<{ reference: string }>(res)
    const doc = await storedComment(answer.reference)
    expect(doc.name).toEqual(stored)
    expect(doc.organisation).toEqual(stored)
    expectStoredSafely(doc as unknown as Record<string, unknown>, ['name', 'organisation', 'clause', 'text'])
  })

  it.each(CLEANED_TEXT)('a case sent as JSON with $name is stored clean', async ({ sent, stored }) => {
    const body = question()
    const res = await postCase(
      json({ ...body, name: sent, address: sent, content: `${sent}\n${body.content}` }),
    )
    const answer = await created<{ trackingCode: string }>(res)
    const doc = await storedCase(answer.trackingCode)
    expect(doc.name).toEqual(stored)
    expect(doc.address).toEqual(stored)
    expectStoredSafely(doc as unknown as Record<string, unknown>, ['name', 'address', 'title', 'content'])
  })

  it.each(CLEANED_TEXT)('a case sent as a form with $name is stored clean', async ({ sent, stored }) => {
    const body = question()
    const res = await postCase(form({ ...body, name: sent, title: `${sent} ${body.title}` }), {})
    const answer = await created<{ trackingCode: string }>(res)
    const doc = await storedCase(answer.trackingCode)
    // A form cannot carry a lone surrogate: the browser's encoder already replaced it.
    expect(doc.name).toEqual(stored)
    expectStoredSafely(doc as unknown as Record<string, unknown>, ['name', 'address', 'title', 'content'])
  })

  it('a very long single word is stored whole up to the limit and refused past it', async () => {
    clock.now = () => TODAY
    const word = 'a'.repeat(9_000)
    const ok = await postComment(json({ ...comment(), text: `${word} ${unique()}` }))
    expect(ok.status).toBe(201)
    const answer = (await ok.json()) as { reference: string }
    expect((await storedComment(answer.reference)).text.startsWith(word)).toBe(true)
    await expectRefusal(
      await postComment(json({ ...comment(), text: 'b'.repeat(10_001) })),
      400,
      'text-too-long',
    )
    await expectRefusal(
      await postCase(json({ ...question(), title: 'c'.repeat(251) })),
      400,
      'title-too-long',
    )
  })

  it('a text that is only markup is refused as too short, not stored empty', async () => {
    clock.now = () => TODAY
    await expectRefusal(
      await postComment(json({ ...comment(), text: '<script>alert("xxxxxxxxxxxxxxxxxx")</script>' })),
      400,
      'text-too-short',
    )
    await expectRefusal(
      await postCase(
        json({ ...question(), content: '<img src=x onerror=alert(1)><svg onload=alert(1)></svg>' }),
      ),
      400,
      'content-too-short',
    )
  })
})

describe('values of the wrong type and injection objects', () => {
  it.each(WRONG_TYPES)('a comment with $name as its name is refused with 400', async ({ value }) => {
    clock.now = () => TODAY
    await expectRefusal(await postComment(json({ ...comment(), name: value })), 400, 'name-required')
  })
  it.each(WRONG_TYPES)('a case with $name as its title is refused with 400', async ({ value }) => {
    await expectRefusal(await postCase(json({ ...question(), title: value })), 400, 'title-too-short')
  })
  it.each(WRONG_TYPES)(
    'a lookup with $name as its code or contact is refused with 400',
    async ({ value }) => {
      await expectRefusal(await postLookup(json({ code: value, contact: '0912345678' })), 400, 'code-invalid')
      await expectRefusal(
        await postLookup(json({ code: 'HD-7KQ3-M8PD', contact: value })),
        400,
        'contact-required',
      )
    },
  )
  it.each(["' OR 1=1 --", "HD-7KQ3-M8PD' OR '1'='1", 'HD-%', '*', '../../etc/passwd'])(
    'a lookup with the code %j is refused as not a code',
    async (code) => {
      await expectRefusal(
        await postLookup(json({ code, contact: 'hoa.tran@example.vn' })),
        400,
        'code-invalid',
      )
    },
  )
  it('a lookup with an injection string as its contact finds nothing, like any wrong contact', async () => {
    const sent = (await (await postCase(json(question()))).json()) as { trackingCode: string }
    for (const contact of ["' OR 1=1 --", '" || "1"=="1', '*@*', '%']) {
      await expectRefusal(await postLookup(json({ code: sent.trackingCode, contact })), 404, 'not-found')
    }
  })

  const pollutionRows = [
    ...POLLUTING_BODIES(comment).map((row) => ({ ...row, endpoint: 'comments', post: postComment })),
    ...POLLUTING_BODIES(question).map((row) => ({ ...row, endpoint: 'cases', post: postCase })),
  ]
  it.each(pollutionRows)(
    '$endpoint: a body with $name keys pollutes nothing and stores no extra field',
    async ({ body, post }) => {
      clock.now = () => TODAY
      const res = await post(body())
      expect(res.status).toBe(201)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      const answer = (await res.json()) as { reference?: string; trackingCode?: string }
      const doc = answer.reference
        ? await storedComment(answer.reference)
        : await storedCase(answer.trackingCode!)
      expect(Object.keys(doc)).not.toContain('polluted')
    },
  )
  it('a form field named __proto__ pollutes nothing', async () => {
    const data = form(question())
    data.append('__proto__', 'polluted')
    data.append('constructor', 'polluted')
    expect((await postCase(data, {})).status).toBe(201)
    expect(({} as Record<string, unknown>).constructor).toBe(Object)
  })
})

describe('attachments', () => {
  const uploadDir = () => payload.collections['case-files'].config.upload.staticDir

  it.each(DISGUISED_FILES)('$name is refused and nothing is stored', async ({ file, type, bytes }) => {
    const [cases, files] = [await countOf('cases'), await countOf('case-files')]
    const body = await expectRefusal(
      await postCase(form(question(), [{ name: file, bytes, type }]), {}),
      400,
      'attachment-type',
    )
    expect(JSON.stringify(body)).not.toMatch(/<svg|<script|<html/i)
    expect([await countOf('cases'), await countOf('case-files')]).toEqual([cases, files])
  })

  it.each(POLYGLOTS)(
    '$name is kept as what its bytes are, under a generated name',
    async ({ bytes, type, mime, ext }) => {
      const res = await postCase(form(question(), [{ name: 'index.html', bytes, type }]), {})
      const answer = await created<{ trackingCode: string }>(res)
      const { docs } = await payload.find({
        collection: 'case-files',
        where: { case: { equals: (await storedCase(answer.trackingCode)).id } },
        depth: 0,
      })
      expect(docs.map((f) => [f.filename, f.mimeType])).toEqual([[`${answer.trackingCode}-1.${ext}`, mime]])
    },
  )

  const names = HOSTILE_FILE_NAMES.map((name) => ({ name, shown: JSON.stringify(name.slice(0, 40)) }))
  it.each(names)(
    'a PDF named $shown is stored under a generated name inside the upload folder',
    async ({ name }) => {
      const res = await postCase(
        form(question(), [{ name, bytes: minimalPdf(), type: 'application/pdf' }]),
        {},
      )
      const answer = await created<{ trackingCode: string }>(res)
      const { docs } = await payload.find({
        collection: 'case-files',
        where: { case: { equals: (await storedCase(answer.trackingCode)).id } },
        depth: 0,
      })
      expect(docs.map((f) => f.filename)).toEqual([`${answer.trackingCode}-1.pdf`])
      expect(existsSync(path.resolve(uploadDir(), '../../etc/passwd.pdf'))).toBe(false)
    },
  )

  it('every stored attachment has a generated name and nothing was written beside the folder', () => {
    const names = readdirSync(uploadDir())
    expect(names.length).toBeGreaterThan(0)
    for (const name of names)
      expect(name).toMatch(/^HD-[2-9A-Z]{4}-[2-9A-Z]{4}-\d(-\d+)?\.(pdf|png|jpg|webp)$/)
    expect(
      readdirSync(path.dirname(uploadDir())).filter((n) => /etc|windows|passwd|shadow/i.test(n)),
    ).toEqual([])
  })

  it('a refused file is quoted back by its last name segment only, without markup or controls', async () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>')
    const name = '../../<img src=x onerror=alert(1)>\u202Ehoá-đơn\u0000.pdf'
    const body = await expectRefusal(
      await postCase(form(question(), [{ name, bytes: html, type: 'application/pdf' }]), {}),
      400,
      'attachment-type',
    )
    const message = (body.errors as { message: { vi: string; en: string } }[])[0]!.message
    for (const text of [message.vi, message.en]) {
      expect(text).not.toMatch(/[<>\u202E]|\.\.\//)
      expect(text).not.toContain('\u0000')
      expect(text).toContain('hoá-đơn.pdf')
    }
  })
})

describe('duplicate submissions', () => {
  it('the same comment sent twice is refused the second time with 409; other words or another sender pass', async () => {
    clock.now = () => TODAY
    const body = comment()
    expect((await postComment(json(body))).status).toBe(201)
    await expectRefusal(await postComment(json(body)), 409, 'duplicate')
    // From another address, and with the e-mail in capitals: the same sender still.
    await expectRefusal(
      await postComment(json({ ...body, email: body.email.toUpperCase() })),
      409,
      'duplicate',
    )
    expect((await postComment(json({ ...body, email: 'binh@example.vn' }))).status).toBe(201)
    expect((await postComment(json({ ...body, text: `${body.text} Bổ sung.` }))).status).toBe(201)
  })

  it('the same question sent twice is refused with 409 that does not repeat the first tracking code', async () => {
    const body = question()
    const first = (await (await postCase(json(body))).json()) as { trackingCode: string }
    expect(first.trackingCode).toMatch(/^HD-/)
    const again = await postCase(form({ ...body, phone: '+84 912 345 678', email: '' }), {})
    const refusal = await expectRefusal(again, 409, 'duplicate')
    expect(JSON.stringify(refusal)).not.toContain(first.trackingCode)
    expect(JSON.stringify(refusal)).not.toMatch(/HD-[2-9A-Z]{4}-[2-9A-Z]{4}/)
    // Somebody else asking the very same question is a new case.
    expect((await postCase(json({ ...body, email: 'khac@example.vn', phone: '0987654321' }))).status).toBe(
      201,
    )
  })
})

describe('floods past the rate limit', () => {
  it.each([
    [
      'comments',
      (i: number) =>
        postComment(json({ ...comment(), text: `Góp ý thứ ${i} ${unique()}` }), JSON_TYPE, '192.0.2.50'),
    ],
    ['case submissions', () => postCase(json(question()), JSON_TYPE, '192.0.2.51')],
    [
      'case lookups',
      () => postLookup(json({ code: 'HD-7KQ3-M8PD', contact: '0912345678' }), JSON_TYPE, '192.0.2.52'),
    ],
  ])(
    '%s from one address get 429 with Retry-After and a clear message, and nothing more is stored',
    async (_name, post) => {
      clock.now = () => TODAY
      const statuses: number[] = []
      let refused: Response | undefined
      for (let i = 0; i < 10; i++) {
        const res = await post(i)
        statuses.push(res.status)
        if (res.status === 429) refused ??= res
        else await res.body?.cancel()
      }
      expect(statuses.filter((s) => s >= 500)).toEqual([])
      expect(statuses.slice(-3)).toEqual([429, 429, 429])
      expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(refused!.headers.get('access-control-expose-headers')).toMatch(/Retry-After/i)
      await expectRefusal(refused!, 429, 'rate-limited')
    },
  )
})

describe('POST /api/views/:id', () => {
  const hit = (id: string, body: BodyInit | null = null, headers: Record<string, string | null> = {}) =>
    send(`/views/${id}`, body, headers)

  it.each([
    '..%2F..%2Fetc%2Fpasswd',
    '1%20OR%201%3D1',
    '%00',
    '1%00',
    '%7B%22%24gt%22%3A%22%22%7D',
    '-1',
    '0x10',
    '1e3',
    '9'.repeat(40),
    '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  ])('refuses the id %s with 400 and a clear message', async (id) => {
    await expectRefusal(await hit(id), 400, 'bad-id')
  })

  it('answers 404 for an id that names no published article', async () => {
    await expectRefusal(await hit('987654321'), 404, 'not-found')
  })

  it.each(BAD_BODIES)('ignores a body of $name: the count is all it answers', async ({ body, type }) => {
    const res = await hit(String(article.id), body as BodyInit, { 'content-type': type })
    expect(res.status).toBe(200)
    expect(Object.keys((await res.json()) as object)).toEqual(['views'])
  })

  it('counts a flood from one reader once', async () => {
    const views: number[] = []
    for (let i = 0; i < 20; i++) {
      const res = await send(`/views/${article.id}`, null, {}, '192.0.2.60')
      views.push(((await res.json()) as { views: number }).views)
    }
    expect(new Set(views).size).toBe(1)
  })
})
