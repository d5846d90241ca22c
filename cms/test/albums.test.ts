import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import sharp from 'sharp'
import type { Album, Media, MediaFile } from '@cong/shared/payload-types'
import { bootPayload } from './helpers/payload'
import { GOOD_VTT, makeAvSamples } from './helpers/avFiles'
import { seedWorld, type ActingUser, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World
let images: Media[]
let video: MediaFile
let audio: MediaFile
let subtitles: MediaFile

const png = (background: string) =>
  sharp({ create: { width: 64, height: 48, channels: 3, background } })
    .png()
    .toBuffer()

const mediaFile = async (data: Buffer, name: string, mimetype: string) =>
  (await payload.create({
    collection: 'media-files',
    data: { title: name },
    file: { data, name, mimetype, size: data.length },
  })) as MediaFile

beforeAll(async () => {
  const samples = makeAvSamples()
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'albums')
  images = []
  for (const [i, colour] of ['#c00', '#0a0', '#00c'].entries()) {
    const data = await png(colour)
    images.push(
      await payload.create({
        collection: 'media',
        data: { alt: `Ảnh ${i + 1}` },
        file: { data, name: `anh-${i + 1}.png`, mimetype: 'image/png', size: data.length },
      }),
    )
  }
  video = await mediaFile(samples.mp4, 'hoi-nghi.mp4', 'video/mp4')
  audio = await mediaFile(samples.mp3, 'phong-van.mp3', 'audio/mpeg')
  subtitles = await mediaFile(GOOD_VTT, 'phu-de.vtt', 'text/vtt')
})
afterAll(async () => close())

type Fields = Record<string, unknown>
const create = (data: Fields, user: ActingUser = world.users.editor) =>
  payload.create({
    collection: 'albums',
    data: { unit: world.unitA.id, sections: [world.section.id], ...data } as never,
    user,
    overrideAccess: false,
    locale: 'vi',
  }) as Promise<Album>

/** The field errors of a refused save, as `path → message`. */
async function fieldErrors(attempt: Promise<unknown>): Promise<Record<string, string>> {
  const error = (await attempt.then(
    () => {
      throw new Error('the save was accepted')
    },
    (e: unknown) => e,
  )) as { status?: number; data?: { errors?: { path: string; message: string }[] } }
  expect(error.status).toBe(400)
  return Object.fromEntries((error.data?.errors ?? []).map((e) => [e.path, e.message]))
}

const photoRows = () =>
  images.map((image, i) => ({
    image: image.id,
    alt: `Đại biểu dự hội nghị, ảnh ${i + 1}`,
    caption: `Chú thích ${i + 1}`,
    credit: 'Phòng Truyền thông',
  }))

