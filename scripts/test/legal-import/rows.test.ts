import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatIssue, type Issue } from '../../src/legal-import/issues'
import { checkRows, validateRow, type KnownDocument, type RowResult } from '../../src/legal-import/rows'
import type { CellValue } from '../../src/legal-import/sheet'
import { parseDateCell, splitScope } from '../../src/legal-import/values'
import { PDF, rowContext, sheetRow, tempDir } from './helpers'

const dir = tempDir()
writeFileSync(path.join(dir, 'nd-145.pdf'), PDF)
writeFileSync(path.join(dir, 'empty.pdf'), '')
const ctx = rowContext(dir)

const check = (cells: Record<string, CellValue>, row = 7) => validateRow(sheetRow(cells, row), ctx)
const brief = (issue: Issue) => ({
  level: issue.level,
  code: issue.code,
  row: issue.row,
  column: issue.column,
  value: issue.value,
})

describe('a valid row', () => {
  it('parses every column', () => {
    const { result, issues } = check({
      'Tệp đính kèm': 'nd-145.pdf',
      'Lĩnh vực': 'lao-dong-tien-luong; Việc làm',
      'Bãi bỏ': '11/2016/TT-BLĐTBXH (một phần)',
    })
    expect(issues).toEqual([])
    expect(result.ok).toBe(true)
    expect(result.value).toMatchObject({
      row: 7,
      number: '145/2020/NĐ-CP',
      key: '145/2020/nd-cp@chinh phu',
      type: 'nghi-dinh',
      issuingBody: 'Chính phủ',
      issuingBodyEn: 'The Government',
      signerTitleEn: 'Prime Minister',
      issuedDate: '2020-12-14',
      effectiveDate: '2021-02-01',
      expiryDate: null,
      fields: ['lao-dong-tien-luong', 'viec-lam'],
      relations: {
        amends: [],
        replaces: [{ number: '05/2015/NĐ-CP', scope: 'whole' }],
        repeals: [{ number: '11/2016/TT-BLĐTBXH', scope: 'part' }],
        guides: [{ number: '45/2019/QH14', scope: 'whole' }],
      },
      attachments: [{ text: 'nd-145.pdf', path: path.join(dir, 'nd-145.pdf') }],
    })
  })

  it.each<[CellValue, string]>([
    ['Nghị định', 'nghi-dinh'],
    ['nghi-dinh', 'nghi-dinh'],
    ['NGHỊ ĐỊNH', 'nghi-dinh'],
    ['Decree', 'nghi-dinh'],
    ['Thông tư liên tịch', 'thong-tu-lien-tich'],
    ['Công văn', 'cong-van'],
  ])('type %j is %s', (type, code) => {
    expect(check({ 'Loại văn bản': type }).result.value.type).toBe(code)
  })
})

