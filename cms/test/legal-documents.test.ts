import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { LegalDocument } from '@cong/shared/payload-types'
import { clock } from '../src/clock'
import { refreshStoredStatuses } from '../src/jobs/refreshStatuses'
import { deliveredEvents } from '../src/publishing/hooks'
import { bootPayload } from './helpers/payload'
import { seedWorld, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World
let serial = 100

const realNow = clock.now
/** Noon in Ha Noi on 23/11/2026, the day these tests are written for. */
const TODAY = new Date('2026-11-23T05:00:00.000Z')

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'legal')
})
afterAll(async () => close())
afterEach(() => {
  clock.now = realNow
})

type Data = Partial<LegalDocument>

/** A document with a fresh number, created as trusted code (published unless told otherwise). */
async function document(data: Data = {}): Promise<LegalDocument> {
  return payload.create({
    collection: 'legal-documents',
    data: {
      number: `${++serial}/2017/NĐ-CP`,
      type: 'nghi-dinh',
      issuingBody: 'Chính phủ',
      issuedDate: '2017-02-14',
      effectiveDate: '2017-04-01',
      summary: 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức',
      _status: 'published',
      ...data,
    } as LegalDocument,
  })
}

const stored = async (id: LegalDocument['id']) =>
  payload.findByID({ collection: 'legal-documents', id, depth: 0 })

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the save to be refused')
    },
    (error: { status?: number; message?: string; data?: { errors?: { path: string; message: string }[] } }) =>
      error,
  )

describe('số ký hiệu', () => {
  it.each([
    ['not a number at all', 'Nghị định về lao động', /số\/năm\/LOẠI-CƠ QUAN.*number\/year\/TYPE-BODY/s],
    ['a year before 1945', '14/1900/NĐ-CP', /Năm trong số ký hiệu.*between 1945 and next year/s],
    ['a space inside the symbol', '14/2017/NĐ CP', /14\/2017\/NĐ-CP/],
  ])('refuses %s with a message naming the expected form, in vi and en', async (_, number, message) => {
    const error = await refusal(document({ number }))
    expect(error.status).toBe(400)
    expect(error.message).toMatch(message)
    expect(error.data?.errors?.[0]?.path).toBe('number')
  })

  it('stores the canonical form', async () => {
    const doc = await document({ number: 'Số: 88/2017/NĐ–CP ' })
    expect(doc.number).toBe('88/2017/NĐ-CP')
    expect(doc.slug).toBe('88-2017-nd-cp')
  })

  it('is unique per issuing body, with a clear message; the same number at another body is allowed', async () => {
    const first = await document({ number: '01/2024/TT-BTC', issuingBody: 'Bộ Tài chính', type: 'thong-tu' })
    const duplicate = await refusal(
      document({ number: '01/2024/TT-BTC', issuingBody: ' bộ tài  chính ', type: 'thong-tu' }),
    )
    expect(duplicate.status).toBe(400)
    expect(duplicate.message).toMatch(/Văn bản số 01\/2024\/TT-BTC của bộ tài\s+chính đã có.*already exists/s)
    expect(duplicate.data?.errors?.[0]?.path).toBe('number')

    const elsewhere = await document({
      number: '01/2024/TT-BTC',
      issuingBody: 'Bộ Tài chính (Kho bạc)',
      type: 'thong-tu',
    })
    expect(elsewhere.numberKey).not.toBe(first.numberKey)
    // Both pages need their own URL.
    expect([first.slug, elsewhere.slug]).toEqual(['01-2024-tt-btc', '01-2024-tt-btc-2'])
  })

  it('refuses taking the number of another document of the same body on edit', async () => {
    const a = await document()
    const b = await document()
    const error = await refusal(
      payload.update({ collection: 'legal-documents', id: b.id, data: { number: a.number } }),
    )
    expect(error.status).toBe(400)
    expect((await stored(b.id)).number).toBe(b.number)
  })

  it('keeps the slug when the number is corrected: the public URL never changes', async () => {
    const doc = await document({ number: '77/2017/NĐ-CP' })
    const edited = await payload.update({
      collection: 'legal-documents',
      id: doc.id,
      data: { number: '78/2017/NĐ-CP', summary: 'Trích yếu đã sửa' },
    })
    expect(edited.number).toBe('78/2017/NĐ-CP')
    expect(edited.slug).toBe('77-2017-nd-cp')
  })

  it('ignores a slug or number key sent through the API', async () => {
    const doc = await payload.create({
      collection: 'legal-documents',
      data: {
        number: '501/QĐ-BLĐTBXH',
        type: 'quyet-dinh',
        issuingBody: 'Bộ Lao động – Thương binh và Xã hội',
        issuedDate: '2024-03-01',
        summary: 'Về việc ban hành kế hoạch',
        slug: 'tu-dat',
        numberKey: 'gia-mao',
      },
      user: world.users.editor,
      overrideAccess: false,
    })
    expect(doc.slug).toBe('501-qd-bldtbxh')
    expect(doc.numberKey).toBe('501/qd-bldtbxh@bo lao dong – thuong binh va xa hoi')
  })
})

