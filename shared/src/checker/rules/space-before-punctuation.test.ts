import { describe, expect, it } from 'vitest'
import { checkWith, excerpts } from '../testing'
import { spaceBeforePunctuationRule } from './space-before-punctuation'

describe('space-before-punctuation', () => {
  it.each([
    ['việc làm .', [[' .', '.']]],
    ['lao động , việc làm', [[' ,', ',']]],
    ['Điều 1 : Phạm vi', [[' :', ':']]],
    [
      'Thật sao ? Vâng  !',
      [
        [' ?', '?'],
        ['  !', '!'],
      ],
    ],
    ['hết\u00A0.', [['\u00A0.', '.']]],
    ['“Đúng vậy ,” ông nói', [[' ,', ',']]],
  ])('flags %j', (text, expected) => {
    expect(excerpts(checkWith(spaceBeforePunctuationRule, text))).toEqual(expected)
  })

  it.each([
    ['correct text', 'Hội nghị, hội thảo; tọa đàm: xong.'],
    ['a suffix named on its own', 'tên miền .vn và tệp .pdf'],
    ['an ellipsis after a space', 'các tỉnh ...'],
    ['a mark at the start of a line', 'dòng một\n. dòng hai'],
    ['a decimal after a space', 'khoảng .5 điểm'],
    ['a space before a closing bracket', '(xem Bảng 1 )'],
  ])('leaves alone %s', (_case, text) => {
    expect(checkWith(spaceBeforePunctuationRule, text)).toEqual([])
  })
})
