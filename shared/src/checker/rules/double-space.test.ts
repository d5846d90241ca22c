import { describe, expect, it } from 'vitest'
import { checkWith, excerpts } from '../testing'
import { doubleSpaceRule } from './double-space'

describe('double-space', () => {
  it.each([
    ['người  lao động', [['  ', ' ']]],
    ['Hội nghị.   Thứ trưởng', [['   ', ' ']]],
    ['a \u00A0b', [[' \u00A0', ' ']]],
    [
      'một  hai  ba',
      [
        ['  ', ' '],
        ['  ', ' '],
      ],
    ],
  ])('flags %j', (text, expected) => {
    expect(excerpts(checkWith(doubleSpaceRule, text))).toEqual(expected)
  })

  it.each([
    ['single spaces', 'người lao động'],
    ['indentation and trailing spaces', '  người lao động  \n  dòng hai'],
    ['spaces before punctuation, the other rule’s', 'việc làm  .'],
    ['tabs, which flattened tables use', 'cột một\t\tcột hai'],
  ])('leaves alone %s', (_case, text) => {
    expect(checkWith(doubleSpaceRule, text)).toEqual([])
  })
})