describe('Vietnamese first', () => {
  it('requires the issuing body and summary in Vietnamese, with a message saying so', async () => {
    const error = await refusal(document({ summary: ' ' }))
    expect(error.status).toBe(400)
    expect(error.data?.errors?.[0]).toMatchObject({
      path: 'summary',
      message: expect.stringMatching(/tiếng Việt.*in Vietnamese/s),
    })
  })

  it('publishes an English summary without an English issuing body, leaving the Vietnamese text alone', async () => {
    const doc = await document()
    const english = await payload.update({
      collection: 'legal-documents',
      id: doc.id,
      locale: 'en',
      data: { summary: 'On the organisation of the Ministry' },
      user: world.users.editor,
      overrideAccess: false,
    })
    expect(english.summary).toBe('On the organisation of the Ministry')
    const vietnamese = await payload.findByID({
      collection: 'legal-documents',
      id: doc.id,
      locale: 'vi',
      depth: 0,
    })
    expect({ summary: vietnamese.summary, issuingBody: vietnamese.issuingBody }).toEqual({
      summary: doc.summary,
      issuingBody: 'Chính phủ',
    })
  })
})

describe('tình trạng hiệu lực', () => {
  it('follows the document’s own dates, and directive documents have none', async () => {
    clock.now = () => TODAY
    expect((await document({ effectiveDate: '2026-12-01' })).validityStatus).toBe('not-yet-effective')
    const inForce = await document()
    expect(inForce).toMatchObject({ validityStatus: 'in-force' })
    expect(inForce.validitySince?.slice(0, 10)).toBe('2017-04-01')
    expect((await document({ expiryDate: '2026-11-23' })).validityStatus).toBe('expired')
    expect((await document({ type: 'cong-van', number: '4321/LĐTBXH-VP' })).validityStatus).toBeNull()
  })

  it('a replacing document makes the old one expired from its own effective date, both ways', async () => {
    clock.now = () => TODAY
    const old = await document()
    const replacing = await document({
      number: '145/2020/NĐ-CP',
      issuedDate: '2020-12-14',
      effectiveDate: '2021-02-01',
      relations: [{ kind: 'replaces', target: old.id, scope: 'whole' }],
    })
    const after = await stored(old.id)
    expect(after.validityStatus).toBe('expired')
    expect(after.validitySince?.slice(0, 10)).toBe('2021-02-01')
    // The admin's list reads the latest version: it shows the same.
    const { docs } = await payload.find({
      collection: 'legal-documents',
      where: { id: { equals: old.id } },
      draft: true,
    })
    expect(docs[0].validityStatus).toBe('expired')
    // The acting document's own status is its own business.
    expect(replacing.validityStatus).toBe('in-force')
  })

  it('a replacement that takes effect later leaves the old one in force until then', async () => {
    clock.now = () => TODAY
    const old = await document()
    await document({
      effectiveDate: '2027-01-01',
      relations: [{ kind: 'replaces', target: old.id, scope: 'whole' }],
    })
    expect((await stored(old.id)).validityStatus).toBe('in-force')
  })

  it('editing the acting document recomputes its targets, old and new', async () => {
    clock.now = () => TODAY
    const first = await document()
    const second = await document()
    const acting = await document({
      effectiveDate: '2020-01-01',
      relations: [{ kind: 'amends', target: first.id, scope: 'part' }],
    })
    expect((await stored(first.id)).validityStatus).toBe('partially-expired')

    await payload.update({
      collection: 'legal-documents',
      id: acting.id,
      data: { relations: [{ kind: 'repeals', target: second.id, scope: 'whole' }] },
    })
    expect((await stored(first.id)).validityStatus).toBe('in-force')
    expect((await stored(second.id)).validityStatus).toBe('expired')

    await payload.update({
      collection: 'legal-documents',
      id: acting.id,
      data: { effectiveDate: '2027-06-01' },
    })
    expect((await stored(second.id)).validityStatus).toBe('in-force')
  })

  it('deleting or unpublishing the acting document gives the target its status back', async () => {
    clock.now = () => TODAY
    const target = await document()
    const acting = await document({ relations: [{ kind: 'replaces', target: target.id, scope: 'whole' }] })
    expect((await stored(target.id)).validityStatus).toBe('expired')
    await payload.update({ collection: 'legal-documents', id: acting.id, data: { _status: 'draft' } })
    expect((await stored(target.id)).validityStatus).toBe('in-force')
    await payload.update({ collection: 'legal-documents', id: acting.id, data: { _status: 'published' } })
    expect((await stored(target.id)).validityStatus).toBe('expired')
    await payload.delete({ collection: 'legal-documents', id: acting.id })
    expect((await stored(target.id)).validityStatus).toBe('in-force')
  })

  it('an unpublished replacement changes nothing until it is published', async () => {
    clock.now = () => TODAY
    const target = await document()
    const draft = await document({
      _status: 'draft',
      relations: [{ kind: 'replaces', target: target.id, scope: 'whole' }],
    })
    expect((await stored(target.id)).validityStatus).toBe('in-force')
    await payload.update({ collection: 'legal-documents', id: draft.id, data: { _status: 'published' } })
    expect((await stored(target.id)).validityStatus).toBe('expired')
  })

  it('a document saved later takes the relations acting on it into account', async () => {
    clock.now = () => TODAY
    const target = await document()
    await document({ relations: [{ kind: 'replaces', target: target.id, scope: 'part' }] })
    const resaved = await payload.update({
      collection: 'legal-documents',
      id: target.id,
      data: { summary: 'Trích yếu mới' },
    })
    expect(resaved.validityStatus).toBe('partially-expired')
  })

  it('an override needs a reason, and then wins', async () => {
    clock.now = () => TODAY
    const doc = await document()
    const error = await refusal(
      payload.update({
        collection: 'legal-documents',
        id: doc.id,
        data: { validityOverride: { status: 'suspended' } },
      }),
    )
    expect(error.status).toBe(400)
    expect(error.data?.errors?.[0]?.path).toBe('validityOverride.reason')
    expect(error.message).toMatch(/Cần ghi lý do.*Give the reason/s)
    expect((await stored(doc.id)).validityStatus).toBe('in-force')

    const overridden = await payload.update({
      collection: 'legal-documents',
      id: doc.id,
      data: {
        validityOverride: {
          status: 'suspended',
          reason: 'Ngưng hiệu lực theo Quyết định 12/QĐ-TTg',
          since: '2026-10-01',
        },
      },
    })
    expect(overridden.validityStatus).toBe('suspended')
    expect(overridden.validitySince?.slice(0, 10)).toBe('2026-10-01')
  })
})

