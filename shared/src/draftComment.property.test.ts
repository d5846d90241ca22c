import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMMENT_ERROR_CODES, COMMENT_LIMITS, parseCommentInput } from './draftComment'
import { hostilePiece, hostileValue, storageProblem } from './testing/arbitraries'

/** A valid value most of the time wrapped in hostile pieces, sometimes anything at all. */
const around = (valid: string) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.tuple(hostilePiece, hostilePiece).map(([a, b]) => `${a}${valid}${b}`) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 6, arbitrary: fc.constant(valid) },
  )

const hostileComment = fc.record(
  {
    name: around('Nguyễn Văn An'),
    email: around('an.nguyen@example.vn'),
    phone: around('0912 345 678'),
    organisation: around('Công ty TNHH Dệt may'),
    clause: around('Điều 5, khoản 2'),
    text: around('Đề nghị làm rõ thời hạn báo trước khi chấm dứt hợp đồng lao động.'),
  },
  { requiredKeys: [] },
)

describe('parseCommentInput (property)', () => {
  it('any input gives a clean, bounded, re-parseable comment or known field codes, and never throws', () => {
    let accepted = 0
    fc.assert(
      fc.property(fc.oneof(hostileComment, hostileValue), (input) => {
        const result = parseCommentInput(input)
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0)
          for (const { code } of result.errors) expect(COMMENT_ERROR_CODES).toContain(code)
          return
        }
        accepted++
        const { value } = result
        for (const text of Object.values(value))
          if (typeof text === 'string') expect(storageProblem(text)).toBeNull()
        expect(value.name.length).toBeLessThanOrEqual(COMMENT_LIMITS.nameMax)
        expect(value.text.length).toBeLessThanOrEqual(COMMENT_LIMITS.textMax)
        expect(value.text.length).toBeGreaterThanOrEqual(COMMENT_LIMITS.textMin)
        expect((value.organisation ?? '').length).toBeLessThanOrEqual(COMMENT_LIMITS.organisationMax)
        expect((value.clause ?? '').length).toBeLessThanOrEqual(COMMENT_LIMITS.clauseMax)
        expect(value.name).not.toMatch(/\n/)
        expect(parseCommentInput(value)).toEqual({ ok: true, value })
      }),
      { numRuns: 600 },
    )
    // The property must also have been tried on accepted comments, not only on refusals.
    expect(accepted).toBeGreaterThan(20)
  })
})
