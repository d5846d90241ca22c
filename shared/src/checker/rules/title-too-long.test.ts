import { describe, expect, it } from 'vitest'
import { checkWith } from '../testing'
import { TITLE_MAX_LENGTH, titleTooLongRule } from './title-too-long'

describe('title-too-long', () => {
  it.each([
    ['121 characters', 'a'.repeat(120) + 'b', 120, 'b'],
    [
      'a long Vietnamese title',
      'Bộ Lao động - Thương binh và Xã hội tổ chức hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027 tại Hà Nội',
      120,
      'ội',
    ],
    ['emoji counted once', '🎉'.repeat(119) + 'abc', 239, 'bc'],
  ])('flags %s, marking what is beyond the limit', (_case, title, start, excerpt) => {
    const [finding, ...rest] = checkWith(titleTooLongRule, { title })
    expect(rest).toEqual([])
    expect(finding.start).toBe(start)
    expect(finding.end).toBe(title.length)
    expect(finding.excerpt).toBe(excerpt)
    expect(finding.message.vi).toContain(String([...title].length))
  })

  it.each([
    ['exactly the limit', 'a'.repeat(TITLE_MAX_LENGTH)],
    ['120 emoji, 240 UTF-16 units', '🎉'.repeat(120)],
    ['a short title', 'Hội nghị tổng kết'],
  ])('leaves alone %s', (_case, title) => {
    expect(checkWith(titleTooLongRule, { title })).toEqual([])
  })

  it('looks only at the title', () => {
    expect(checkWith(titleTooLongRule, { body: 'a'.repeat(500) })).toEqual([])
  })

  it('counts the composed form of a decomposed title', () => {
    const title = 'Vie\u0323\u0302t '.repeat(24)
    expect(title.length).toBeGreaterThan(TITLE_MAX_LENGTH)
    expect(checkWith(titleTooLongRule, { title })).toEqual([])
  })
})
