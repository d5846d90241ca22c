import { describe, expect, it } from 'vitest'
import { checkWith } from '../testing'
import { imageAltRule } from './image-alt'

describe('image-alt', () => {
  it('flags each image without alt text, by index', () => {
    const findings = checkWith(imageAltRule, {
      images: [
        { alt: 'Toàn cảnh hội nghị' },
        { alt: '', label: 'anh-2.jpg' },
        { alt: null },
        { label: 'bieu-do.png' },
        { alt: '   ' },
      ],
    })
    expect(findings.map(({ field, start, end, excerpt }) => [field, start, end, excerpt])).toEqual([
      ['images', 1, 1, 'anh-2.jpg'],
      ['images', 2, 2, ''],
      ['images', 3, 3, 'bieu-do.png'],
      ['images', 4, 4, ''],
    ])
    expect(findings[0].message.vi).toContain('anh-2.jpg')
    expect(findings[1].message.en).toContain('Image 3')
  })

  it.each([
    ['images with alt text', { images: [{ alt: 'Bộ trưởng phát biểu' }] }],
    ['no images', { images: [] }],
    ['no image list', { body: 'Nội dung.' }],
  ])('leaves alone %s', (_case, input) => {
    expect(checkWith(imageAltRule, input)).toEqual([])
  })
})
