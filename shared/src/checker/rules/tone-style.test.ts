import { describe, expect, it } from 'vitest'
import { checkWith, excerpts } from '../testing'
import { toneStyleRule } from './tone-style'

const MIXED = 'Khánh Hòa, Thanh Hóa và Khánh Hoà'

describe('tone-style', () => {
  it.each([
    [
      'old',
      'Uỷ ban tỉnh Khánh Hoà',
      [
        ['Uỷ', 'Ủy'],
        ['Hoà', 'Hòa'],
      ],
    ],
    [
      'old',
      'chăm sóc sức khoẻ, tuỳ theo',
      [
        ['khoẻ', 'khỏe'],
        ['tuỳ', 'tùy'],
      ],
    ],
    [
      'new',
      'Ủy ban tỉnh Khánh Hòa',
      [
        ['Ủy', 'Uỷ'],
        ['Hòa', 'Hoà'],
      ],
    ],
    ['any', MIXED, [['Hoà', 'Hòa']]],
    ['any', 'Khánh Hoà, Thanh Hoá và Khánh Hòa', [['Hòa', 'Hoà']]],
    ['any', 'hòa rồi hoà', [['hoà', 'hòa']]],
  ] as const)('with toneStyle %s flags %j', (toneStyle, text, expected) => {
    expect(excerpts(checkWith(toneStyleRule, text, { toneStyle }))).toEqual(expected)
  })

  it('defaults to the traditional style', () => {
    expect(excerpts(checkWith(toneStyleRule, 'Khánh Hoà'))).toEqual([['Hoà', 'Hòa']])
  })

  it('counts all fields together under any', () => {
    const findings = checkWith(
      toneStyleRule,
      { title: 'Khánh Hòa', sapo: 'Thanh Hóa', body: 'Khánh Hoà' },
      { toneStyle: 'any' },
    )
    expect(findings.map((finding) => [finding.field, finding.excerpt])).toEqual([['body', 'Hoà']])
  })

  it.each([
    ['old', 'Ủy ban tỉnh Khánh Hòa, chăm sóc sức khỏe'],
    ['new', 'Uỷ ban tỉnh Khánh Hoà, chăm sóc sức khoẻ'],
    ['any', 'Uỷ ban tỉnh Khánh Hoà'],
    ['any', 'Ủy ban tỉnh Khánh Hòa'],
    ['old', 'hoàn thành, quyết định, quý, khuya, thuở, xoài, hoa, thuế'],
  ] as const)('with toneStyle %s leaves alone %j', (toneStyle, text) => {
    expect(checkWith(toneStyleRule, text, { toneStyle })).toEqual([])
  })
})