describe('photo albums', () => {
  it('keeps the photo order and each language’s captions and alt text', async () => {
    const album = await create({ title: 'Hội nghị tổng kết năm 2024', kind: 'photo', photos: photoRows() })
    expect(album.slug).toBe('hoi-nghi-tong-ket-nam-2024')
    expect(album.workflowStatus).toBe('draft')
    const ids = album.photos!.map((p) => p.id)

    // English as a translator types it: the same rows, English texts.
    await payload.update({
      collection: 'albums',
      id: album.id,
      locale: 'en',
      data: {
        title: 'Annual review conference 2024',
        photos: album.photos!.map((p, i) => ({
          ...p,
          alt: `Delegates at the conference, photo ${i + 1}`,
          caption: `Caption ${i + 1}`,
        })),
      },
      user: world.users.translator,
      overrideAccess: false,
    })

    // Reordering (Vietnamese side) moves the rows with both languages' texts.
    const vi = await payload.findByID({ collection: 'albums', id: album.id, locale: 'vi', depth: 0 })
    await payload.update({
      collection: 'albums',
      id: album.id,
      locale: 'vi',
      data: { photos: [vi.photos![2]!, vi.photos![0]!, vi.photos![1]!] },
      user: world.users.editor,
      overrideAccess: false,
    })

    const viAfter = await payload.findByID({ collection: 'albums', id: album.id, locale: 'vi', depth: 0 })
    const enAfter = await payload.findByID({ collection: 'albums', id: album.id, locale: 'en', depth: 0 })
    expect(viAfter.photos!.map((p) => p.id)).toEqual([ids[2], ids[0], ids[1]])
    expect(viAfter.photos!.map((p) => [p.image, p.caption, p.alt])).toEqual([
      [images[2]!.id, 'Chú thích 3', 'Đại biểu dự hội nghị, ảnh 3'],
      [images[0]!.id, 'Chú thích 1', 'Đại biểu dự hội nghị, ảnh 1'],
      [images[1]!.id, 'Chú thích 2', 'Đại biểu dự hội nghị, ảnh 2'],
    ])
    expect(enAfter.title).toBe('Annual review conference 2024')
    expect(enAfter.photos!.map((p) => [p.id, p.caption, p.alt])).toEqual([
      [ids[2], 'Caption 3', 'Delegates at the conference, photo 3'],
      [ids[0], 'Caption 1', 'Delegates at the conference, photo 1'],
      [ids[1], 'Caption 2', 'Delegates at the conference, photo 2'],
    ])
    expect(viAfter.title).toBe('Hội nghị tổng kết năm 2024')

    // The English has a translation record like any translatable item.
    const records = await payload.find({
      collection: 'translations' as never,
      where: { and: [{ itemCollection: { equals: 'albums' } }, { itemId: { equals: String(album.id) } }] },
      depth: 0,
    })
    expect(records.totalDocs).toBe(1)
    expect(records.docs[0]).toMatchObject({ title: 'Hội nghị tổng kết năm 2024', itemPublic: false })
  })

  it('a translator may not add, drop or reorder photos', async () => {
    const album = await create({ title: 'Album không sửa hàng', kind: 'photo', photos: photoRows() })
    const attempt = payload.update({
      collection: 'albums',
      id: album.id,
      locale: 'en',
      data: { photos: album.photos!.slice(1) },
      user: world.users.translator,
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({ status: 403 })
  })

  it('every photo needs alt text, and a photo album at least one photo', async () => {
    const rows = photoRows()
    rows[1]!.alt = '  '
    const errors = await fieldErrors(create({ title: 'Thiếu mô tả ảnh', kind: 'photo', photos: rows }))
    expect(errors['photos.1.alt']).toMatch(/^Mỗi ảnh cần mô tả \(alt\).* \/ Every photo needs alt text/)
    expect(Object.keys(errors)).toEqual(['photos.1.alt'])

    const none = await fieldErrors(create({ title: 'Album rỗng', kind: 'photo', photos: [] }))
    expect(none.photos).toBe('Album ảnh cần ít nhất một ảnh. / A photo album needs at least one photo.')
  })
})

describe('videos', () => {
  it('an uploaded video takes the file’s duration when none is given, and accepts subtitles tracks', async () => {
    const album = await create({
      title: 'Phóng sự việc làm',
      kind: 'video',
      video: {
        source: 'file',
        file: video.id,
        tracks: [{ file: subtitles.id, lang: 'vi', kind: 'subtitles' }],
      },
      transcript: 'Xin chào.\n\nCảm ơn.',
    })
    expect(video.durationSeconds).toBe(2)
    expect(album.video).toMatchObject({ durationSeconds: 2, tracks: [{ lang: 'vi', kind: 'subtitles' }] })

    const given = await create({
      title: 'Video có thời lượng',
      kind: 'video',
      video: { file: video.id, durationSeconds: 90 },
    })
    expect(given.video?.durationSeconds).toBe(90)
  })

  it('a track must be a subtitles file, the video a video file', async () => {
    const badTrack = await fieldErrors(
      create({
        title: 'Phụ đề sai',
        kind: 'video',
        video: { file: video.id, tracks: [{ file: audio.id, lang: 'vi' }] },
      }),
    )
    expect(badTrack['video.tracks.0.file']).toMatch(
      /không phải một tệp phụ đề WebVTT.*not a WebVTT subtitles file/,
    )
    const badVideo = await fieldErrors(
      create({ title: 'Video sai', kind: 'video', video: { file: audio.id } }),
    )
    expect(badVideo['video.file']).toMatch(/không phải một tệp video/)
  })

  it('embeds from allowed hosts only, saying which hosts are allowed', async () => {
    const ok = await create({
      title: 'Video YouTube',
      kind: 'video',
      video: { source: 'embed', embedUrl: 'https://youtu.be/dQw4w9WgXcQ' },
    })
    expect(ok.video?.embedUrl).toBe('https://youtu.be/dQw4w9WgXcQ')

    const refused = await fieldErrors(
      create({
        title: 'Video trang lạ',
        kind: 'video',
        video: { source: 'embed', embedUrl: 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ' },
      }),
    )
    expect(refused['video.embedUrl']).toBe(
      'Cổng chỉ nhúng video từ các trang được phép: youtube.com, youtu.be, vimeo.com. / ' +
        'The portal only embeds videos from allowed sites: youtube.com, youtu.be, vimeo.com.',
    )
    const http = await fieldErrors(
      create({
        title: 'Video http',
        kind: 'video',
        video: { source: 'embed', embedUrl: 'http://vimeo.com/76979871' },
      }),
    )
    expect(http['video.embedUrl']).toMatch(/phải bắt đầu bằng https/)
  })

  it('follows the hosts the administrator allows; nobody else changes them', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        siteName: 'Cổng thông tin',
        embedHosts: ['youtube.com', 'youtu.be', 'vimeo.com', 'video.example.gov.vn'],
      } as never,
      user: world.users.board,
      overrideAccess: false,
    })
    const afterBoard = await payload.findGlobal({ slug: 'site-settings' })
    expect((afterBoard as { embedHosts?: string[] }).embedHosts ?? []).not.toContain('video.example.gov.vn')

    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Cổng thông tin', embedHosts: ['vimeo.com', 'video.example.gov.vn'] } as never,
      user: world.users.admin,
      overrideAccess: false,
    })
    const own = await create({
      title: 'Video của Bộ',
      kind: 'video',
      video: { source: 'embed', embedUrl: 'https://video.example.gov.vn/embed/123' },
    })
    expect(own.id).toBeTruthy()
    const youtube = await fieldErrors(
      create({
        title: 'YouTube bị tắt',
        kind: 'video',
        video: { source: 'embed', embedUrl: 'https://youtu.be/dQw4w9WgXcQ' },
      }),
    )
    expect(youtube['video.embedUrl']).toMatch(/được phép: vimeo\.com, video\.example\.gov\.vn\./)
  })
})