describe('the nightly refresh of date-driven statuses', () => {
  it('brings validity and draft status up to date as days pass, writing only what changed', async () => {
    clock.now = () => TODAY
    const upcoming = await document({ effectiveDate: '2026-12-01' })
    const replaced = await document()
    await document({
      effectiveDate: '2026-12-01',
      relations: [{ kind: 'replaces', target: replaced.id, scope: 'whole' }],
    })
    const draft = await payload.create({
      collection: 'drafts',
      data: {
        title: 'Dự thảo sắp hết hạn',
        type: 'thong-tu',
        draftingUnit: world.unitA.id,
        opensOn: '2026-11-01',
        closesOn: '2026-11-30',
      },
    })
    expect([
      (await stored(upcoming.id)).validityStatus,
      (await stored(replaced.id)).validityStatus,
      draft.status,
    ]).toEqual(['not-yet-effective', 'in-force', 'open'])

    // 00:30 on 1 December in Ha Noi.
    const night = new Date('2026-11-30T17:30:00.000Z')
    const refreshed = await refreshStoredStatuses(payload, night)
    expect(refreshed.legalDocuments).toEqual(
      expect.arrayContaining([String(upcoming.id), String(replaced.id)]),
    )
    expect(refreshed.drafts).toContain(String(draft.id))
    expect((await stored(upcoming.id)).validityStatus).toBe('in-force')
    expect(await stored(replaced.id)).toMatchObject({ validityStatus: 'expired' })
    const { docs } = await payload.find({
      collection: 'drafts',
      where: { id: { equals: draft.id } },
      draft: true,
    })
    expect(docs[0].status).toBe('closed')

    expect(await refreshStoredStatuses(payload, night)).toEqual({ legalDocuments: [], drafts: [] })
  })
})

