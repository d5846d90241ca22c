import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload } from '../../../cms/test/helpers/payload'
import { importLegalDocuments } from '../../src/legal-import/import'
import { formatIssue } from '../../src/legal-import/issues'
import { pdfDocument } from '../../src/seed/documents'
import { tempDir, writeCsv } from './helpers'

// Tests never depend on a developer's .env (same fixed values as the CMS tests).
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
process.env.PUBLISHER_WEBHOOK_SECRET ??= 'test-webhook-secret-0123456789abcdef'
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'
process.env.CONG_JOBS_AUTORUN = 'false'

let payload: Payload
let close: (() => Promise<void>) | undefined
const dir = tempDir()
const NOW = new Date('2026-11-23T05:00:00.000Z')

const HEADER = [
  'STT',
  'Số ký hiệu',
  'Loại văn bản',
  'Cơ quan ban hành',
  'Người ký',
  'Chức vụ',
  'Ngày ban hành',
  'Ngày có hiệu lực',
  'Trích yếu',
  'Trích yếu (EN)',
  'Lĩnh vực',
  'Sửa đổi',
  'Thay thế',
  'Hướng dẫn',
  'Tệp đính kèm',
]
const ROWS = [
  [
    '1',
    '10/2012/QH13',
    'Bộ luật',
    'Quốc hội',
    'Nguyễn Sinh Hùng',
    'Chủ tịch Quốc hội',
    '18/06/2012',
    '01/05/2013',
    'Bộ luật Lao động',
    'Labour Code 2012',
    'Lao động – Tiền lương',
    '',
    '',
    '',
    '',
  ],
  [
    '2',
    '05/2015/NĐ-CP',
    'Nghị định',
    'Chính phủ',
    'Nguyễn Tấn Dũng',
    'Thủ tướng',
    '12/01/2015',
    '01/03/2015',
    'Quy định chi tiết và hướng dẫn thi hành một số nội dung của Bộ luật Lao động',
    '',
    'Lao động – Tiền lương',
    '',
    '',
    '10/2012/QH13',
    '',
  ],
  [
    '3',
    '45/2019/QH14',
    'Bộ luật',
    'Quốc hội',
    'Nguyễn Thị Kim Ngân',
    'Chủ tịch Quốc hội',
    '20/11/2019',
    '01/01/2021',
    'Bộ luật Lao động',
    'Labour Code 2019',
    'Lao động – Tiền lương',
    '',
    '10/2012/QH13',
    '',
    'tep/45-2019-qh14.pdf',
  ],
  [
    '4',
    '148/2018/NĐ-CP',
    'Nghị định',
    'Chính phủ',
    'Nguyễn Xuân Phúc',
    'Thủ tướng',
    '24/10/2018',
    '15/12/2018',
    'Sửa đổi, bổ sung một số điều của Nghị định số 05/2015/NĐ-CP',
    '',
    'Lao động – Tiền lương',
    '05/2015/NĐ-CP (một phần)',
    '',
    '',
    '',
  ],
  [
    '5',
    '10/2020/TT-BLĐTBXH',
    'Thông tư',
    'Bộ Lao động – Thương binh và Xã hội',
    'Lê Văn Thanh',
    'Thứ trưởng',
    '12/11/2020',
    '01/02/2021',
    'Quy định chi tiết một số điều của Bộ luật Lao động về nội dung chủ yếu của hợp đồng lao động',
    'Detailing the Labour Code on labour contracts',
    'Lao động – Tiền lương',
    '',
    '',
    '45/2019/QH14',
    'tep/10-2020-tt.pdf; tep/10-2020-tt-2.pdf',
  ],
  [
    '6',
    '3120/BLĐXH-VL',
    'Công văn',
    'Bộ Lao động và Xã hội (demo)',
    'Phạm Quốc Bảo',
    'Thứ trưởng',
    '12/08/2026',
    '',
    'V/v hướng dẫn thực hiện chính sách bảo hiểm thất nghiệp',
    '',
    'Việc làm; Bảo hiểm xã hội',
    '',
    '',
    '45/2019/QH14',
    '',
  ],
]

const pdf = (text: string) => pdfDocument(text, [])
mkdirSync(path.join(dir, 'tep'))
writeFileSync(path.join(dir, 'tep', '45-2019-qh14.pdf'), pdf('Bộ luật Lao động 2019'))
writeFileSync(path.join(dir, 'tep', '10-2020-tt.pdf'), pdf('Thông tư 10/2020'))
writeFileSync(path.join(dir, 'tep', '10-2020-tt-2.pdf'), pdf('Phụ lục'))

const countDocs = async () =>
  (await payload.count({ collection: 'legal-documents', overrideAccess: true })).totalDocs
const countFiles = async () =>
  (await payload.count({ collection: 'document-files', overrideAccess: true })).totalDocs
const countVersions = async () =>
  (await payload.countVersions({ collection: 'legal-documents', overrideAccess: true })).totalDocs
