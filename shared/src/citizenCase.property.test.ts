import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CASE_ERROR_CODES,
  CASE_LIMITS,
  normalizeTrackingCode,
  parseCaseInput,
  parseLookupInput,
} from './citizenCase'
import { around, hostileValue, storageProblem } from './testing/arbitraries'
import { assertParserProperty, characters } from './testing/parserProperty'

/** A choice from a list: wrapping it in anything refuses it, so it is mostly sent as is. */
const choice = (valid: string) =>
  fc.oneof({ weight: 12, arbitrary: fc.constant<unknown>(valid) }, { weight: 1, arbitrary: around(valid) })

const hostileCase = fc.record(
  {
    senderKind: choice('person'),
    type: choice('question'),
    name: around('Trần Thị Hoa'),
    email: around('hoa.tran@example.vn'),
    phone: around('0912 345 678'),
    address: around('Số 12 phố Huế, Hà Nội'),
    field: choice('viec-lam'),
    title: around('Điều kiện hưởng trợ cấp thất nghiệp'),
    content: around('Tôi đóng bảo hiểm thất nghiệp được 14 tháng thì nghỉ việc. Tôi có được hưởng không?'),
    consent: fc.constantFrom<unknown>('on', 'on', 'on', true, 'true', 'off', { $ne: null }, undefined),
  },
  { requiredKeys: [] },
)

describe('parseCaseInput (property)', () => {
  it('any input gives a clean, bounded, re-parseable case or known field codes, and never throws', () => {
    assertParserProperty({
      parse: parseCaseInput,
      inputs: fc.oneof({ weight: 4, arbitrary: hostileCase }, { weight: 1, arbitrary: hostileValue }),
      codes: CASE_ERROR_CODES,
      bounds: (value) => {
        expect(characters(value.name)).toBeLessThanOrEqual(CASE_LIMITS.nameMax)
        expect(characters(value.title)).toBeLessThanOrEqual(CASE_LIMITS.titleMax)
        expect(characters(value.content)).toBeLessThanOrEqual(CASE_LIMITS.contentMax)
        expect(characters(value.address)).toBeLessThanOrEqual(CASE_LIMITS.addressMax)
        expect(value.title).not.toMatch(/\n/)
      },
    })
  })
})

describe('parseLookupInput (property)', () => {
  it('never throws, and an accepted code is canonical and a fixed point', () => {
    fc.assert(
      fc.property(
        fc.record({ code: around('hd 7kq3 m8pd'), contact: around('0912345678') }, { requiredKeys: [] }),
        (input) => {
          const result = parseLookupInput(input)
          if (!result.ok) return
          expect(result.code).toMatch(/^HD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)
          expect(normalizeTrackingCode(result.code)).toBe(result.code)
          expect(typeof result.contact).toBe('string')
          expect(storageProblem(result.contact)).toBeNull()
        },
      ),
      { numRuns: 400 },
    )
  })
})