describe('who may do what', () => {
  it('translators edit the English text only', async () => {
    const doc = await document()
    const translator = { user: world.users.translator, overrideAccess: false } as const
    const english = await payload.update({
      collection: 'legal-documents',
      id: doc.id,
      locale: 'en',
      draft: true,
      data: {
        summary: 'On the functions of the Ministry',
        number: '999/2017/NĐ-CP',
        issuedDate: '2000-01-01',
      },
      ...translator,
    })
    expect(english.summary).toBe('On the functions of the Ministry')
    const latest = await payload.findByID({
      collection: 'legal-documents',
      id: doc.id,
      draft: true,
      depth: 0,
    })
    expect({
      number: latest.number,
      issuedDate: latest.issuedDate.slice(0, 10),
      summary: latest.summary,
    }).toEqual({
      number: doc.number,
      issuedDate: '2017-02-14',
      summary: doc.summary,
    })

    const vietnamese = payload.update({
      collection: 'legal-documents',
      id: doc.id,
      data: { summary: 'Sửa' },
      ...translator,
    })
    await expect(vietnamese).rejects.toMatchObject({ status: 403 })
    // Publishing is for editors: it would also publish others' pending changes.
    const publishing = payload.update({
      collection: 'legal-documents',
      id: doc.id,
      locale: 'en',
      data: { summary: 'Published' },
      ...translator,
    })
    await expect(publishing).rejects.toMatchObject({ status: 403 })
  })

  it('the public reads published documents only', async () => {
    const draft = await document({ _status: 'draft' })
    const published = await document()
    const { docs } = await payload.find({
      collection: 'legal-documents',
      overrideAccess: false,
      pagination: false,
      depth: 0,
    })
    const ids = docs.map((d) => d.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)
  })
})

describe('webhooks', () => {
  const eventsFor = (id: LegalDocument['id']) =>
    deliveredEvents
      .filter((e) => e.collection === 'legal-documents' && e.id === String(id))
      .map((e) => e.event)

  it('fire on publish, update of the published document and unpublish; not on a draft save', async () => {
    const doc = await document({ _status: 'draft' })
    expect(eventsFor(doc.id)).toEqual([])
    await payload.update({ collection: 'legal-documents', id: doc.id, data: { _status: 'published' } })
    await payload.update({
      collection: 'legal-documents',
      id: doc.id,
      draft: true,
      data: { summary: 'Bản nháp sửa', _status: 'draft' },
    })
    await payload.update({
      collection: 'legal-documents',
      id: doc.id,
      data: { summary: 'Bản đăng sửa', _status: 'published' },
    })
    await payload.update({ collection: 'legal-documents', id: doc.id, data: { _status: 'draft' } })
    expect(eventsFor(doc.id)).toEqual(['publish', 'publish', 'unpublish'])
    // The draft save left the public document as it was.
    expect((await stored(doc.id)).summary).not.toBe('Bản nháp sửa')
  })
})
