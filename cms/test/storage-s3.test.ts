import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { localS3 } from '../../scripts/test/helpers/localS3'
import sharp from 'sharp'
import { makeAvSamples } from './helpers/avFiles'
import { minimalPdf } from './helpers/documents'
import { apiRequest, SAMPLE_QUESTION } from './helpers/endpoints'
import { bootPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { seedWorld, type World } from './helpers/world'

/**
 * The CMS on S3-compatible storage, against s3rver (a local S3 server): files go to the bucket
 * under one folder per collection, never to the local disk, and are still served by the CMS
 * under `/api/<collection>/file/<name>` with the collection's read access.
 */
const BUCKET = 'cong-test-media'
const s3 = localS3(BUCKET)

let payload: Payload
let close: () => Promise<void>
let world: World
let endpoint: string
let rest: ReturnType<typeof restClient>

process.env.CMS_TRUST_PROXY = '1'

beforeAll(async () => {
  endpoint = await s3.start()
  Object.assign(process.env, { S3_BUCKET: BUCKET, ...s3.env(endpoint) })
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 's3')
  rest = restClient(payload)
})
afterAll(async () => {
  await close?.()
  await s3.stop()
})

// The bucket as any S3 client sees it (s3rver answers unsigned requests, so plain fetch does).
const keysUnder = async (prefix: string) => {
  const res = await fetch(`${endpoint}/${BUCKET}?list-type=2&prefix=${encodeURIComponent(prefix)}`)
  expect(res.status).toBe(200)
  return [...(await res.text()).matchAll(/<Key>([^<]*)<\/Key>/g)].map((m) => m[1]).sort()
}

const objectBytes = async (key: string) => {
  const res = await fetch(`${endpoint}/${BUCKET}/${key}`)
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

const image = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 30, b: 40 } } })
    .jpeg()
    .toBuffer()

describe('uploads on S3-compatible storage', () => {
  it('stores an image and its sizes in the bucket, not on disk, and serves it at the same URL', async () => {
    const data = await image()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Quốc kỳ' },
      file: { data, name: 'quoc-ky.jpg', mimetype: 'image/jpeg', size: data.length },
      user: world.users.editor,
      overrideAccess: false,
    })
    // Still the CMS's file route (the adapter adds only its folder as a query); the snapshot
    // builds `/api/media/file/<filename>` without it, which the request below checks.
    expect(doc.url).toBe(`/api/media/file/${doc.filename}?prefix=media`)
    const keys = await keysUnder('media/')
    expect(keys).toContain(`media/${doc.filename}`)
    // The 1600 px size is not made from a 900 px image; every size that was made is there.
    const sizes = Object.values(doc.sizes ?? {}).flatMap((size) =>
      size?.filename ? [`media/${size.filename}`] : [],
    )
    expect(sizes).toHaveLength(4)
    expect(keys).toEqual([`media/${doc.filename}`, ...sizes].sort())
    expect(await objectBytes(`media/${doc.filename}`)).toEqual(data)
    expect(existsSync(path.join(process.env.CONG_DATA_DIR!, 'media'))).toBe(false)

    const res = await rest(`/media/file/${doc.filename}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await res.arrayBuffer())).toEqual(data)

    await payload.delete({ collection: 'media', id: doc.id, user: world.users.board, overrideAccess: false })
    expect(await keysUnder('media/')).toEqual([])
  })

  it('stores legal documents under documents/', async () => {
    const data = minimalPdf('Nghi dinh')
    const doc = await payload.create({
      collection: 'document-files',
      data: {},
      file: { data, name: 'nghi-dinh-15.pdf', mimetype: 'application/pdf', size: data.length },
      user: world.users.editor,
      overrideAccess: false,
    })
    expect(await keysUnder('documents/')).toEqual([`documents/${doc.filename}`])
    const res = await rest(`/document-files/file/${doc.filename}`)
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer())).toEqual(data)
  })

  it("keeps each of a citizen's attachments intact, and serves them only to staff who may read the case", async () => {
    const pdf = minimalPdf('Don de nghi')
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#08f' } })
      .png()
      .toBuffer()
    const form = new FormData()
    for (const [key, value] of Object.entries({ ...SAMPLE_QUESTION, homepage: '' })) form.append(key, value)
    form.append('attachments', new Blob([pdf], { type: 'application/pdf' }), 'don.pdf')
    form.append('attachments', new Blob([png], { type: 'image/png' }), 'anh.png')
    const res = await apiRequest('/cases/submit', {
      method: 'POST',
      headers: { 'x-forwarded-for': '198.51.100.9, 203.0.113.7' },
      body: form,
    })
    expect(res.status).toBe(201)
    const { trackingCode } = (await res.json()) as { trackingCode: string }

    // The endpoint creates both files, then links them to the case with the same request: each
    // object must still hold its own bytes (the plugin's remembered file must not leak across).
    const first = `case-files/${trackingCode}-1.pdf`
    const second = `case-files/${trackingCode}-2.png`
    expect(await keysUnder('case-files/')).toEqual([first, second])
    expect(await objectBytes(first)).toEqual(pdf)
    expect(await objectBytes(second)).toEqual(png)

    expect((await rest(`/case-files/file/${trackingCode}-2.png`)).status).toBe(403)
    expect((await rest(`/case-files/file/${trackingCode}-2.png`, { user: world.users.editor })).status).toBe(
      403,
    )
    const asBoard = await rest(`/case-files/file/${trackingCode}-2.png`, { user: world.users.board })
    expect(asBoard.status).toBe(200)
    expect(Buffer.from(await asBoard.arrayBuffer())).toEqual(png)
  })

  it('stores a video and the poster image made from it, each with its own bytes', async () => {
    const { mp4 } = makeAvSamples()
    const video = await payload.create({
      collection: 'media-files',
      data: { title: 'Hội nghị tổng kết' },
      file: { data: mp4, name: 'hoi-nghi.mp4', mimetype: 'video/mp4', size: mp4.length },
      user: world.users.editor,
      overrideAccess: false,
    })
    // The poster is created (and its English alt saved) inside the video's own save, with the
    // same request: neither may take the other's file.
    expect(await objectBytes(`media-files/${video.filename}`)).toEqual(mp4)
    const posterId = typeof video.poster === 'object' ? video.poster!.id : video.poster!
    const poster = await payload.findByID({ collection: 'media', id: posterId })
    const posterBytes = await objectBytes(`media/${poster.filename}`)
    expect((await sharp(posterBytes).metadata()).format).toBe('jpeg')
    const served = await rest(`/media-files/file/${video.filename}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer())).toEqual(mp4)
  })
})
