import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { line, optionalLine, optionalPhone, paragraphs, publicText } from './formInput'
import { hostileText, hostileValue, storageProblem } from './testing/arbitraries'

const expectStorable = (value: string) => expect(storageProblem(value)).toBeNull()

describe('public form text (property)', () => {
  it('publicText always gives storable text and is idempotent', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const once = publicText(text)
        expectStorable(once)
        expect(publicText(once)).toBe(once)
      }),
      { numRuns: 500 },
    )
  })

  it('a single-line field has no line breaks, no outer or doubled spaces, and is idempotent', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const once = line(text) as string
        expectStorable(once)
        expect(once).not.toMatch(/[\n\t]|\s{2}|^\s|\s$/)
        expect(line(once)).toBe(once)
      }),
      { numRuns: 500 },
    )
  })

  it('a multi-line field keeps at most one blank line, trims its lines and is idempotent', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const once = paragraphs(text) as string
        expectStorable(once)
        expect(once).not.toMatch(/\n{3}|[^\S\n]\n|\n[^\S\n]|^\s|\s$|\t/)
        expect(paragraphs(once)).toBe(once)
      }),
      { numRuns: 500 },
    )
  })

  it('never throws on values that are not strings, and leaves them for the schema to refuse', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        for (const clean of [line, paragraphs, optionalLine, optionalPhone]) {
          const out = clean(value)
          if (typeof value !== 'string') expect(out === value || out === undefined).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })
})
