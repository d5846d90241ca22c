import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { DocumentFile, Draft, LegalDocument } from '@cong/shared/payload-types'
import type { Snapshot, SnapshotDraft, SnapshotLegalDocument } from '@cong/shared/snapshot'
import { clock } from '../../src/clock'
import { buildSnapshot } from '../../src/publishing/snapshot'
import { publishEnglish } from '../../src/translations/service'
import { minimalDocx, minimalPdf } from '../helpers/documents'
import { bootPayload } from '../helpers/payload'
import { seedWorld, type World } from '../helpers/world'
import { paragraph, richText, text } from './fixtures'

let payload: Payload
let close: () => Promise<void>
let world: World
let snapshot: Snapshot
const docs: Record<string, LegalDocument> = {}
const drafts: Record<string, Draft> = {}
let signedPdf: DocumentFile
let wordFile: DocumentFile

const OPTIONS = {
  siteUrl: 'https://cong.example.gov.vn',
  cmsPublicUrl: 'https://cms.example.gov.vn',
  fileBaseUrl: 'http://cms.internal:3000',
}
/** Noon in Ha Noi, 23/11/2026. */
const TODAY = new Date('2026-11-23T05:00:00.000Z')
const realNow = clock.now

async function legal(key: string, data: Partial<LegalDocument>): Promise<LegalDocument> {
  docs[key] = await payload.create({
    collection: 'legal-documents',
    data: {
      type: 'nghi-dinh',
      issuingBody: 'Chính phủ',
      issuedDate: '2015-01-10',
      effectiveDate: '2015-03-01',
      summary: `Trích yếu ${key}`,
      _status: 'published',
      ...data,
    } as LegalDocument,
  })
  return docs[key]
}

async function draft(key: string, data: Partial<Draft>): Promise<Draft> {
  drafts[key] = await payload.create({
    collection: 'drafts',
    data: {
      title: `Dự thảo ${key}`,
      type: 'thong-tu',
      draftingUnit: world.unitA.id,
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
      _status: 'published',
      ...data,
    } as Draft,
  })
  return drafts[key]
}

const file = (data: Buffer, name: string, mimetype: string) =>
  payload.create({
    collection: 'document-files',
    data: {},
    file: { data, name, mimetype, size: data.length },
  })

const legalIn = (key: string): SnapshotLegalDocument | undefined =>
  snapshot.legalDocuments.find((d) => d.id === String(docs[key].id))
