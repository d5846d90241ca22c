import { describe, expect, it } from 'vitest'
import { imageRenditions, srcsetOf } from './images'
import type { SnapshotImage } from './snapshot'

const image = (sizes: SnapshotImage['sizes'], path = '/media/a.jpg', width = 1600): SnapshotImage => ({
  path,
  width,
  height: 900,
  mediaId: '1',
  mimeType: 'image/jpeg',
  alt: { vi: 'Ảnh' },
  sizes,
})

interface Case {
  name: string
  sizes: SnapshotImage['sizes']
  width?: number
  avif: string[]
  fallback: string[]
}

describe('imageRenditions', () => {
  it.each<Case>([
    {
      name: 'WebP sizes and the original, narrowest first',
      sizes: { card: { path: '/media/a-800.webp', width: 800, height: 450 }, thumbnail: { path: '/media/a-400.webp', width: 400, height: 225 } },
      avif: [],
      fallback: ['/media/a-400.webp 400w', '/media/a-800.webp 800w', '/media/a.jpg 1600w'],
    },
    {
      name: 'AVIF kept apart from WebP of the same width',
      sizes: {
        card: { path: '/media/a-800.webp', width: 800, height: 450 },
        cardAvif: { path: '/media/a-800.avif', width: 800, height: 450 },
        thumbnailAvif: { path: '/media/a-400.AVIF', width: 400, height: 225 },
      },
      avif: ['/media/a-400.AVIF 400w', '/media/a-800.avif 800w'],
      fallback: ['/media/a-800.webp 800w', '/media/a.jpg 1600w'],
    },
    {
      name: 'an original as wide as a size appears once',
      sizes: { card: { path: '/media/a-800.webp', width: 800, height: 450 } },
      width: 800,
      avif: [],
      fallback: ['/media/a-800.webp 800w'],
    },
  ])('$name', ({ sizes, width, avif, fallback }) => {
    const r = imageRenditions(image(sizes, '/media/a.jpg', width))
    expect(srcsetOf(r.avif)).toBe(avif.join(', '))
    expect(srcsetOf(r.fallback)).toBe(fallback.join(', '))
  })
})
