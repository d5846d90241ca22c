import { describe, expect, it } from 'vitest'
import { contextLine, findingContext } from '../src/richText/findingContext'

const at = (text: string, excerpt: string) => {
  const start = text.indexOf(excerpt)
  return findingContext(text, { start, end: start + excerpt.length, excerpt })
}

describe('findingContext', () => {
  it.each([
    ['Hội nghị.Thứ trưởng', '.', { before: 'Hội nghị', excerpt: '.', after: 'Thứ trưởng' }],
    [
      'Sáng nay tại Hà Nội, Bộ đã tổ chức Hội nghị.Thứ trưởng Lê Văn Thanh phát biểu khai mạc hội nghị.',
      '.',
      { before: '…đã tổ chức Hội nghị', excerpt: '.', after: 'Thứ trưởng Lê Văn…' },
    ],
    ['Dòng một\n\nthời thời kỳ', 'thời thời', { before: 'Dòng một ', excerpt: 'thời thời', after: ' kỳ' }],
    ['x'.repeat(60), 'x'.repeat(60), { before: '', excerpt: 'x'.repeat(60), after: '' }],
  ])('%j around %j', (text, excerpt, expected) => {
    expect(at(text, excerpt)).toEqual(expected)
  })

  it('never cuts into the finding itself', () => {
    const text = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa quảu lý bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
    const line = contextLine(at(text, 'quảu lý'))
    expect(line).toContain('quảu lý')
  })
})
