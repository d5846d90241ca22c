import { describe, expect, it } from 'vitest'
import { checkWith } from '../testing'
import { missingSapoRule } from './missing-sapo'

describe('missing-sapo', () => {
  it.each([
    ['no sapo', { body: 'Nội dung.' }],
    ['an empty sapo', { sapo: '', body: 'Nội dung.' }],
    ['a blank sapo', { sapo: ' \n ', title: 'Tin', body: 'Nội dung.' }],
  ])('flags %s', (_case, input) => {
    expect(
      checkWith(missingSapoRule, input).map(({ field, start, end, excerpt }) => ({
        field,
        start,
        end,
        excerpt,
      })),
    ).toEqual([{ field: 'sapo', start: 0, end: 0, excerpt: '' }])
  })

  it.each([
    ['a sapo', { sapo: 'Tóm tắt.', body: 'Nội dung.' }],
    ['no body to summarise', { title: 'Tin' }],
    ['a blank body', { sapo: '', body: '  ' }],
  ])('leaves alone %s', (_case, input) => {
    expect(checkWith(missingSapoRule, input)).toEqual([])
  })
})