describe('audio', () => {
  it('takes the file’s duration and refuses a video in its place', async () => {
    const album = await create({ title: 'Bản tin âm thanh', kind: 'audio', audio: { file: audio.id } })
    expect(album.audio?.durationSeconds).toBe(3)
    const wrong = await fieldErrors(
      create({ title: 'Âm thanh sai', kind: 'audio', audio: { file: video.id } }),
    )
    expect(wrong['audio.file']).toMatch(/không phải một tệp âm thanh/)
  })
})

describe('units and workflow', () => {
  it('a contributor creates albums for their own unit only, as drafts they cannot publish', async () => {
    const own = await create(
      { title: 'Album của Vụ', kind: 'photo', photos: photoRows().slice(0, 1), unit: undefined },
      world.users.contributor,
    )
    expect(String(typeof own.unit === 'object' ? own.unit?.id : own.unit)).toBe(String(world.unitA.id))

    await expect(
      create(
        { title: 'Album của Cục', kind: 'photo', photos: photoRows().slice(0, 1), unit: world.unitB.id },
        world.users.contributor,
      ),
    ).rejects.toMatchObject({ status: 403 })

    await expect(
      payload.update({
        collection: 'albums',
        id: own.id,
        data: { workflowStatus: 'published' },
        user: world.users.contributor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })

    // Another unit's contributor does not see the draft.
    const seen = await payload.find({
      collection: 'albums',
      where: { id: { equals: own.id } },
      user: world.users.contributorB,
      overrideAccess: false,
    })
    expect(seen.totalDocs).toBe(0)
  })

  it('the board publishes; the public then reads it', async () => {
    const album = await create({ title: 'Album đăng', kind: 'photo', photos: photoRows() })
    for (const [to, user] of [
      ['submitted', world.users.editor],
      ['approved', world.users.board],
      ['published', world.users.board],
    ] as const) {
      await payload.update({
        collection: 'albums',
        id: album.id,
        data: { workflowStatus: to },
        user,
        overrideAccess: false,
      })
    }
    const published = await payload.find({
      collection: 'albums',
      where: { id: { equals: album.id } },
      overrideAccess: false,
    })
    expect(published.docs[0]).toMatchObject({ workflowStatus: 'published', _status: 'published' })
    expect(published.docs[0]?.publishedAt).toBeTruthy()
  })
})
