import { describe, expect, it } from 'vitest'
import { checkWith } from '../testing'
import { titleAllCapsRule } from './title-all-caps'

describe('title-all-caps', () => {
  it.each([
    'HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2026',
    'TIN TỨC',
    'THÔNG BÁO',
    'UBND TỈNH BAN HÀNH KẾ HOẠCH',
    'BHXH UBND TP',
  ])('flags %j', (title) => {
    const findings = checkWith(titleAllCapsRule, { title })
    expect(findings.map((finding) => [finding.start, finding.end])).toEqual([[0, title.length]])
    expect(findings[0].suggestion).toBeUndefined()
  })

  it.each([
    ['a title in sentence case', 'Hội nghị tổng kết công tác năm 2026'],
    ['a short title of acronyms', 'UBND TP'],
    ['a single acronym', 'BHXH'],
    ['an acronym and a number', 'ASEAN 2026'],
    ['fewer than three letters', 'VN 2026'],
    ['no letters', '2026'],
  ])('leaves alone %s', (_case, title) => {
    expect(checkWith(titleAllCapsRule, { title })).toEqual([])
  })

  it('looks only at the title', () => {
    expect(checkWith(titleAllCapsRule, { sapo: 'THÔNG BÁO KHẨN', body: 'THÔNG BÁO KHẨN' })).toEqual([])
  })
})