const draftIn = (key: string): SnapshotDraft | undefined =>
  snapshot.drafts.find((d) => d.id === String(drafts[key].id))

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'legalsnap')
  clock.now = () => TODAY
  signedPdf = await file(minimalPdf(), 'Nghị định 14 bản ký.pdf', 'application/pdf')
  wordFile = await file(minimalDocx(), 'nghi-dinh-14.docx', 'application/octet-stream')

  await legal('old', { number: '05/2015/NĐ-CP', signerName: 'Nguyễn Tấn Dũng', signerTitle: 'Thủ tướng' })
  await payload.update({
    collection: 'legal-documents',
    id: docs.old.id,
    locale: 'en',
    data: { summary: 'Detailing the Labour Code', signerTitle: 'Prime Minister' },
  })
  await publishEnglish(payload, 'legal-documents', docs.old.id)
  await legal('main', {
    number: '145/2020/NĐ-CP',
    issuedDate: '2020-12-14',
    effectiveDate: '2021-02-01',
    fields: ['lao-dong-tien-luong', 'viec-lam'],
    attachments: [{ file: signedPdf.id, label: 'Bản có chữ ký' }, { file: wordFile.id }],
    fullText: richText(paragraph(text('Điều 1. Phạm vi điều chỉnh'))) as LegalDocument['fullText'],
  })
  await legal('hidden', { number: '999/2020/NĐ-CP', _status: 'draft' })
  await payload.update({
    collection: 'legal-documents',
    id: docs.main.id,
    data: {
      relations: [
        { kind: 'replaces', target: docs.old.id, scope: 'whole' },
        { kind: 'amends', target: docs.hidden.id, scope: 'part' },
      ],
    },
  })
  await legal('guide', {
    number: '10/2020/TT-BLĐTBXH',
    type: 'thong-tu',
    issuingBody: 'Bộ Lao động – Thương binh và Xã hội',
    issuedDate: '2020-11-12',
    effectiveDate: '2021-02-01',
    relations: [{ kind: 'guides', target: docs.main.id, scope: 'whole', note: 'Điều 3' }],
  })
  await legal('future', { number: '200/2026/NĐ-CP', issuedDate: '2026-11-20', effectiveDate: '2027-01-01' })
  await legal('letter', {
    number: '4321/LĐTBXH-VP',
    type: 'cong-van',
    issuingBody: 'Bộ Lao động – Thương binh và Xã hội',
  })

  await draft('open', { files: [{ file: wordFile.id, label: 'Dự thảo Thông tư' }] })
  await draft('upcoming', { opensOn: '2026-12-01', closesOn: '2026-12-31' })
  await draft('closed', { opensOn: '2026-09-01', closesOn: '2026-09-30' })
  await payload.update({
    collection: 'drafts',
    id: drafts.closed.id,
    data: {
      summary: {
        body: richText(paragraph(text('Đã nhận 12 góp ý, tiếp thu 9.'))) as NonNullable<
          Draft['summary']
        >['body'],
        files: [{ file: signedPdf.id, label: 'Báo cáo tổng hợp' }],
      },
    },
  })
  await draft('issued', { opensOn: '2020-06-01', closesOn: '2020-07-31', resultingDocument: docs.main.id })
  await draft('issuedUnpublished', {
    opensOn: '2020-06-01',
    closesOn: '2020-07-31',
    resultingDocument: docs.hidden.id,
  })
  await draft('unpublished', { _status: 'draft' })

  snapshot = await buildSnapshot(payload, OPTIONS)
})
afterAll(async () => {
  clock.now = realNow
  await close()
})

