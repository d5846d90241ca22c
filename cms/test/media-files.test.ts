import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import type { Media, MediaFile } from '@cong/shared/payload-types'
import { bootPayload } from './helpers/payload'
import { GOOD_VTT, makeAvSamples } from './helpers/avFiles'
import { seedWorld, type ActingUser, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World
let samples: ReturnType<typeof makeAvSamples>
const saved = { FFPROBE_PATH: process.env.FFPROBE_PATH, FFMPEG_PATH: process.env.FFMPEG_PATH }

beforeAll(async () => {
  samples = makeAvSamples()
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'mediafiles')
})
afterAll(async () => close())
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const upload = (
  data: Buffer,
  name: string,
  mimetype: string,
  fields: Record<string, unknown> = {},
  user: ActingUser = world.users.editor,
) =>
  payload.create({
    collection: 'media-files',
    data: { title: name, ...fields },
    file: { data, name, mimetype, size: data.length },
    user,
    overrideAccess: false,
  }) as Promise<MediaFile>

describe('video and audio', () => {
  it('a video gets its duration and a poster frame made into an image with alt text', async () => {
    const doc = await upload(samples.mp4, 'hoi-nghi.mp4', 'video/mp4', { title: 'Hội nghị tổng kết' })
    expect(doc).toMatchObject({ kind: 'video', mimeType: 'video/mp4', durationSeconds: 2 })
    expect(doc.processingNote).toMatch(/Thời lượng 0:02, khung hình 320×180; ảnh bìa/)
    expect(doc.poster).toBeTruthy()

    const posterId = typeof doc.poster === 'object' ? doc.poster!.id : doc.poster!
    const poster = (await payload.findByID({ collection: 'media', id: posterId, locale: 'vi' })) as Media
    expect(poster).toMatchObject({ mimeType: 'image/jpeg', alt: 'Ảnh bìa video «Hội nghị tổng kết»' })
    expect(poster.width).toBe(320)
    const posterEn = (await payload.findByID({ collection: 'media', id: posterId, locale: 'en' })) as Media
    expect(posterEn.alt).toBe('Poster of the video "Hội nghị tổng kết"')

    const stored = await payload.findByID({ collection: 'media-files', id: doc.id, depth: 0 })
    expect(stored.poster).toBe(posterId)
  })

  it('a poster the editor chose is kept', async () => {
    const before = await payload.count({ collection: 'media' })
    const existing = await payload.find({ collection: 'media', limit: 1 })
    const chosen = existing.docs[0]!.id

    const doc = await upload(samples.mp4, 'co-anh-bia.mp4', 'video/mp4', { poster: chosen })
    expect(typeof doc.poster === 'object' ? doc.poster?.id : doc.poster).toBe(chosen)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  })

  it('sound-only files are audio, whatever the container or the browser said', async () => {
    const mp3 = await upload(samples.mp3, 'phong-van.mp3', 'audio/mpeg')
    expect(mp3).toMatchObject({ kind: 'audio', mimeType: 'audio/mpeg', durationSeconds: 3 })
    expect(mp3.poster ?? null).toBeNull()
    const m4a = await upload(samples.audioOnlyMp4, 'ban-tin.mp4', 'video/mp4')
    expect(m4a).toMatchObject({ kind: 'audio', mimeType: 'audio/mp4', filename: 'ban-tin.m4a' })
  })

  it('without ffmpeg the upload succeeds with the note, and the editor enters the duration', async () => {
    process.env.FFPROBE_PATH = '/nonexistent/ffprobe'
    process.env.FFMPEG_PATH = '/nonexistent/ffmpeg'
    const doc = await upload(samples.mp4, 'khong-ffmpeg.mp4', 'video/mp4')
    expect(doc).toMatchObject({ kind: 'video', mimeType: 'video/mp4' })
    expect(doc.durationSeconds ?? null).toBeNull()
    expect(doc.poster ?? null).toBeNull()
    expect(doc.processingNote).toBe(
      'Máy chủ chưa cài ffmpeg (gói Debian `ffmpeg`): hãy nhập thời lượng và chọn ảnh bìa. / ' +
        'ffmpeg is not installed on the server (Debian package `ffmpeg`): enter the duration and choose a poster image.',
    )
    const edited = await payload.update({
      collection: 'media-files',
      id: doc.id,
      data: { durationSeconds: 125, kind: 'subtitles', processingNote: 'sửa tay' },
      user: world.users.editor,
      overrideAccess: false,
    })
    // The duration is the editor's; the kind and the note follow the file, not the request.
    expect(edited).toMatchObject({ durationSeconds: 125, kind: 'video', processingNote: doc.processingNote })
  })

  it('refuses what is not audio, video or subtitles, naming the file', async () => {
    const html = Buffer.from('<!doctype html><p>Không phải video</p>', 'utf8')
    await expect(upload(html, 'video.mp4', 'video/mp4')).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/«video\.mp4» không phải video.*"video\.mp4" is not a video/s),
    })
    const { default: sharp } = await import('sharp')
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    await expect(upload(png, 'anh.png', 'image/png')).rejects.toMatchObject({ status: 400 })
    const huge = Buffer.concat([Buffer.from('WEBVTT\n\n'), Buffer.alloc(3 * 1024 * 1024, 0x20)])
    await expect(upload(huge, 'khong-lo.vtt', 'text/vtt')).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/«khong-lo\.vtt» lớn hơn 2 MB.*larger than 2 MB/s),
    })
  })
})

