import { describe, expect, it } from 'vitest'
import { searchKeys, type IndexedText } from './searchKeys'

describe('searchKeys', () => {
  it.each<[string, IndexedText, string]>([
    ['nothing to index', {}, ''],
    ['missing parts', { text: [undefined], html: [undefined] }, ''],
    ['words without đ need no key', { text: ['Bảo hiểm thất nghiệp'] }, ''],
    ['đ words fold fully, lower case', { text: ['Đăng ký lao động'] }, 'dang dong'],
    ['each key once, in order', { text: ['Hợp đồng lao động', 'đồng ý'] }, 'dong'],
    ['tones on đ words are stripped too', { text: ['Đường đi đến'] }, 'duong di den'],
    ['decomposed (NFD) input', { text: ['Đe\u0302\u0300 nghi\u0323'] }, 'de'],
    ['Windows-1258 Ð as Đ', { text: ['ÐÔNG'] }, 'dong'],
    ['punctuation splits words', { text: ['“Đăng-ký”, (đúng)!'] }, 'dang dung'],
    [
      'text of HTML, not its markup, with entities decoded',
      { html: ['<p class="đ">Chi trả &#273;úng hạn <strong>đợt</strong> 1</p>'] },
      'dung dot',
    ],
    ['text and HTML together', { text: ['Đào tạo'], html: ['<p>đào tạo nghề <em>điện</em></p>'] }, 'dao dien'],
  ])('%s', (_, input, expected) => {
    expect(searchKeys(input)).toBe(expected)
  })
})
