import { describe, expect, it } from 'vitest'
import { checkWith, excerpts } from '../testing'
import { matchCase, MISSPELLINGS, vocabularyRule } from './vocabulary'

describe('vocabulary', () => {
  it.each([
    ['Công thông tin điện tử của Bộ', [['Công thông tin điện tử', 'Cổng thông tin điện tử']]],
    ['CÔNG THÔNG TIN ĐIỆN TỬ', [['CÔNG THÔNG TIN ĐIỆN TỬ', 'CỔNG THÔNG TIN ĐIỆN TỬ']]],
    ['trên Công TTĐT', [['Công TTĐT', 'Cổng TTĐT']]],
    ['Bộ Lao động - Thương bình và Xã hội', [['Thương bình và Xã hội', 'Thương binh và Xã hội']]],
    ['bảo hiểm thất ngiệp', [['ngiệp', 'nghiệp']]],
    [
      'xữ lý, Sử lý và quảu lý',
      [
        ['xữ lý', 'xử lý'],
        ['Sử lý', 'Xử lý'],
        ['quảu lý', 'quản lý'],
      ],
    ],
    ['thủ tụt hành chính', [['thủ tụt', 'thủ tục']]],
    ['dịch vụ công trực truyến', [['trực truyến', 'trực tuyến']]],
    ['giám đôc Sở', [['giám đôc', 'giám đốc']]],
    ['Thứ trưỡng', [['trưỡng', 'trưởng']]],
    ['sát  nhập tỉnh', [['sát  nhập', 'sáp nhập']]],
    ['Giám đôc\nSở', [['Giám đôc', 'Giám đốc']]],
  ])('flags %j', (text, expected) => {
    expect(excerpts(checkWith(vocabularyRule, text))).toEqual(expected)
  })

  it.each([
    [
      'the correct spellings',
      'Cổng thông tin điện tử, Thương binh và Xã hội, quản lý, xử lý, thủ tục, trực tuyến',
    ],
    ['a phrase the notAfter guard allows', 'giám sát nhập khẩu, khảo sát nhập học, lịch sử lý luận'],
    ['a misspelling inside a longer word', 'trưỡngx'],
    ['a different word that starts the same', 'công thông tin nội bộ'],
  ])('leaves alone %s', (_case, text) => {
    expect(checkWith(vocabularyRule, text)).toEqual([])
  })

  it('keeps every entry findable: lower case, NFC, distinct', () => {
    const wrongs = MISSPELLINGS.map((entry) => entry.wrong)
    expect(new Set(wrongs).size).toBe(wrongs.length)
    for (const { wrong, right } of MISSPELLINGS) {
      expect(wrong).toBe(wrong.toLowerCase().normalize('NFC'))
      expect(right).toBe(right.toLowerCase().normalize('NFC'))
      expect(checkWith(vocabularyRule, wrong)).toHaveLength(1)
    }
  })

  it.each([
    ['công thông tin', 'cổng thông tin', 'cổng thông tin'],
    ['Công thông tin', 'cổng thông tin', 'Cổng thông tin'],
    ['CÔNG', 'cổng', 'CỔNG'],
    ['Thương bình và Xã hội', 'thương binh và xã hội', 'Thương binh và Xã hội'],
    ['Sát nhập', 'sáp nhập', 'Sáp nhập'],
  ])('matchCase(%j, %j) → %j', (typed, replacement, expected) => {
    expect(matchCase(typed, replacement)).toBe(expected)
  })
})
