import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Draft } from '@cong/shared/payload-types'
import { clock } from '../src/clock'
import { deliveredEvents } from '../src/publishing/hooks'
import { bootPayload } from './helpers/payload'
import { seedWorld, type ActingUser, type World } from './helpers/world'
import { paragraph, richText, text } from './publishing/fixtures'

let payload: Payload
let close: () => Promise<void>
let world: World

const realNow = clock.now
/** Noon in Ha Noi, 23/11/2026. */
const TODAY = new Date('2026-11-23T05:00:00.000Z')

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'drafts')
})
afterAll(async () => close())
afterEach(() => {
  clock.now = realNow
})

const base = (): Partial<Draft> => ({
  title: `Dự thảo Thông tư ${Math.random().toString(36).slice(2, 8)}`,
  type: 'thong-tu',
  draftingUnit: world.unitA.id,
  opensOn: '2026-11-01',
  closesOn: '2026-12-31',
})

const as = (user: ActingUser) => ({ user, overrideAccess: false }) as const

const create = (data: Partial<Draft>, user?: ActingUser) =>
  payload.create({
    collection: 'drafts',
    data: { ...base(), ...data } as Draft,
    depth: 0,
    ...(user ? as(user) : {}),
  })

const summary = {
  body: richText(paragraph(text('Đã nhận 12 góp ý, tiếp thu 9.'))) as NonNullable<Draft['summary']>['body'],
}

describe('comment period and status', () => {
  it('refuses a period that closes before it opens, with a vi/en message on the closing day', async () => {
    const attempt = create({ opensOn: '2026-12-10', closesOn: '2026-12-01' })
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/Ngày kết thúc lấy ý kiến.*must close on or after/s),
      data: { errors: [{ path: 'closesOn' }] },
    })
  })

  it.each([
    ['before the period', { opensOn: '2026-12-01', closesOn: '2026-12-31' }, 'upcoming'],
    ['during the period', { opensOn: '2026-11-23', closesOn: '2026-11-23' }, 'open'],
    ['after the period', { opensOn: '2026-10-01', closesOn: '2026-11-22' }, 'closed'],
  ])('computes the status %s', async (_, period, status) => {
    clock.now = () => TODAY
    expect((await create(period)).status).toBe(status)
  })

  it('is issued once the resulting document is linked, whatever the period', async () => {
    clock.now = () => TODAY
    const decree = await payload.create({
      collection: 'legal-documents',
      data: {
        number: '12/2026/TT-BLĐTBXH',
        type: 'thong-tu',
        issuingBody: 'Bộ LĐTBXH',
        issuedDate: '2026-11-01',
        summary: 'Thông tư',
      },
    })
    const draft = await create({ opensOn: '2026-11-01', closesOn: '2026-12-31' })
    const linked = await payload.update({
      collection: 'drafts',
      id: draft.id,
      data: { resultingDocument: decree.id },
    })
    expect(linked.status).toBe('issued')
  })

  it('takes the summary of comments only once the period is over, and dates it', async () => {
    clock.now = () => TODAY
    const running = await create({})
    const early = payload.update({ collection: 'drafts', id: running.id, data: { summary } })
    await expect(early).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(
        /hết hạn lấy ý kiến \(31\/12\/2026\).*once the comment period has closed/s,
      ),
    })
    const over = await create({ opensOn: '2026-10-01', closesOn: '2026-11-22' })
    const saved = await payload.update({ collection: 'drafts', id: over.id, data: { summary } })
    expect(saved.summary?.publishedAt).toBe(TODAY.toISOString())
  })
})

describe('who may do what', () => {
  it('a contributor drafts for their own unit only, and the unit is filled in for them', async () => {
    const own = await create({ draftingUnit: undefined }, world.users.contributor)
    expect(own.draftingUnit).toBe(world.unitA.id)
    await expect(create({ draftingUnit: world.unitA.id }, world.users.contributorB)).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/dự thảo của đơn vị mình.*own unit's drafts/s),
    })
    const handOver = payload.update({
      collection: 'drafts',
      id: own.id,
      data: { draftingUnit: world.unitB.id },
      ...as(world.users.contributor),
    })
    await expect(handOver).rejects.toMatchObject({ status: 403 })
  })

  it('contributors save drafts; editors and the board publish', async () => {
    const draft = await create({}, world.users.contributor)
    const publish = payload.update({
      collection: 'drafts',
      id: draft.id,
      data: { _status: 'published' },
      ...as(world.users.contributor),
    })
    await expect(publish).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/Chỉ Biên tập viên.*Only editors/s),
    })

    await payload.update({
      collection: 'drafts',
      id: draft.id,
      data: { _status: 'published' },
      ...as(world.users.editor),
    })
    // Once public, the contributor still proposes changes as a draft version, but cannot unpublish.
    await payload.update({
      collection: 'drafts',
      id: draft.id,
      draft: true,
      data: { title: 'Tên mới đề xuất' },
      ...as(world.users.contributor),
    })
    expect((await payload.findByID({ collection: 'drafts', id: draft.id })).title).toBe(draft.title)
    const unpublish = payload.update({
      collection: 'drafts',
      id: draft.id,
      data: { _status: 'draft' },
      ...as(world.users.contributor),
    })
    await expect(unpublish).rejects.toMatchObject({ status: 403 })
  })

  it('publishing tells the publisher; a draft save of a published draft does not', async () => {
    const draft = await create({})
    const events = () =>
      deliveredEvents
        .filter((e) => e.collection === 'drafts' && e.id === String(draft.id))
        .map((e) => e.event)
    await payload.update({ collection: 'drafts', id: draft.id, data: { _status: 'published' } })
    await payload.update({
      collection: 'drafts',
      id: draft.id,
      draft: true,
      data: { title: 'Đổi tên (nháp)' },
    })
    expect(events()).toEqual(['publish'])
  })

  it("deleting a draft deletes its commenters' details with it", async () => {
    const draft = await create({ _status: 'published' })
    await payload.create({
      collection: 'draft-comments',
      data: {
        draft: draft.id,
        reference: 'GY-TEST-0001',
        name: 'Người góp ý',
        email: 'a@example.vn',
        text: 'Nội dung góp ý',
        submittedAt: TODAY.toISOString(),
      },
    })
    await payload.delete({ collection: 'drafts', id: draft.id, ...as(world.users.board) })
    expect(
      (await payload.count({ collection: 'draft-comments', where: { draft: { equals: draft.id } } }))
        .totalDocs,
    ).toBe(0)
  })
})
