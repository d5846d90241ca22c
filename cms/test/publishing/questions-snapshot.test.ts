import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionAfterChangeHook, Payload } from 'payload'
import type { Case } from '@cong/shared/payload-types'
import type { Snapshot } from '@cong/shared/snapshot'
import { publicAnswerHooks } from '../../src/collections/Cases/publicAnswer'
import { deliveredEvents } from '../../src/publishing/hooks'
import { buildSnapshot } from '../../src/publishing/snapshot'
import { bootPayload } from '../helpers/payload'
import { seedWorld, type World } from '../helpers/world'
import { paragraph, richText, text } from './fixtures'

let payload: Payload
let close: () => Promise<void>
let world: World
let snapshot: Snapshot
const cases: Record<string, Case> = {}

const OPTIONS = { siteUrl: 'https://cong.example.gov.vn', cmsPublicUrl: 'https://cms.example.gov.vn' }

/** What the senders typed that must never reach the site. */
const SENDER = {
  name: 'Lê Văn Tám',
  email: 'tam.le@example.vn',
  phone: '0901234567',
  address: 'Số 5 ngõ Trạm, Hoàn Kiếm',
}
const NOTE = 'Ghi chú nội bộ: người hỏi là họ hàng của cán bộ'

/** A case as the migration from the old system stores it, in the state given. */
async function importCase(key: string, data: Partial<Case>): Promise<Case> {
  const n = Object.keys(cases).length + 2
  const doc = await payload.create({
    collection: 'cases',
    context: { importedCase: true },
    overrideAccess: true,
    data: {
      trackingCode: `HD-QSNP-${'23456789'[n]}AAA`,
      senderKind: 'business',
      type: 'question',
      field: 'viec-lam',
      ...SENDER,
      title: `Câu hỏi ${key} về hợp đồng lao động`,
      content: `Xin hỏi về hợp đồng lao động thời vụ: công ty có phải ký bằng văn bản không (${key})?`,
      receivedAt: '2026-09-01T02:00:00.000Z',
      notes: [{ text: NOTE }],
      ...data,
    } as Case,
  })
  cases[key] = doc
  return doc
}

const answer = (words: string) => richText(paragraph(text(words))) as Case['answer']

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'qsnap')
  const answered = { state: 'answered', unit: world.unitA.id, visibility: 'public' } as const
  await importCase('older', {
    ...answered,
    answeredAt: '2026-10-01T03:00:00.000Z',
    publicTitle: 'Hợp đồng lao động thời vụ có phải đóng bảo hiểm?',
    publicQuestion: 'Người lao động làm hợp đồng thời vụ 2 tháng có phải đóng bảo hiểm xã hội không?',
    answer: answer('Có, từ hợp đồng đủ 1 tháng trở lên. <script>alert(1)</script>'),
    publicSlug: 'hop-dong-lao-dong-thoi-vu-co-phai-dong-bao-hiem-older',
  })
  await importCase('newer', {
    ...answered,
    type: 'petition',
    senderKind: 'voter',
    field: 'tre-em',
    unit: world.unitB.id,
    receivedAt: '2026-10-20T02:00:00.000Z',
    answeredAt: '2026-11-02T03:00:00.000Z',
    answer: answer('Kiến nghị đã được tiếp thu.'),
    publicQuestion: 'Cử tri kiến nghị tăng mức trợ cấp cho trẻ em mồ côi.',
    publicSlug: 'kien-nghi-newer',
  })
  await importCase('private', {
    ...answered,
    visibility: 'private',
    answeredAt: '2026-11-05T03:00:00.000Z',
    answer: answer('Trả lời riêng cho ông Tám.'),
  })
  await importCase('inProgress', { state: 'inProgress', unit: world.unitA.id })
  await importCase('rejected', { state: 'rejected', rejectionReason: 'spam' })
  // One case per read, so the order must hold across batches too.
  snapshot = await buildSnapshot(payload, { ...OPTIONS, batchSize: 1 })
})
afterAll(async () => close())

