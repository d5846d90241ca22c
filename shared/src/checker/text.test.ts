import { describe, expect, it } from 'vitest'
import { chunkAround, fieldText, isAddressLike } from './text'

describe('fieldText', () => {
  it('maps nothing when the text is already NFC', () => {
    const field = fieldText('body', 'Việt Nam')
    expect(field.text).toBe('Việt Nam')
    expect(field.rawSpan(1, 5)).toEqual([1, 5])
    expect(field.nonNfc).toEqual([])
  })

  it('maps spans of the composed text back to the decomposed original', () => {
    // "Việt Nam ổn định" with ệ and ổ decomposed: ệ is 3 units in the raw text, ổ is 3.
    const raw = 'Vie\u0323\u0302t Nam o\u0302\u0309n \u0111i\u0323nh'
    const field = fieldText('body', raw)
    expect(field.text).toBe('Việt Nam ổn định')
    const span = (start: number, end: number) => {
      const [rawStart, rawEnd] = field.rawSpan(start, end)
      return raw.slice(rawStart, rawEnd).normalize('NFC')
    }
    expect(span(0, 4)).toBe('Việt')
    expect(span(2, 3)).toBe('ệ')
    expect(span(5, 8)).toBe('Nam')
    expect(span(9, 11)).toBe('ổn')
    expect(span(12, 16)).toBe('định')
    expect(field.nonNfc.map(([start, end]) => raw.slice(start, end))).toEqual([
      'e\u0323\u0302',
      'o\u0302\u0309',
      'i\u0323',
    ])
  })

  it('widens a span edge that falls inside a cluster NFC cannot fully compose', () => {
    // a + acute + acute composes to á + a leftover acute: 2 characters from one cluster.
    const raw = 'xa\u0301\u0301y'
    const field = fieldText('body', raw)
    expect(field.text).toBe('xá\u0301y')
    expect(field.rawSpan(2, 3)).toEqual([1, 4])
  })

  it('keeps marks that start the text', () => {
    const field = fieldText('body', '\u0301a')
    expect(field.text).toBe('\u0301a')
  })
})

describe('isAddressLike', () => {
  it.each([
    'https://molisa.gov.vn',
    'http://example.com/a?b=c.',
    'www.molisa.gov.vn',
    'hotro@baohiemxahoi.gov.vn',
    'molisa.gov.vn',
    '(molisa.gov.vn/van-ban).',
    'Facebook.com',
    'bao-cao.pdf',
    'báo-cáo.docx',
    '.pdf,',
    'Node.js',
    'Website:molisa.gov.vn',
    'Email:hotro@molisa.gov.vn.',
  ])('%s is an address or a file name', (chunk) => {
    expect(isAddressLike(chunk)).toBe(true)
  })

  it.each(['nghị.Thứ', 'động,việc', 'kiến;đề', 'TP.HCM', '1.000.000', 'v.v.', 'a@b', 'ý:kiến'])(
    '%s is not',
    (chunk) => {
      expect(isAddressLike(chunk)).toBe(false)
    },
  )
})

describe('chunkAround', () => {
  it('returns the whitespace-delimited chunk around a span', () => {
    expect(chunkAround('Xem tại molisa.gov.vn nhé', 14, 15)).toEqual([8, 21])
    expect(chunkAround('a.b', 1, 2)).toEqual([0, 3])
  })
})