describe('errors of a single row', () => {
  it.each<[string, Record<string, CellValue>, Partial<Issue>[]]>([
    [
      'a mistyped number',
      { 'Số ký hiệu': '14/2017/ND CP' },
      [{ code: 'number-format', column: 'Số ký hiệu', value: '14/2017/ND CP' }],
    ],
    ['an empty number', { 'Số ký hiệu': ' ' }, [{ code: 'required', column: 'Số ký hiệu' }]],
    [
      'a number from the future',
      { 'Số ký hiệu': '1/2035/NĐ-CP' },
      [{ code: 'number-year', column: 'Số ký hiệu' }],
    ],
    [
      'an unknown type',
      { 'Loại văn bản': 'Nghị quyết liên tịch' },
      [{ code: 'type-unknown', column: 'Loại văn bản', value: 'Nghị quyết liên tịch' }],
    ],
    ['an empty issuing body', { 'Cơ quan ban hành': '' }, [{ code: 'required', column: 'Cơ quan ban hành' }]],
    [
      'a day that does not exist',
      { 'Ngày ban hành': '31/02/2020' },
      [{ code: 'date-invalid', column: 'Ngày ban hành', value: '31/02/2020' }],
    ],
    [
      'a month-first date',
      { 'Ngày có hiệu lực': '2/15/2021' },
      [{ code: 'date-invalid', column: 'Ngày có hiệu lực' }],
    ],
    [
      'a two-digit year',
      { 'Ngày có hiệu lực': '01/02/21' },
      [{ code: 'date-invalid', column: 'Ngày có hiệu lực' }],
    ],
    [
      'a year out of range',
      { 'Ngày hết hiệu lực': '01/01/2200' },
      [{ code: 'date-range', column: 'Ngày hết hiệu lực' }],
    ],
    ['an empty issued date', { 'Ngày ban hành': null }, [{ code: 'required', column: 'Ngày ban hành' }]],
    [
      'an issued date after today',
      { 'Ngày ban hành': '01/12/2026', 'Ngày có hiệu lực': '' },
      [{ code: 'issued-in-future', column: 'Ngày ban hành', value: '01/12/2026' }],
    ],
    [
      'effective before issued',
      { 'Ngày có hiệu lực': '01/12/2020' },
      [{ code: 'effective-before-issued', column: 'Ngày có hiệu lực', value: '01/12/2020' }],
    ],
    [
      'expiry on the effective date',
      { 'Ngày hết hiệu lực': '2021-02-01' },
      [{ code: 'expiry-not-after-start', column: 'Ngày hết hiệu lực', value: '01/02/2021' }],
    ],
    [
      'expiry before issued, without an effective date',
      { 'Ngày có hiệu lực': '', 'Ngày hết hiệu lực': '10/12/2020' },
      [{ code: 'expiry-not-after-start', column: 'Ngày hết hiệu lực' }],
    ],
    ['an empty summary', { 'Trích yếu': '' }, [{ code: 'required', column: 'Trích yếu' }]],
    [
      'a summary too long',
      { 'Trích yếu': 'x'.repeat(2001) },
      [{ code: 'text-too-long', column: 'Trích yếu' }],
    ],
    [
      'unknown fields, each reported',
      { 'Lĩnh vực': 'Lao động; Việc làm; Y tế' },
      [
        { code: 'field-unknown', column: 'Lĩnh vực', value: 'Lao động' },
        { code: 'field-unknown', column: 'Lĩnh vực', value: 'Y tế' },
      ],
    ],
    [
      'a relation that is not a number',
      { 'Thay thế': 'Nghị định 05' },
      [{ code: 'relation-number', column: 'Thay thế', value: 'Nghị định 05' }],
    ],
    [
      'an unknown scope marker',
      { 'Sửa đổi': '05/2015/NĐ-CP (điều 3)' },
      [{ code: 'relation-number', column: 'Sửa đổi' }],
    ],
    ['a relation to itself', { 'Bãi bỏ': '145/2020/NĐ-CP' }, [{ code: 'relation-self', column: 'Bãi bỏ' }]],
    [
      'a relation listed twice',
      { 'Hướng dẫn': '45/2019/QH14; 45/2019/QH14 (part)' },
      [{ code: 'relation-repeated', column: 'Hướng dẫn' }],
    ],
    [
      'a missing attachment',
      { 'Tệp đính kèm': 'khong-co.pdf' },
      [{ code: 'attachment-missing', column: 'Tệp đính kèm', value: 'khong-co.pdf' }],
    ],
    [
      'an attachment of the wrong kind',
      { 'Tệp đính kèm': 'anh.jpg' },
      [{ code: 'attachment-type', column: 'Tệp đính kèm' }],
    ],
    [
      'an empty attachment',
      { 'Tệp đính kèm': 'empty.pdf' },
      [{ code: 'attachment-empty', column: 'Tệp đính kèm' }],
    ],
  ])('%s', (_, cells, expected) => {
    const { result, issues } = check(cells)
    expect(result.ok).toBe(false)
    expect(issues).toMatchObject(expected.map((issue) => ({ level: 'error', row: 7, ...issue })))
  })

  it('reports every problem of a row, not only the first', () => {
    const { issues } = check({ 'Số ký hiệu': 'abc', 'Loại văn bản': 'xyz', 'Ngày ban hành': '32/01/2020' })
    expect(issues.map((i) => i.code)).toEqual(['number-format', 'type-unknown', 'date-invalid'])
  })

  it('words the problem with the row and the column as the user sees them', () => {
    const [issue] = check({ 'Số ký hiệu': '14/2017/ND CP' }).issues
    expect(formatIssue(issue)).toEqual({
      vi: 'Dòng 7, cột "Số ký hiệu": "14/2017/ND CP" không đúng dạng số ký hiệu (ví dụ 14/2017/NĐ-CP)',
      en: 'Row 7, column "Số ký hiệu": "14/2017/ND CP" is not a document number (e.g. 14/2017/NĐ-CP)',
    })
  })
})

describe('date cells', () => {
  it.each<[Exclude<CellValue, null>, string]>([
    ['14/12/2020', '2020-12-14'],
    ['1/7/2021', '2021-07-01'],
    ['01.07.2021', '2021-07-01'],
    ['01-07-2021', '2021-07-01'],
    ['2021-07-01', '2021-07-01'],
    ['01/07/2021 00:00:00', '2021-07-01'],
    ['ngày 15 tháng 02 năm 2020', '2020-02-15'],
    // ExcelJS reads a date cell as midnight UTC of the day shown.
    [new Date(Date.UTC(2021, 6, 1)), '2021-07-01'],
    // An Excel serial that lost its date format.
    [44378, '2021-07-01'],
  ])('%j is %s', (value, date) => {
    expect(parseDateCell(value)).toEqual({ ok: true, date })
  })

  it.each<Exclude<CellValue, null>>(['29/02/2021', '13/13/2020', '2020/07/01', 'hôm qua', true, -5])(
    '%j is refused',
    (value) => {
      expect(parseDateCell(value).ok).toBe(false)
    },
  )
})

