import { describe, expect, it } from 'vitest'
import { placeTone, tonePlacementOf } from './tone'

describe('tone placement', () => {
  it.each([
    ['hòa', 'hoà'],
    ['Hòa', 'Hoà'],
    ['HÒA', 'HOÀ'],
    ['khỏe', 'khoẻ'],
    ['thúy', 'thuý'],
    ['ủy', 'uỷ'],
    ['Ủy', 'Uỷ'],
    ['tùy', 'tuỳ'],
    ['họa', 'hoạ'],
    ['òa', 'oà'],
    ['lũy', 'luỹ'],
  ])('%s (old) ↔ %s (new)', (old, fresh) => {
    expect(tonePlacementOf(old)).toBe('old')
    expect(tonePlacementOf(fresh)).toBe('new')
    expect(placeTone(old, 'new')).toBe(fresh)
    expect(placeTone(fresh, 'old')).toBe(old)
    expect(placeTone(old, 'old')).toBe(old)
    expect(placeTone(fresh, 'new')).toBe(fresh)
  })

  // Both conventions agree when there is a coda, a third vowel, qu, or no tone mark at all.
  it.each(['hoàn', 'thuyết', 'xoài', 'khuỷu', 'quý', 'quà', 'thuở', 'thuế', 'hoa', 'mùa', 'Việt', 'a'])(
    '%s is the same in both styles',
    (word) => {
      expect(tonePlacementOf(word)).toBeUndefined()
      expect(placeTone(word, 'old')).toBe(word)
      expect(placeTone(word, 'new')).toBe(word)
    },
  )

  it('accepts decomposed input and answers in NFC', () => {
    expect(tonePlacementOf('ho\u0300a')).toBe('old')
    expect(placeTone('ho\u0300a', 'new')).toBe('hoà')
  })
})
