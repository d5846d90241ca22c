import { describe, expect, it } from 'vitest'
import { documentNumberKey, documentNumberSlug, parseDocumentNumber } from './legalNumber'

describe('parseDocumentNumber', () => {
  it.each([
    ['14/2017/NĐ-CP', '14/2017/NĐ-CP', '14', 2017, 'NĐ-CP'],
    ['05/2024/TT-BLĐTBXH', '05/2024/TT-BLĐTBXH', '05', 2024, 'TT-BLĐTBXH'],
    ['45/2019/QH14', '45/2019/QH14', '45', 2019, 'QH14'],
    ['05/2015/TTLT-BLĐTBXH-BTC', '05/2015/TTLT-BLĐTBXH-BTC', '05', 2015, 'TTLT-BLĐTBXH-BTC'],
    ['574/QĐ-TTg', '574/QĐ-TTg', '574', undefined, 'QĐ-TTg'],
    ['1234/LĐTBXH-VP', '1234/LĐTBXH-VP', '1234', undefined, 'LĐTBXH-VP'],
    ['33/2017/QĐ-TTg', '33/2017/QĐ-TTg', '33', 2017, 'QĐ-TTg'],
    ['12a/2020/NQ-HĐND', '12a/2020/NQ-HĐND', '12a', 2020, 'NQ-HĐND'],
    // As typed: a "Số:" prefix, spaces, an en dash, decomposed Đ marks.
    ['Số: 14/2017/NĐ-CP', '14/2017/NĐ-CP', '14', 2017, 'NĐ-CP'],
    [' 14 / 2017 / NĐ – CP ', '14/2017/NĐ-CP', '14', 2017, 'NĐ-CP'],
    ['20/2008/NĐ-CP'.normalize('NFD'), '20/2008/NĐ-CP', '20', 2008, 'NĐ-CP'],
  ])('%j is %s', (input, number, serial, year, symbol) => {
    expect(parseDocumentNumber(input, { currentYear: 2026 })).toEqual({
      ok: true,
      value: { number, serial, year, symbol },
    })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Số:', 'empty'],
    ['14-2017-NĐ-CP', 'format'],
    ['14/2017/nđ-cp', 'format'],
    ['14/2017/', 'format'],
    ['/2017/NĐ-CP', 'format'],
    ['14/17/NĐ-CP', 'format'],
    ['14/2017/NĐ--CP', 'format'],
    ['Nghị định 14', 'format'],
    ['14/2017/NĐ-CP; 15/2017/NĐ-CP', 'format'],
    // A missing hyphen or a stray space is not silently glued into another symbol or serial.
    ['14/2017/ND CP', 'format'],
    ['14/2017/NĐ CP', 'format'],
    ['1 4/2017/NĐ-CP', 'format'],
    ['14/20 17/NĐ-CP', 'format'],
    ['14/1944/NĐ-CP', 'year'],
    ['14/2028/NĐ-CP', 'year'],
  ] as const)('%j is refused: %s', (input, error) => {
    expect(parseDocumentNumber(input, { currentYear: 2026 })).toEqual({ ok: false, error })
  })

  it('accepts next year, for documents issued late in December with the new year printed', () => {
    expect(parseDocumentNumber('01/2027/TT-BLĐTBXH', { currentYear: 2026 }).ok).toBe(true)
  })
})

describe('documentNumberSlug', () => {
  it.each([
    ['14/2017/NĐ-CP', '14-2017-nd-cp'],
    ['05/2024/TT-BLĐTBXH', '05-2024-tt-bldtbxh'],
    ['574/QĐ-TTg', '574-qd-ttg'],
    ['05/2015/TTLT-BLĐTBXH-BTC', '05-2015-ttlt-bldtbxh-btc'],
  ])('%s → %s', (number, slug) => {
    expect(documentNumberSlug(number)).toBe(slug)
  })
})

describe('documentNumberKey', () => {
  it('ignores case, marks and spacing of the issuing body', () => {
    expect(documentNumberKey('123/QĐ-UBND', 'UBND tỉnh  Lào Cai')).toBe(
      documentNumberKey('123/QĐ-UBND', 'ubnd tinh lao cai'),
    )
  })

  it('tells the same number at two issuing bodies apart', () => {
    expect(documentNumberKey('123/QĐ-UBND', 'UBND tỉnh Lào Cai')).not.toBe(
      documentNumberKey('123/QĐ-UBND', 'UBND tỉnh Yên Bái'),
    )
  })

  it('treats NĐ and ND as the same number, so a typist cannot create a duplicate by dropping a mark', () => {
    expect(documentNumberKey('14/2017/NĐ-CP', 'Chính phủ')).toBe(
      documentNumberKey('14/2017/ND-CP', 'Chính phủ'),
    )
  })
})
