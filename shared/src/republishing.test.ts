import { describe, expect, it } from 'vitest'
import { checkRepublished, comparableText, type RepublishedArticle } from './republishing'

const original = {
  title: 'Tăng lương tối thiểu vùng từ 1/7',
  bodyText: 'Chính phủ quyết định tăng 6% lương tối thiểu vùng.',
}
const article = (over: Partial<RepublishedArticle> = {}): RepublishedArticle => ({
  source: {
    name: 'Báo Lao Động',
    url: 'https://laodong.vn/bai-viet-123',
    permission: 'Công văn 12/LĐ-TS ngày 02/11/2026',
  },
  title: original.title,
  bodyText: original.bodyText,
  original,
  ...over,
})

describe('checkRepublished', () => {
  it.each<[string, Partial<RepublishedArticle>, string[]]>([
    ['unchanged with its source', {}, []],
    [
      're-spaced and decomposed, which is no edit',
      { title: ` ${original.title.normalize('NFD')}  `, bodyText: original.bodyText.replace(/ /g, '\n ') },
      [],
    ],
    ['not recorded yet (first save)', { original: null, title: 'Khác' }, []],
    ['a changed title', { title: 'Tăng lương tối thiểu vùng từ ngày 1/7' }, ['title-changed']],
    ['a changed body', { bodyText: original.bodyText.replace('6%', '7%') }, ['body-changed']],
    ['both changed', { title: 'X', bodyText: 'Y' }, ['title-changed', 'body-changed']],
    [
      'no source at all',
      { source: null },
      ['source-name-required', 'source-url-required', 'permission-required'],
    ],
    [
      'blank fields',
      { source: { name: ' ', url: '', permission: '\n' } },
      ['source-name-required', 'source-url-required', 'permission-required'],
    ],
    [
      'a source URL that is not a web address',
      { source: { name: 'Báo', url: 'laodong.vn', permission: 'Có' } },
      ['source-url-invalid'],
    ],
    [
      'a javascript: URL',
      { source: { name: 'Báo', url: 'javascript:alert(1)', permission: 'Có' } },
      ['source-url-invalid'],
    ],
  ])('%s', (_name, over, issues) => {
    expect(checkRepublished(article(over))).toEqual(issues)
  })
})

describe('comparableText', () => {
  it('ignores spacing and Unicode form only', () => {
    expect(comparableText(' a\n\tb ')).toBe('a b')
    expect(comparableText('Hoà'.normalize('NFD'))).toBe('Hoà')
    expect(comparableText('Hoà')).not.toBe(comparableText('Hòa'))
  })
})