const byNumber = async (number: string, locale: 'vi' | 'en' = 'vi') =>
  (
    await payload.find({
      collection: 'legal-documents',
      where: { number: { equals: number } },
      locale,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0]
const run = (file: string, opts: Parameters<typeof importLegalDocuments>[2] = {}) =>
  importLegalDocuments(payload, file, { now: NOW, ...opts })
const storedUploads = () => readdirSync(path.join(process.env.CONG_DATA_DIR!, 'documents')).sort()

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
}, 180_000)

afterAll(async () => {
  await close?.()
})

describe('a broken file', () => {
  it('writes nothing and reports every problem with its row and column', async () => {
    const rows = [
      ROWS[0],
      ['2', '05/2015/ND CP', ...ROWS[1].slice(2)],
      ['3', ...ROWS[2].slice(1, 6), '31/02/2019', ...ROWS[2].slice(7)],
      ['4', ROWS[3][1], 'Nghị quyết liên tịch', ...ROWS[3].slice(3)],
      ['5', ...ROWS[4].slice(1, 13), '99/2019/QH14', ''],
      ['6', ...ROWS[0].slice(1)],
      // A web page saved with a .pdf name: refused by content, like an upload in the admin.
      ['7', ...ROWS[5].slice(1, 14), 'tep/trang-web.pdf'],
    ]
    writeFileSync(path.join(dir, 'tep', 'trang-web.pdf'), '<!doctype html><title>Nghị định</title>')
    const outcome = await run(writeCsv(dir, 'broken.csv', [HEADER, ...rows]))
    expect(outcome.status).toBe('invalid')
    expect(outcome.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, 'Số ký hiệu', 'number-format'],
      [4, 'Ngày ban hành', 'date-invalid'],
      [5, 'Loại văn bản', 'type-unknown'],
      // 148/2018 amends a row whose number did not parse: nothing else in the file or CMS has it.
      [5, 'Sửa đổi', 'relation-unknown'],
      [6, 'Hướng dẫn', 'relation-unknown'],
      [7, 'Số ký hiệu', 'number-duplicate'],
      [8, 'Tệp đính kèm', 'attachment-not-document'],
    ])
    expect(formatIssue(outcome.issues[0]).vi).toBe(
      'Dòng 3, cột "Số ký hiệu": "05/2015/ND CP" không đúng dạng số ký hiệu (ví dụ 14/2017/NĐ-CP)',
    )
    expect(outcome.rows.map((r) => r.status)).toEqual([
      'create',
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
    ])
    expect(await countDocs()).toBe(0)
    expect(await countFiles()).toBe(0)
  })

  it('refuses a file missing a required column before reading rows', async () => {
    const header = HEADER.filter((h) => h !== 'Trích yếu')
    const outcome = await run(writeCsv(dir, 'no-summary.csv', [header, ['1', 'rác']]))
    expect(outcome.status).toBe('refused')
    expect(outcome.issues.map((i) => i.code)).toEqual(['column-missing'])
  })
})

