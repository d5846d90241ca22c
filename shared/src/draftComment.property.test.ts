import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMMENT_ERROR_CODES, COMMENT_LIMITS, parseCommentInput } from './draftComment'
import { around, hostileValue } from './testing/arbitraries'
import { assertParserProperty, characters } from './testing/parserProperty'

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
    assertParserProperty({
      parse: parseCommentInput,
      inputs: fc.oneof(hostileComment, hostileValue),
      codes: COMMENT_ERROR_CODES,
      bounds: (value) => {
        expect(characters(value.name)).toBeLessThanOrEqual(COMMENT_LIMITS.nameMax)
        expect(characters(value.text)).toBeLessThanOrEqual(COMMENT_LIMITS.textMax)
        expect(characters(value.text)).toBeGreaterThanOrEqual(COMMENT_LIMITS.textMin)
        expect(characters(value.organisation)).toBeLessThanOrEqual(COMMENT_LIMITS.organisationMax)
        expect(characters(value.clause)).toBeLessThanOrEqual(COMMENT_LIMITS.clauseMax)
        expect(value.name).not.toMatch(/\n/)
      },
    })
  })
})