describe('snapshot: Hỏi – Đáp', () => {
  it('carries public answers only, newest answer first', () => {
    expect(snapshot.questions.map((q) => q.id)).toEqual([String(cases.newer!.id), String(cases.older!.id)])
  })

  it('shows the question as edited for publication, with the answer as sanitised HTML', async () => {
    const older = await payload.findByID({ collection: 'cases', id: cases.older!.id, depth: 0 })
    expect(snapshot.questions[1]).toEqual({
      id: String(older.id),
      slug: older.publicSlug,
      type: 'question',
      senderKind: 'business',
      field: 'viec-lam',
      unitId: String(world.unitA.id),
      askedAt: '2026-09-01T02:00:00.000Z',
      answeredAt: '2026-10-01T03:00:00.000Z',
      updatedAt: older.updatedAt,
      vi: {
        title: 'Hợp đồng lao động thời vụ có phải đóng bảo hiểm?',
        question: 'Người lao động làm hợp đồng thời vụ 2 tháng có phải đóng bảo hiểm xã hội không?',
        answerHtml: '<p>Có, từ hợp đồng đủ 1 tháng trở lên. &lt;script&gt;alert(1)&lt;/script&gt;</p>',
      },
    })
  })

  it('falls back to the sender’s title when the board left the public one blank, never to their question', () => {
    const newer = snapshot.questions[0]!
    expect(newer).toMatchObject({ type: 'petition', senderKind: 'voter', field: 'tre-em', unitId: String(world.unitB.id) })
    expect(newer.vi.title).toBe(cases.newer!.title)
    expect(newer.vi.question).toBe('Cử tri kiến nghị tăng mức trợ cấp cho trẻ em mồ côi.')
    expect(JSON.stringify(snapshot)).not.toContain(cases.newer!.content)
  })

  it('never carries what only the staff may see: contacts, address, notes, private answers', () => {
    const whole = JSON.stringify(snapshot)
    for (const secret of [SENDER.name, SENDER.email, SENDER.phone, SENDER.address, NOTE, 'Trả lời riêng', 'HD-QSNP'])
      expect(whole).not.toContain(secret)
    for (const question of snapshot.questions)
      expect(Object.keys(question).sort()).toEqual(
        ['id', 'slug', 'type', 'senderKind', 'field', 'unitId', 'askedAt', 'answeredAt', 'updatedAt', 'vi'].sort(),
      )
  })
})

describe('publicAnswerHooks', () => {
  const run = (doc: Partial<Case>, previousDoc: Partial<Case> | undefined) =>
    (publicAnswerHooks.afterChange as CollectionAfterChangeHook)({
      doc: { id: 7, ...doc },
      previousDoc,
      collection: { slug: 'cases' },
      req: { context: {} },
      operation: 'update',
    } as unknown as Parameters<CollectionAfterChangeHook>[0])
  const events = async (action: () => unknown) => {
    const before = deliveredEvents.length
    await action()
    return deliveredEvents.slice(before).map((e) => [e.event, e.collection, e.id])
  }
  const publicCase = { state: 'answered', visibility: 'public', publicTitle: 'A' } as const

  it('tells the publisher when a case enters or leaves Hỏi – Đáp, or a public one is edited', async () => {
    expect(await events(() => run(publicCase, { state: 'awaitingApproval' }))).toEqual([['publish', 'cases', '7']])
    expect(await events(() => run({ ...publicCase, publicTitle: 'B' }, publicCase))).toEqual([['update', 'cases', '7']])
    expect(await events(() => run({ ...publicCase, visibility: 'private' }, publicCase))).toEqual([['unpublish', 'cases', '7']])
  })

  it('stays quiet for cases the site never shows and for edits it does not show', async () => {
    expect(await events(() => run({ state: 'routed' }, { state: 'received' }))).toEqual([])
    expect(await events(() => run({ ...publicCase, transitionNote: 'x' }, publicCase))).toEqual([])
  })
})
