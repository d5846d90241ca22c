import fc from 'fast-check'
import { expect } from 'vitest'
import { storageProblem } from './arbitraries'

type Parsed<T> = { ok: true; value: T } | { ok: false; errors: readonly { code: string }[] }

/**
 * The property a public form's parser must hold on anything `inputs` gives: it never throws; a
 * refusal names at least one error, each with a code from `codes`; an accepted value has only
 * text that may be stored, passes `bounds`, and parses again to itself. More than 20 of the runs
 * must have been accepted, so the property was tried on values, not only on refusals: about 5% of
 * random cases are valid, so 3,000 runs give some 150 (600 gave as few as 13 once, failing CI).
 */
export function assertParserProperty<T extends object>(options: {
  parse: (input: unknown) => Parsed<T>
  inputs: fc.Arbitrary<unknown>
  codes: readonly string[]
  bounds: (value: T) => void
  numRuns?: number
}): void {
  const { parse, codes, bounds } = options
  let accepted = 0
  fc.assert(
    fc.property(options.inputs, (input) => {
      const result = parse(input)
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0)
        for (const { code } of result.errors) expect(codes).toContain(code)
        return
      }
      accepted++
      const { value } = result
      for (const text of Object.values(value))
        if (typeof text === 'string') expect(storageProblem(text)).toBeNull()
      bounds(value)
      expect(parse(value)).toEqual({ ok: true, value })
    }),
    { numRuns: options.numRuns ?? 3000 },
  )
  expect(accepted).toBeGreaterThan(20)
}

/**
 * A text's length as the forms' limits count it: characters (code points), as zod 4's `max` does,
 * not UTF-16 units, so a name with letters beyond U+FFFF is not held to half its limit.
 */
export const characters = (text: string | undefined): number => [...(text ?? '')].length
