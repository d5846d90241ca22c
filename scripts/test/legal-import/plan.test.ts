import { describe, expect, it } from 'vitest'
import { planImport, planRow, type LocalAttachment, type StoredDocument } from '../../src/legal-import/plan'
import type { LegalRow } from '../../src/legal-import/rows'

const row = (over: Partial<LegalRow> = {}): LegalRow => ({
  row: 2,
  number: '145/2020/NĐ-CP',
  key: '145/2020/nd-cp@chinh phu',
  type: 'nghi-dinh',
  issuingBody: 'Chính phủ',
  issuingBodyEn: 'The Government',
  signerName: 'Nguyễn Xuân Phúc',
  issuedDate: '2020-12-14',
  effectiveDate: '2021-02-01',
  expiryDate: null,
  summary: 'Quy định chi tiết',
  summaryEn: null,
  fields: ['lao-dong-tien-luong'],
  relations: {
    replaces: [{ number: '05/2015/NĐ-CP', scope: 'whole', targetKey: '05/2015/nd-cp@chinh phu' }],
  },
  ...over,
})

const stored = (over: Partial<StoredDocument> = {}): StoredDocument => ({
  id: 7,
  key: '145/2020/nd-cp@chinh phu',
  number: '145/2020/NĐ-CP',
  published: true,
  type: 'nghi-dinh',
  issuingBody: { vi: 'Chính phủ', en: 'The Government' },
  signerName: 'Nguyễn Xuân Phúc',
  // Not in the row: a column the file does not have is never compared.
  signerTitle: { vi: 'Thủ tướng', en: 'Prime Minister' },
  issuedDate: '2020-12-14',
  effectiveDate: '2021-02-01',
  expiryDate: null,
  summary: { vi: 'Quy định chi tiết', en: null },
  fields: ['lao-dong-tien-luong'],
  relations: [
    {
      rowId: 'r1',
      kind: 'replaces',
      targetKey: '05/2015/nd-cp@chinh phu',
      targetId: 3,
      scope: 'whole',
      note: 'toàn bộ',
    },
    // A kind the file has no column for stays out of the comparison.
    {
      rowId: 'r2',
      kind: 'guides',
      targetKey: '45/2019/qh14@quoc hoi',
      targetId: 4,
      scope: 'whole',
      note: null,
    },
  ],
  attachments: [],
  ...over,
})

const pdf: LocalAttachment = { path: '/x/nd.pdf', filename: 'nd.pdf', size: 100, sha256: 'aaa' }

describe('planRow', () => {
  it('creates what the CMS does not have', () => {
    expect(planRow(row(), undefined, undefined)).toMatchObject({ action: 'create', changes: [] })
  })

  it('leaves a document that says the same alone', () => {
    expect(planRow(row(), stored(), undefined)).toMatchObject({ action: 'unchanged', changes: [] })
  })

  it.each<[string, Partial<LegalRow>, Partial<StoredDocument>, string[]]>([
    ['a new summary', { summary: 'Khác' }, {}, ['summary']],
    ['an English summary added', { summaryEn: 'Detailing' }, {}, ['summaryEn']],
    ['an effective date cleared', { effectiveDate: null }, {}, ['effectiveDate']],
    ['the issuing body respelt (same key)', { issuingBody: 'chính phủ' }, {}, ['issuingBody']],
    [
      'fields in another order are the same',
      { fields: ['viec-lam', 'lao-dong-tien-luong'] },
      { fields: ['lao-dong-tien-luong', 'viec-lam'] },
      [],
    ],
    [
      'a relation now partial',
      {
        relations: {
          replaces: [{ number: '05/2015/NĐ-CP', scope: 'part', targetKey: '05/2015/nd-cp@chinh phu' }],
        },
      },
      {},
      ['relations'],
    ],
    ['a relation column emptied', { relations: { replaces: [] } }, {}, ['relations']],
    ['a draft gets published', {}, { published: false }, ['status']],
    ['the type', { type: 'quyet-dinh' }, {}, ['type']],
  ])('updates %s', (_, rowOver, storedOver, changes) => {
    const plan = planRow(row(rowOver), stored(storedOver), undefined)
    expect(plan.changes).toEqual(changes)
    expect(plan.action).toBe(changes.length ? 'update' : 'unchanged')
  })

  it('reuses a stored attachment with the same bytes and replaces one that differs', () => {
    const same = {
      rowId: 'a1',
      fileId: 1,
      label: { vi: 'nd.pdf', en: null },
      filename: 'nd.pdf',
      filesize: 100,
      sha256: 'aaa',
    }
    const unchanged = planRow(row({ attachments: [] }), stored({ attachments: [same] }), [pdf])
    expect(unchanged.action).toBe('unchanged')
    expect(unchanged.attachments).toEqual([{ local: pdf, stored: same }])
    const changed = planRow(row({ attachments: [] }), stored({ attachments: [{ ...same, sha256: 'bbb' }] }), [
      pdf,
    ])
    expect(changed.changes).toEqual(['attachments'])
    expect(changed.attachments).toEqual([{ local: pdf, stored: undefined }])
    // Storage that cannot be read back is compared by name and size.
    expect(planRow(row(), stored({ attachments: [{ ...same, sha256: null }] }), [pdf]).action).toBe(
      'unchanged',
    )
    expect(planRow(row(), stored({ attachments: [same] }), []).changes).toEqual(['attachments'])
  })
})

describe('planImport', () => {
  const rows = [
    row(),
    row({ row: 3, number: '12/2022/NĐ-CP', key: '12/2022/nd-cp@chinh phu' }),
    row({ row: 4, key: 'x@y', summary: 'Mới' }),
  ]
  const existing = new Map([
    ['145/2020/nd-cp@chinh phu', stored()],
    ['x@y', stored({ key: 'x@y' })],
  ])

  it('counts what it would do', () => {
    expect(planImport(rows, existing, new Map())).toMatchObject({ created: 1, updated: 1, unchanged: 1 })
  })

  it('never touches existing documents in create-only mode (the seed keeps admins’ edits)', () => {
    expect(planImport(rows, existing, new Map(), 'create-only')).toMatchObject({
      created: 1,
      updated: 0,
      unchanged: 2,
    })
  })
})
