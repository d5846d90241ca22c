import { describe, expect, it } from 'vitest'
import { checkWith } from '../testing'
import { unbalancedBracketsRule } from './unbalanced-brackets'

describe('unbalanced-brackets', () => {
  it.each([
    ['Hội nghị (mở rộng', [['(', 9]]],
    ['mở rộng) đã xong', [[')', 7]]],
    ['Chủ đề “Chung tay', [['“', 7]]],
    ['Chủ đề Chung tay”', [['”', 16]]],
    ['Bài "Chính sách mới', [['"', 4]]],
    ['Theo «nguồn', [['«', 5]]],
    ['Các tỉnh] đã xong', [[']', 8]]],
    ['(a [b) c', [['[', 3]]],
    ['“một” “hai', [['“', 6]]],
    [
      'dòng một (\ndòng hai)',
      [
        ['(', 9],
        [')', 19],
      ],
    ],
  ])('flags %j', (text, expected) => {
    const findings = checkWith(unbalancedBracketsRule, text)
    expect(findings.map((finding) => [finding.excerpt, finding.start])).toEqual(expected)
    for (const finding of findings) expect(finding.suggestion).toBeUndefined()
  })

  it.each([
    ['balanced marks', 'Hội nghị (mở rộng) về “Chính sách [mới]” và «dự thảo» đã xong.'],
    ['nested marks', '(theo “Báo cáo (sơ bộ)” năm 2026)'],
    ['straight quotes in pairs', 'Chương trình "Vì trẻ em" và "Xuân yêu thương"'],
    ['list labels', 'a) người lao động;\nb) người học nghề;\n2) hồ sơ; iv) khác; điểm đ) khoản 1'],
    ['apostrophes', "Vietnam’s H'Mông"],
  ])('leaves alone %s', (_case, text) => {
    expect(checkWith(unbalancedBracketsRule, text)).toEqual([])
  })

  it('says which mark is missing', () => {
    const [open] = checkWith(unbalancedBracketsRule, 'Hội nghị (mở rộng')
    expect(open.message.vi).toContain('“)”')
    const [close] = checkWith(unbalancedBracketsRule, 'mở rộng”')
    expect(close.message.en).toContain('““”')
  })
})
