import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { dataDir } from '../src/db/adapter'
import { bootPayload } from './helpers/payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})
afterAll(async () => close())

describe('CMS boot', () => {
  it('makes the first account an active admin whatever was asked, and later ones keep their role', async () => {
    const first = await payload.create({
      collection: 'users',
      data: {
        email: 'first.boot@example.gov.vn',
        password: 'x-password-1',
        name: 'Người đầu tiên',
        role: 'ops',
        active: false,
      },
    })
    expect(first).toMatchObject({ role: 'admin', active: true })
    const second = await payload.create({
      collection: 'users',
      data: {
        email: 'second.boot@example.gov.vn',
        password: 'x-password-1',
        name: 'Người thứ hai',
        role: 'ops',
      },
    })
    expect(second.role).toBe('ops')
  })

  it('stores uploads in the data folder with WebP thumbnail, card and hero sizes', async () => {
    const image = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#d52b1e' } })
      .jpeg()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Quốc kỳ' },
      file: { data: image, mimetype: 'image/jpeg', name: 'quoc-ky.jpg', size: image.length },
    })
    expect(media.sizes).toMatchObject({
      thumbnail: { width: 400, mimeType: 'image/webp' },
      card: { width: 800, mimeType: 'image/webp' },
      hero: { width: 1600, mimeType: 'image/webp' },
    })
    expect(existsSync(path.join(dataDir(), 'media', media.filename ?? ''))).toBe(true)
    expect(existsSync(path.join(dataDir(), 'media', media.sizes?.hero?.filename ?? ''))).toBe(true)
  })

  it('refuses files that are not images', async () => {
    const text = Buffer.from('không phải ảnh')
    const attempt = payload.create({
      collection: 'media',
      data: { alt: 'Tệp văn bản' },
      file: { data: text, mimetype: 'text/plain', name: 'ghi-chu.txt', size: text.length },
    })
    await expect(attempt).rejects.toThrow()
  })
})
