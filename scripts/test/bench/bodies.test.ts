import { describe, expect, it } from 'vitest'
import { parseCaseInput } from '@cong/shared/citizenCase'
import { parseCommentInput } from '@cong/shared/draftComment'
import { caseBody, commentBody, forwardedFor, lookupBody, ONE_ADDRESS } from '../../src/bench/bodies'

const NUMBERS = [0, 1, 2, 3, 7, 42, 999, 12_345, 99_999_999, 123_456_789]

describe('benchmark bodies', () => {
  it.each(NUMBERS)('comment body %i passes the form’s own validation', (n) => {
    const parsed = parseCommentInput(commentBody(n))
    expect(parsed.ok ? [] : parsed.errors).toEqual([])
  })

  it.each(NUMBERS)('question body %i passes the form’s own validation', (n) => {
    const parsed = parseCaseInput(caseBody(n))
    expect(parsed.ok ? [] : parsed.errors).toEqual([])
  })

  it('is the same for the same request number, and different between numbers', () => {
    expect(commentBody(17)).toEqual(commentBody(17))
    expect(caseBody(17)).toEqual(caseBody(17))
    const comments = new Set(Array.from({ length: 500 }, (_, n) => JSON.stringify(commentBody(n))))
    const cases = new Set(Array.from({ length: 500 }, (_, n) => JSON.stringify(caseBody(n))))
    expect(comments.size).toBe(500)
    expect(cases.size).toBe(500)
  })

  it('writes Vietnamese with its diacritics and varies names and contacts', () => {
    const bodies = Array.from({ length: 200 }, (_, n) => commentBody(n))
    expect(bodies.every((b) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(b.text!))).toBe(true)
    expect(new Set(bodies.map((b) => b.name)).size).toBeGreaterThan(50)
    // Some readers give only an e-mail, some only a phone, some both.
    expect(bodies.some((b) => b.email && !b.phone)).toBe(true)
    expect(bodies.some((b) => b.phone && !b.email)).toBe(true)
    expect(bodies.some((b) => b.phone && b.email)).toBe(true)
  })

  it.each([
    [0, { code: 'HD-7KQ3-M8PD', contact: 'a@example.com' }],
    [1, { code: 'hd-abcd-efgh', contact: '0912345678' }],
    [2, { code: 'HD7KQ3M8PD', contact: 'a@example.com' }],
    [3, { code: 'HD-ABCD-EFGH', contact: '0912345678' }],
  ])('lookup body %i takes the known cases in turn, typed as people type them', (n, expected) => {
    const cases = [
      { code: 'HD-7KQ3-M8PD', contact: 'a@example.com' },
      { code: 'HD-ABCD-EFGH', contact: '0912345678' },
    ]
    expect(lookupBody(n, cases)).toEqual(expected)
  })

  it('refuses to make lookups without a known case', () => {
    expect(() => lookupBody(0, [])).toThrow(/known case/)
  })

  it.each([
    [0, '10.0.0.0'],
    [1, '10.0.0.1'],
    [256, '10.0.1.0'],
    [65_537, '10.1.0.1'],
    [0xffffff, '10.255.255.255'],
    [0x1000000, '10.0.0.0'],
  ])('forwarded address of request %i is %s', (n, address) => {
    expect(forwardedFor(n)).toBe(address)
  })

  it('gives every request of a long run its own address, never the single one', () => {
    const addresses = new Set(Array.from({ length: 100_000 }, (_, n) => forwardedFor(n)))
    expect(addresses.size).toBe(100_000)
    expect(addresses.has(ONE_ADDRESS)).toBe(false)
  })
})
