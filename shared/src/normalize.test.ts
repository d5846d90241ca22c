import { describe, expect, it } from 'vitest'
import { cleanText, isNFC, toNFC } from './normalize'

// Decomposed forms spelled out with escapes so the test file itself cannot be "fixed" by an editor.
const DECOMPOSED: [string, string, string][] = [
  ['tone after base', 'Vie\u0302\u0323t Nam', 'Việt Nam'],
  ['tone typed before the hat', 'Vie\u0323\u0302t Nam', 'Việt Nam'],
  ['horn and tone', 'Thu\u031B\u0301 tu\u031B\u0300', 'Thứ từ'],
  ['breve', 'na\u0306m ho\u0323c', 'năm học'],
  [
    'precomposed vowel + combining tone (Windows-1258 style)',
    'Nghi\u0323 \u0111i\u0323nh Lu\u00E2\u0323t',
    'Nghị định Luật',
  ],
  ['deprecated Vietnamese tone marks U+0340/U+0341', 'ho\u0340a bi\u00EA\u0341n', 'hòa biến'],
  ['uppercase', 'C\u00D4\u0323NG HO\u0300A', 'CỘNG HÒA'],
  ['hỏi and ngã', 'bie\u0302\u0309n Vu\u0303', 'biển Vũ'],
]

describe('toNFC', () => {
  it.each(DECOMPOSED)('composes %s', (_label, input, expected) => {
    expect(toNFC(input)).toBe(expected)
    expect(toNFC(input).length).toBe(expected.length)
  })

  it.each([['Bảo hiểm thất nghiệp'], ['Hello, world'], [''], ['🇻🇳 Việt Nam 👨‍👩‍👧']])(
    'leaves NFC text unchanged: %j',
    (input) => {
      expect(toNFC(input)).toBe(input)
    },
  )
})

describe('isNFC', () => {
  it.each([
    ['Việt Nam', true],
    ['ASCII only', true],
    ['', true],
    ['Vie\u0302\u0323t Nam', false],
    ['ho\u0340a', false],
    ['Thu\u031B\u0301', false],
  ])('%j → %s', (input, expected) => {
    expect(isNFC(input)).toBe(expected)
  })

  it.each(DECOMPOSED)('is true after toNFC: %s', (_label, input) => {
    expect(isNFC(toNFC(input))).toBe(true)
  })
})

describe('cleanText', () => {
  it.each([
    ['CRLF to LF', 'Dòng 1\r\nDòng 2\r\n', 'Dòng 1\nDòng 2\n'],
    ['lone CR to LF', 'Dòng 1\rDòng 2', 'Dòng 1\nDòng 2'],
    ['keeps tab and newline', 'Cột 1\tCột 2\n', 'Cột 1\tCột 2\n'],
    ['strips NUL, BEL, ESC, DEL', 'Gi\u0000ấy\u0007 phép\u001b\u007f', 'Giấy phép'],
    ['strips C1 controls', 'Thông\u0085 báo\u009d', 'Thông báo'],
    ['composes decomposed marks', 'Vie\u0302\u0323t Nam', 'Việt Nam'],
    ['composes a mark that a control character separated', 'Vie\u0000\u0302\u0323t', 'Việt'],
    ['keeps emoji sequences (ZWJ is not a control)', 'Gia đình 👨‍👩‍👧', 'Gia đình 👨‍👩‍👧'],
    ['keeps ordinary punctuation', '“Số 14/2017/NĐ-CP” – ok!', '“Số 14/2017/NĐ-CP” – ok!'],
    ['empty', '', ''],
  ])('%s', (_label, input, expected) => {
    expect(cleanText(input)).toBe(expected)
  })
})
