import { describe, expect, it } from 'vitest'
import { COLUMN_KEYS, COLUMNS, columnFor, matchHeaders } from '../../src/legal-import/columns'

describe('header matching', () => {
  it.each([
    ['Số ký hiệu', 'number'],
    ['SỐ KÝ HIỆU', 'number'],
    ['so ky hieu', 'number'],
    ['  Số   ký hiệu ', 'number'],
    ['Sốkýhiệu', 'number'],
    ['Số ký hiệu (*)', 'number'],
    ['Số ký hiệu*', 'number'],
    ['Số ký hiệu:', 'number'],
    ['Document number', 'number'],
    ['Loại văn bản', 'type'],
    ['Type', 'type'],
    ['Cơ quan ban hành', 'issuingBody'],
    ['Cơ quan ban hành (EN)', 'issuingBodyEn'],
    ['co quan ban hanh (en)', 'issuingBodyEn'],
    ['Người ký', 'signerName'],
    ['Chức vụ', 'signerTitle'],
    ['Ngày ban hành', 'issuedDate'],
    ['Ngày có hiệu lực', 'effectiveDate'],
    ['Ngày hiệu lực', 'effectiveDate'],
    ['Ngày hết hiệu lực', 'expiryDate'],
    ['Trích yếu', 'summary'],
    ['Trích yếu (EN)', 'summaryEn'],
    ['English summary', 'summaryEn'],
    ['Lĩnh vực', 'fields'],
    ['Sửa đổi', 'amends'],
    ['Sửa đổi, bổ sung', 'amends'],
    ['Thay thế', 'replaces'],
    ['Bãi bỏ', 'repeals'],
    ['BAI BO', 'repeals'],
    ['Hướng dẫn', 'guides'],
    ['Tệp đính kèm', 'attachments'],
    ['File đính kèm', 'attachments'],
    // Numbering and notes columns are common in registers and silently ignored.
    ['STT', 'ignored'],
    ['Ghi chú', 'ignored'],
    ['', 'ignored'],
    ['Số trang', null],
    ['Ngày đăng', null],
  ])('%j → %s', (header, key) => {
    expect(columnFor(header)).toBe(key)
  })

  it('knows every column by its own header', () => {
    for (const key of COLUMN_KEYS) expect(columnFor(COLUMNS[key].header)).toBe(key)
  })

  it('finds missing required columns, unknown columns and a column given twice', () => {
    const match = matchHeaders(['STT', 'so ky hieu', 'Loại văn bản', 'Ngày đăng', 'Number', 'Trích yếu'])
    expect(match.missing).toEqual(['issuingBody', 'issuedDate'])
    expect(match.unknown).toEqual([{ index: 3, header: 'Ngày đăng' }])
    expect(match.duplicates).toEqual([
      { key: 'number', first: { index: 1, header: 'so ky hieu' }, again: { index: 4, header: 'Number' } },
    ])
    expect(match.columns.get('summary')).toEqual({ index: 5, header: 'Trích yếu' })
  })

  it('accepts a header with only the required columns', () => {
    const match = matchHeaders([
      'Số ký hiệu',
      'Loại văn bản',
      'Cơ quan ban hành',
      'Ngày ban hành',
      'Trích yếu',
    ])
    expect(match.missing).toEqual([])
    expect(match.unknown).toEqual([])
  })
})