describe('legal documents in the snapshot', () => {
  it('holds the published documents only', () => {
    expect(snapshot.legalDocuments.map((d) => d.number).sort()).toEqual(
      ['05/2015/NĐ-CP', '10/2020/TT-BLĐTBXH', '145/2020/NĐ-CP', '200/2026/NĐ-CP', '4321/LĐTBXH-VP'].sort(),
    )
  })

  it('shows a document with its facts, attachments and both directions of its relations', () => {
    expect(legalIn('main')).toEqual({
      id: String(docs.main.id),
      slug: '145-2020-nd-cp',
      number: '145/2020/NĐ-CP',
      type: 'nghi-dinh',
      fields: ['lao-dong-tien-luong', 'viec-lam'],
      issuingBody: { vi: 'Chính phủ' },
      issuedDate: '2020-12-14',
      effectiveDate: '2021-02-01',
      validity: { status: 'in-force', since: '2021-02-01', cause: { kind: 'dates' } },
      relations: [
        // The relation to a document that is not public is left out.
        { kind: 'replaces', direction: 'outgoing', scope: 'whole', documentId: String(docs.old.id) },
        {
          kind: 'guides',
          direction: 'incoming',
          scope: 'whole',
          documentId: String(docs.guide.id),
          note: 'Điều 3',
        },
      ],
      attachments: [
        {
          path: expect.stringMatching(/^\/files\/nghi-dinh-14-ban-ky-[0-9a-f]{8}\.pdf$/),
          name: 'Nghị định 14 bản ký.pdf',
          mimeType: 'application/pdf',
          bytes: signedPdf.filesize,
          label: { vi: 'Bản có chữ ký' },
        },
        {
          path: '/files/nghi-dinh-14.docx',
          name: 'nghi-dinh-14.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          bytes: wordFile.filesize,
        },
      ],
      updatedAt: expect.any(String),
      vi: { summary: 'Trích yếu main', fullTextHtml: '<p>Điều 1. Phạm vi điều chỉnh</p>' },
    })
  })

  it('lists every attached file once, to be fetched from the CMS', () => {
    const attachmentPaths = snapshot.legalDocuments.flatMap((d) => d.attachments.map((a) => a.path))
    for (const path of attachmentPaths) {
      const entries = snapshot.files.filter((f) => f.path === path)
      expect(entries).toHaveLength(1)
      expect(entries[0].sourceUrl).toMatch(/^http:\/\/cms\.internal:3000\/api\/document-files\/file\//)
    }
    expect(snapshot.files.find((f) => f.path === '/files/nghi-dinh-14.docx')).toEqual({
      path: '/files/nghi-dinh-14.docx',
      sourceUrl: 'http://cms.internal:3000/api/document-files/file/nghi-dinh-14.docx',
      bytes: wordFile.filesize,
    })
  })

  it('computes validity as of today, naming the document that caused it', () => {
    expect(legalIn('old')?.validity).toEqual({
      status: 'expired',
      since: '2021-02-01',
      cause: {
        kind: 'relation',
        relation: 'replaces',
        documentId: String(docs.main.id),
        number: '145/2020/NĐ-CP',
      },
    })
    expect(legalIn('old')?.relations).toEqual([
      { kind: 'replaces', direction: 'incoming', scope: 'whole', documentId: String(docs.main.id) },
    ])
    expect(legalIn('future')?.validity).toEqual({
      status: 'not-yet-effective',
      cause: { kind: 'dates' },
      upcoming: { status: 'in-force', on: '2027-01-01', cause: { kind: 'dates' } },
    })
    expect(legalIn('letter')?.validity).toEqual({ status: null })
  })

  it('carries English only where it was translated', () => {
    expect(legalIn('old')).toMatchObject({
      signer: { name: 'Nguyễn Tấn Dũng', title: { vi: 'Thủ tướng', en: 'Prime Minister' } },
      en: { summary: 'Detailing the Labour Code' },
      // Saving in English stored the Vietnamese issuing body as its English: not a translation.
      issuingBody: { vi: 'Chính phủ' },
    })
    expect(legalIn('main')?.en).toBeUndefined()
  })
})

describe('drafts in the snapshot', () => {
  it('holds published drafts with their status as of today', () => {
    expect(Object.fromEntries(Object.keys(drafts).map((key) => [key, draftIn(key)?.status]))).toEqual({
      open: 'open',
      upcoming: 'upcoming',
      closed: 'closed',
      issued: 'issued',
      // The resulting document is not public: the site cannot link to it.
      issuedUnpublished: 'closed',
      unpublished: undefined,
    })
    expect(draftIn('issued')?.resultingDocumentId).toBe(String(docs.main.id))
    expect(draftIn('issuedUnpublished')?.resultingDocumentId).toBeUndefined()
  })

  it('shows a draft with its files and no comments yet', () => {
    expect(draftIn('open')).toEqual({
      id: String(drafts.open.id),
      slug: drafts.open.slug,
      type: 'thong-tu',
      draftingUnitId: String(world.unitA.id),
      fields: [],
      opensOn: '2026-11-01',
      closesOn: '2026-12-31',
      status: 'open',
      files: [
        {
          path: '/files/nghi-dinh-14.docx',
          name: 'nghi-dinh-14.docx',
          mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          bytes: wordFile.filesize,
          label: { vi: 'Dự thảo Thông tư' },
        },
      ],
      comments: [],
      updatedAt: expect.any(String),
      vi: { title: 'Dự thảo open' },
    })
  })

  it('publishes the summary of comments once the period is over', () => {
    expect(draftIn('closed')?.summary).toEqual({
      html: '<p>Đã nhận 12 góp ý, tiếp thu 9.</p>',
      files: [
        expect.objectContaining({ name: 'Nghị định 14 bản ký.pdf', label: { vi: 'Báo cáo tổng hợp' } }),
      ],
      publishedAt: TODAY.toISOString(),
    })
  })
})
