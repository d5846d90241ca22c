import { describe, expect, it } from 'vitest'
import { checkWith, excerpts } from '../testing'
import { repeatedWordRule } from './repeated-word'

describe('repeated-word', () => {
  it.each([
    ['trong thời thời gian tới', [['thời thời', 'thời']]],
    ['Thời thời gian qua', [['Thời thời', 'Thời']]],
    ['THỜI THỜI GIAN', [['THỜI THỜI', 'THỜI']]],
    ['đây là là chính sách', [['là là', 'là']]],
    ['của của của Bộ', [['của của của', 'của']]],
    ['các\u00A0các đơn vị', [['các\u00A0các', 'các']]],
    ['từ ngày ngày 01/7/2025', [['ngày ngày', 'ngày']]],
    ['trong năm năm 2026', [['năm năm', 'năm']]],
    ['hành vi vi của', [['vi vi', 'vi']]],
    [
      'và và; hoặc hoặc',
      [
        ['và và', 'và'],
        ['hoặc hoặc', 'hoặc'],
      ],
    ],
  ])('flags %j', (text, expected) => {
    expect(excerpts(checkWith(repeatedWordRule, text))).toEqual(expected)
  })

  it.each([
    [
      'intended reduplication',
      'Ngày ngày, người người, nhà nhà thi đua; đời đời ghi nhớ; dần dần, từ từ, mãi mãi.',
    ],
    ['a reduplication before a number that is not a date noun', 'người người 2 bên'],
    [
      'a syllable ending one word and starting the next',
      'hành vi vi phạm, nhà giáo giáo dục, hội nghị nghị quyết',
    ],
    ['the same across word boundaries in the other tone style', 'Uỷ ban ban hành quyết định'],
    [
      'a unit named after the word before it',
      'cán bộ Bộ Y tế, Trưởng phòng Phòng Nội vụ, Đại hội Hội Nông dân',
    ],
    ['numbers', '10 10 và 2026 2026'],
    ['words split by punctuation', 'thời, thời gian; tin. Tin'],
    ['words on different lines', 'thời\nthời gian'],
    ['different words', 'thời gian và thời hạn'],
  ])('leaves alone %s', (_case, text) => {
    expect(checkWith(repeatedWordRule, text)).toEqual([])
  })
})
