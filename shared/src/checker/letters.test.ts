import { describe, expect, it } from 'vitest'
import { hasVietnameseMarks, isVietnameseSpelling, isVowel, splitTone, withTone } from './letters'

describe('splitTone / withTone', () => {
  it.each([
    ['ế', 'ê', 'sac'],
    ['Ừ', 'Ư', 'huyen'],
    ['ả', 'a', 'hoi'],
    ['ỹ', 'y', 'nga'],
    ['ộ', 'ô', 'nang'],
    ['ă', 'ă', 'ngang'],
    ['đ', 'đ', 'ngang'],
  ] as const)('%s ↔ %s + %s', (letter, base, tone) => {
    expect(splitTone(letter)).toEqual([base, tone])
    expect(withTone(base, tone)).toBe(letter)
  })

  it('leaves consonants alone', () => {
    expect(withTone('n', 'sac')).toBe('n')
  })
})

describe('letter classes', () => {
  it.each([
    ['Đường', true, true],
    ['hòa', true, true],
    ['Hoa', false, true],
    ['clip', false, true],
    ['zalo', false, false],
    ['café', true, false],
  ])('%s: marks %s, Vietnamese spelling %s', (word, marked, vietnamese) => {
    expect(hasVietnameseMarks(word)).toBe(marked)
    expect(isVietnameseSpelling(word)).toBe(vietnamese)
  })

  it.each([
    ['ợ', true],
    ['Y', true],
    ['đ', false],
    ['q', false],
  ])('isVowel(%s) is %s', (letter, vowel) => {
    expect(isVowel(letter)).toBe(vowel)
  })
})