describe('importing', () => {
  const file = writeCsv(dir, 'valid.csv', [HEADER, ...ROWS])

  it('says what it would do in a dry run, writing nothing', async () => {
    const outcome = await run(file, { dryRun: true })
    expect(outcome).toMatchObject({ status: 'dry-run', created: 6, updated: 0, unchanged: 0 })
    expect(outcome.issues).toEqual([])
    expect(await countDocs()).toBe(0)
  })

  it('creates and publishes every document, relations and files included', async () => {
    const progress: number[] = []
    const outcome = await run(file, { onProgress: ({ done }) => progress.push(done) })
    expect(outcome).toMatchObject({ status: 'imported', created: 6, updated: 0, unchanged: 0 })
    // Six documents, then the five that record relations.
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(await countDocs()).toBe(6)
    expect(await countFiles()).toBe(3)

    const labour2019 = await byNumber('45/2019/QH14', 'en')
    expect(labour2019).toMatchObject({
      _status: 'published',
      summary: 'Labour Code 2019',
      type: 'bo-luat',
      slug: '45-2019-qh14',
    })
    const circular = await byNumber('10/2020/TT-BLĐTBXH')
    expect(circular.attachments?.map((a) => a.label)).toEqual(['Bản PDF', 'Bản PDF (2)'])
    expect(circular.issuedDate.slice(0, 10)).toBe('2020-11-12')
    const letter = await byNumber('3120/BLĐXH-VL')
    expect(letter.fields).toEqual(['viec-lam', 'bao-hiem-xa-hoi'])
    expect(letter.effectiveDate ?? null).toBeNull()
  })

  it('gives the targets of relations their validity', async () => {
    // Replaced in full once 45/2019 took effect; amended in part by 148/2018; guided only.
    expect(await byNumber('10/2012/QH13')).toMatchObject({ validityStatus: 'expired' })
    expect(await byNumber('05/2015/NĐ-CP')).toMatchObject({ validityStatus: 'partially-expired' })
    expect(await byNumber('45/2019/QH14')).toMatchObject({ validityStatus: 'in-force' })
    // A directive document has no validity status.
    expect((await byNumber('3120/BLĐXH-VL')).validityStatus ?? null).toBeNull()
  })

  it('changes nothing when the same file comes again', async () => {
    const versions = await countVersions()
    const outcome = await run(file)
    expect(outcome).toMatchObject({ status: 'imported', created: 0, updated: 0, unchanged: 6 })
    expect(await countVersions()).toBe(versions)
    expect(await countFiles()).toBe(3)
  })

  it('updates only the documents whose row changed, and says what changed', async () => {
    const rows = ROWS.map((r) => [...r])
    rows[1][8] = 'Quy định chi tiết và hướng dẫn thi hành Bộ luật Lao động (đã sửa)'
    rows[1][9] = 'Detailing the Labour Code'
    rows[4][14] = 'tep/10-2020-tt.pdf'
    rows[5][13] = ''
    const changed = writeCsv(dir, 'changed.csv', [HEADER, ...rows])
    const dry = await run(changed, { dryRun: true })
    expect(dry.rows.filter((r) => r.status === 'update')).toEqual([
      { row: 3, number: '05/2015/NĐ-CP', status: 'update', changes: ['summary', 'summaryEn'] },
      { row: 6, number: '10/2020/TT-BLĐTBXH', status: 'update', changes: ['attachments'] },
      { row: 7, number: '3120/BLĐXH-VL', status: 'update', changes: ['relations'] },
    ])
    const outcome = await run(changed)
    expect(outcome).toMatchObject({ status: 'imported', created: 0, updated: 3, unchanged: 3 })
    expect((await byNumber('05/2015/NĐ-CP', 'en')).summary).toBe('Detailing the Labour Code')
    expect((await byNumber('10/2020/TT-BLĐTBXH')).attachments).toHaveLength(1)
    expect((await byNumber('3120/BLĐXH-VL')).relations).toEqual([])
    expect((await run(changed)).unchanged).toBe(6)
  })

  it('resolves relations to documents already in the CMS', async () => {
    const next = writeCsv(dir, 'next.csv', [
      HEADER,
      [
        '1',
        '145/2020/NĐ-CP',
        'nghi-dinh',
        'Chính phủ',
        'Nguyễn Xuân Phúc',
        'Thủ tướng',
        '14/12/2020',
        '01/02/2021',
        'Quy định chi tiết Bộ luật Lao động về điều kiện lao động và quan hệ lao động',
        '',
        '',
        '',
        '05/2015/NĐ-CP; 148/2018/NĐ-CP',
        '45/2019/QH14',
        '',
      ],
    ])
    expect(await run(next)).toMatchObject({ status: 'imported', created: 1 })
    expect(await byNumber('05/2015/NĐ-CP')).toMatchObject({ validityStatus: 'expired' })
    expect(await byNumber('148/2018/NĐ-CP')).toMatchObject({ validityStatus: 'expired' })
  })
})

describe('a failure while writing', () => {
  it('rolls everything back, files on disk included', async () => {
    const before = {
      docs: await countDocs(),
      files: await countFiles(),
      versions: await countVersions(),
      uploads: storedUploads(),
    }
    const late = path.join(dir, 'tep', 'late.pdf')
    writeFileSync(late, pdf('Phụ lục muộn'))
    const rows = [
      [
        '1',
        '12/2022/NĐ-CP',
        'Nghị định',
        'Chính phủ',
        'Lê Văn Thành',
        'Phó Thủ tướng',
        '17/01/2022',
        '17/01/2022',
        'Quy định xử phạt vi phạm hành chính trong lĩnh vực lao động',
        '',
        '',
        '',
        '',
        '',
        'tep/45-2019-qh14.pdf',
      ],
      // An existing document updated before the failure: its update must go too.
      ['2', ...ROWS[0].slice(1, 8), 'Bộ luật Lao động (bản sửa)', ...ROWS[0].slice(9)],
      [
        '3',
        '38/2022/NĐ-CP',
        'Nghị định',
        'Chính phủ',
        'Lê Văn Thành',
        'Phó Thủ tướng',
        '12/06/2022',
        '01/07/2022',
        'Quy định mức lương tối thiểu',
        '',
        '',
        '',
        '',
        '',
        'tep/late.pdf',
      ],
    ]
    // The last attachment stops being a PDF after the checks, while the first documents are written.
    const outcome = await run(writeCsv(dir, 'fails.csv', [HEADER, ...rows]), {
      onProgress: ({ done }) => done === 1 && writeFileSync(late, '<html>not a pdf</html>'),
    })
    expect(outcome.status).toBe('failed')
    expect(outcome.failure).toMatch(/^Dòng\/Row 4: /)
    expect(await countDocs()).toBe(before.docs)
    expect(await countFiles()).toBe(before.files)
    expect(await countVersions()).toBe(before.versions)
    expect((await byNumber('10/2012/QH13')).summary).toBe('Bộ luật Lao động')
    expect(await byNumber('12/2022/NĐ-CP')).toBeUndefined()
    expect(storedUploads()).toEqual(before.uploads)
  })
})