describe('subtitles', () => {
  it('a valid WebVTT file is kept as text/vtt, whatever type the browser gave it', async () => {
    for (const [name, declared] of [
      ['phu-de-vi.vtt', 'text/vtt'],
      ['phu-de-en.vtt', 'text/plain'],
      ['phu-de', 'application/octet-stream'],
    ] as const) {
      const doc = await upload(GOOD_VTT, name, declared, { language: 'en' })
      expect(doc).toMatchObject({ kind: 'subtitles', mimeType: 'text/vtt', language: 'en' })
      expect(doc.filename).toMatch(/\.vtt$/)
      expect(doc.processingNote).toMatch(/Phụ đề hợp lệ: 2 câu/)
    }
  })

  it('a bad WebVTT file is refused with the line of the problem', async () => {
    const srtLike = Buffer.from('WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nXin chào\n', 'utf8')
    const attempt = upload(srtLike, 'phu-de-sai.vtt', 'text/vtt')
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/«phu-de-sai\.vtt» chưa đúng chuẩn WebVTT\. Dòng 4: .*Line 4:/s),
    })
    const error = (await attempt.catch((e: unknown) => e)) as { data?: { errors?: { path: string }[] } }
    expect(error.data?.errors?.[0]?.path).toBe('file')

    const srt = Buffer.from('1\n00:00:01,000 --> 00:00:02,000\nXin chào\n', 'utf8')
    await expect(upload(srt, 'phu-de.srt', 'application/x-subrip')).rejects.toMatchObject({
      message: expect.stringMatching(/Dòng 1: Tệp phụ đề phải bắt đầu bằng dòng "WEBVTT"/),
    })
  })
})

describe('through the REST API the admin uses', () => {
  const post = async (body: Buffer, name: string, type: string) => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: world.users.editor.email, password: 'mat-khau-thu-nghiem' },
    })
    const form = new FormData()
    form.append('file', new Blob([body], { type }), name)
    form.append('_payload', JSON.stringify({ title: name }))
    const { default: config } = await import('../src/payload.config')
    return handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/media-files', {
        method: 'POST',
        body: form,
        headers: { authorization: `JWT ${token}` },
      }),
    })
  }

  it('stores subtitles a browser sent as text/plain, and marks the file field of a bad one', async () => {
    const ok = await post(GOOD_VTT, 'rest.vtt', 'text/plain')
    expect(ok.status).toBe(201)
    expect(((await ok.json()) as { doc: MediaFile }).doc).toMatchObject({
      kind: 'subtitles',
      mimeType: 'text/vtt',
    })

    const bad = await post(
      Buffer.from('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nNgược\n'),
      'nguoc.vtt',
      'text/vtt',
    )
    expect(bad.status).toBe(400)
    const body = (await bad.json()) as {
      errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
    }
    expect(body.errors[0]?.data?.errors?.[0]).toMatchObject({
      path: 'file',
      message: expect.stringMatching(
        /Dòng 3: Thời điểm kết thúc .* Line 3: A cue must end after it starts\./s,
      ),
    })
  })
})

describe('access', () => {
  it('anyone reads, article writers upload, only the board and admins delete', async () => {
    const doc = await upload(GOOD_VTT, 'cong-tac-vien.vtt', 'text/vtt', {}, world.users.contributor)
    expect(doc.kind).toBe('subtitles')
    await expect(
      upload(GOOD_VTT, 'bien-dich.vtt', 'text/vtt', {}, world.users.translator),
    ).rejects.toMatchObject({
      status: 403,
    })
    const found = await payload.find({
      collection: 'media-files',
      where: { id: { equals: doc.id } },
      overrideAccess: false,
    })
    expect(found.totalDocs).toBe(1)
    await expect(
      payload.delete({
        collection: 'media-files',
        id: doc.id,
        user: world.users.editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.delete({
      collection: 'media-files',
      id: doc.id,
      user: world.users.board,
      overrideAccess: false,
    })
  })
})