describe('relation scope', () => {
  it.each([
    ['05/2015/NĐ-CP', { text: '05/2015/NĐ-CP', scope: 'whole' }],
    ['05/2015/NĐ-CP (một phần)', { text: '05/2015/NĐ-CP', scope: 'part' }],
    ['05/2015/NĐ-CP(mot phan)', { text: '05/2015/NĐ-CP', scope: 'part' }],
    ['05/2015/NĐ-CP (part)', { text: '05/2015/NĐ-CP', scope: 'part' }],
    ['05/2015/NĐ-CP (toàn bộ)', { text: '05/2015/NĐ-CP', scope: 'whole' }],
    ['05/2015/NĐ-CP (Điều 3)', null],
  ])('%j', (item, expected) => {
    expect(splitScope(item)).toEqual(expected)
  })
})

describe('checks across rows', () => {
  const rows = (...cells: Record<string, CellValue>[]): RowResult[] =>
    cells.map((c, i) => validateRow(sheetRow(c, i + 2), ctx).result)
  const cms: KnownDocument[] = [
    {
      key: '45/2019/qh14@quoc hoi',
      number: '45/2019/QH14',
      issuingBody: 'Quốc hội',
      issuedDate: '2019-11-20',
    },
    {
      key: '05/2015/nd-cp@chinh phu',
      number: '05/2015/NĐ-CP',
      issuingBody: 'Chính phủ',
      issuedDate: '2015-01-12',
    },
    { key: '123/qd-ubnd@ubnd tinh lao cai', number: '123/QĐ-UBND', issuingBody: 'UBND tỉnh Lào Cai' },
    { key: '123/qd-ubnd@ubnd tinh yen bai', number: '123/QĐ-UBND', issuingBody: 'UBND tỉnh Yên Bái' },
  ]

  it('resolves relations to the file and to the CMS', () => {
    const results = rows(
      {},
      {
        'Số ký hiệu': '12/2022/NĐ-CP',
        'Ngày ban hành': '17/01/2022',
        'Ngày có hiệu lực': '17/01/2022',
        'Thay thế': '',
        'Sửa đổi': '145/2020/NĐ-CP (một phần)',
        'Hướng dẫn': '',
      },
    )
    expect(checkRows(results, cms, ctx.columns)).toEqual([])
    expect(results[0].value.relations?.replaces).toEqual([
      { number: '05/2015/NĐ-CP', scope: 'whole', targetKey: '05/2015/nd-cp@chinh phu' },
    ])
    expect(results[1].value.relations?.amends).toEqual([
      { number: '145/2020/NĐ-CP', scope: 'part', targetKey: '145/2020/nd-cp@chinh phu' },
    ])
  })

  it('finds duplicates, dangling and ambiguous relations, and warns about a relation pointing forward in time', () => {
    const results = rows(
      {},
      { 'Thay thế': '99/2099/NĐ-CP' },
      {
        'Số ký hiệu': '145/2020/NĐ-CP',
        'Cơ quan ban hành': 'Bộ Tài chính',
        'Thay thế': '77/2013/NĐ-CP; 123/QĐ-UBND',
        'Hướng dẫn': '',
      },
      {
        'Số ký hiệu': '01/2010/TT-BLĐTBXH',
        'Ngày ban hành': '01/01/2010',
        'Ngày có hiệu lực': '',
        'Hướng dẫn': '45/2019/QH14',
        'Thay thế': '',
      },
      {
        'Số ký hiệu': '02/2021/TT-BLĐTBXH',
        'Ngày ban hành': '01/01/2021',
        'Ngày có hiệu lực': '',
        'Thay thế': '',
        'Hướng dẫn': '',
        'Sửa đổi': '145/2020/NĐ-CP',
      },
    )
    // Row 3's "99/2099" fails on its own (year), so it is not reported again as dangling; row 4
    // has the same number as row 2 from another issuing body, which is allowed.
    const issues = checkRows(results, cms, ctx.columns)
    expect(issues.map(brief)).toEqual([
      { level: 'error', code: 'number-duplicate', row: 3, column: 'Số ký hiệu', value: '145/2020/NĐ-CP' },
      { level: 'error', code: 'relation-unknown', row: 4, column: 'Thay thế', value: '77/2013/NĐ-CP' },
      { level: 'error', code: 'relation-ambiguous', row: 4, column: 'Thay thế', value: '123/QĐ-UBND' },
      { level: 'warning', code: 'relation-older-actor', row: 5, column: 'Hướng dẫn', value: '45/2019/QH14' },
      { level: 'error', code: 'relation-ambiguous', row: 6, column: 'Sửa đổi', value: '145/2020/NĐ-CP' },
    ])
    expect(formatIssue(issues[0]).vi).toBe(
      'Dòng 3, cột "Số ký hiệu": "145/2020/NĐ-CP" của Chính phủ trùng với dòng 2',
    )
    expect(formatIssue(issues[2]).en).toBe(
      'Row 4, column "Thay thế": "123/QĐ-UBND" matches several documents (UBND tỉnh Lào Cai; UBND tỉnh Yên Bái); cannot tell which one',
    )
    expect(results.map((r) => r.ok)).toEqual([true, false, false, true, false])
  })
})
