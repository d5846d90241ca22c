import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Article, Media } from '@cong/shared/payload-types'
import { routes } from '@cong/shared/routes'
import type { Snapshot, SnapshotAlbum } from '@cong/shared/snapshot'
import { buildSnapshot } from '../../src/publishing/snapshot'
import { publishEnglish } from '../../src/translations/service'
import { bootPayload } from '../helpers/payload'
import { seedWorld, type World } from '../helpers/world'
import { createImage, link, paragraph, richText, text } from './fixtures'

/**
 * Albums in the snapshot (docs/translation-and-multimedia.md, "Multimedia"): what the site gets
 * of each kind, English only from the published translation, and albums embedded in articles as
 * cards and players whose files the publisher copies.
 */

let payload: Payload
let close: () => Promise<void>
let world: World
let snapshot: Snapshot
let tmp: string
const ids: Record<string, string | number> = {}
const photos: Media[] = []

const OPTIONS = { siteUrl: 'https://cong.example.gov.vn', cmsPublicUrl: 'https://cms.example.gov.vn', fileBaseUrl: 'http://cms.internal:3000' }
const ALBUMS = 'albums'
const MEDIA_FILES = 'media-files'

type Row = { id: string; image: unknown }

const relationship = (id: string | number) => ({
  type: 'relationship', relationTo: 'albums', value: id, format: '', version: 2,
})

async function album(key: string, data: Record<string, unknown>): Promise<Record<string, unknown> & { id: string | number }> {
  const doc = (await payload.create({
    collection: ALBUMS,
    data: { sections: [world.section.id], unit: world.unitA.id, workflowStatus: 'published', ...data } as never,
  })) as unknown as Record<string, unknown> & { id: string | number }
  ids[key] = doc.id
  return doc
}

async function mediaFile(file: string, name: string, mimetype: string, data: Record<string, unknown> = {}) {
  const buffer = readFileSync(file)
  return (await payload.create({
    collection: MEDIA_FILES,
    data: { title: name, ...data } as never,
    file: { data: buffer, mimetype, name, size: buffer.length },
  })) as unknown as { id: string | number; filename: string }
}

const vtt = (line: string) => `WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n${line}\n`

const find = (key: string): SnapshotAlbum | undefined => snapshot.albums.find((a) => a.id === String(ids[key]))

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'albums')
  tmp = mkdtempSync(path.join(os.tmpdir(), 'cong-albums-'))
  const ffmpeg = (...args: string[]) => execFileSync('ffmpeg', ['-y', '-loglevel', 'error', ...args], { timeout: 60_000 })
  ffmpeg('-f', 'lavfi', '-i', 'testsrc=d=2:s=160x90', '-f', 'lavfi', '-i', 'sine=d=2', '-shortest', '-pix_fmt', 'yuv420p', path.join(tmp, 'video.mp4'))
  ffmpeg('-f', 'lavfi', '-i', 'sine=d=2', path.join(tmp, 'audio.mp3'))
  const { writeFileSync } = await import('node:fs')
  writeFileSync(path.join(tmp, 'vi.vtt'), vtt('Xin chào'))
  writeFileSync(path.join(tmp, 'en.vtt'), vtt('Hello'))

  for (const n of [1, 2, 3]) photos.push(await createImage(payload, `anh-${n}.jpg`, `Ảnh số ${n}`))
  const video = await mediaFile(path.join(tmp, 'video.mp4'), 'Họp báo quý 3.mp4', 'video/mp4')
  const viTrack = await mediaFile(path.join(tmp, 'vi.vtt'), 'hop-bao-vi.vtt', 'text/vtt', { language: 'vi' })
  const enTrack = await mediaFile(path.join(tmp, 'en.vtt'), 'hop-bao-en.vtt', 'text/vtt', { language: 'en' })
  const audio = await mediaFile(path.join(tmp, 'audio.mp3'), 'phong-van.mp3', 'audio/mpeg')
  ids.videoFile = video.id

  // A photo album with published English, then reordered: captions follow their photos by row id.
  const photoAlbum = await album('photo', {
    title: 'Hội nghị tổng kết năm',
    kind: 'photo',
    credit: 'Phòng Truyền thông',
    photos: photos.map((p, i) => ({ image: p.id, caption: `Chú thích ${i + 1}`, alt: `Mô tả ${i + 1}` })),
  })
  const rows = photoAlbum.photos as Row[]
  await payload.update({
    collection: ALBUMS,
    id: photoAlbum.id,
    locale: 'en',
    data: {
      title: 'Year-end review conference',
      slugEn: 'year-end-review-conference',
      photos: rows.map((r, i) => ({ id: r.id, image: r.image, caption: `Caption ${i + 1}`, alt: `Description ${i + 1}` })),
    } as never,
  })
  await publishEnglish(payload, 'albums', photoAlbum.id)
  // English written afterwards is work in progress: not on the site until published again.
  await payload.update({ collection: ALBUMS, id: photoAlbum.id, locale: 'en', data: { title: 'Unreviewed English title' } as never })
  await payload.update({ collection: ALBUMS, id: photoAlbum.id, data: { photos: [rows[2], rows[0], rows[1]] } as never })

  // English typed in the album's en fields but never published.
  const unpublishedEn = await album('englishNotPublished', {
    title: 'Ngày hội việc làm',
    kind: 'photo',
    photos: [{ image: photos[0]!.id, caption: 'Gian hàng tuyển dụng', alt: 'Người lao động xếp hàng' }],
  })
  const row = (unpublishedEn.photos as Row[])[0]!
  await payload.update({
    collection: ALBUMS,
    id: unpublishedEn.id,
    locale: 'en',
    data: { title: 'Job fair', slugEn: 'job-fair', photos: [{ id: row.id, image: row.image, caption: 'Stands', alt: 'Workers queueing' }] } as never,
  })

  await album('videoFile', {
    title: 'Họp báo thường kỳ quý 3',
    kind: 'video',
    transcript: 'Người phát ngôn: Xin chào các bạn.\nPhóng viên: Xin cảm ơn.\n\nPhần <b>hai</b> & hỏi đáp',
    video: {
      source: 'file',
      file: video.id,
      tracks: [
        { file: viTrack.id, lang: 'vi', kind: 'subtitles' },
        { file: enTrack.id, lang: 'en', kind: 'subtitles' },
      ],
    },
  })
  await album('videoEmbed', {
    title: 'Phóng sự an toàn lao động',
    kind: 'video',
    video: { source: 'embed', embedUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', durationSeconds: 185 },
  })
  await album('audio', {
    title: 'Phỏng vấn Vụ trưởng',
    kind: 'audio',
    audio: { file: audio.id },
    transcript: 'Câu hỏi thứ nhất.',
  })
  await album('draft', {
    title: 'Album chưa duyệt',
    kind: 'photo',
    workflowStatus: 'draft',
    photos: [{ image: photos[1]!.id, alt: 'Ảnh nháp' }],
  })

  const body = richText(
    paragraph(text('Toàn cảnh hội nghị:')),
    paragraph(link({ linkType: 'internal', doc: { relationTo: 'albums', value: ids.audio } }, 'nghe phỏng vấn')),
    paragraph(link({ linkType: 'internal', doc: { relationTo: 'albums', value: ids.draft } }, 'album sắp đăng')),
    relationship(ids.photo!),
    relationship(ids.videoFile!),
    relationship(ids.videoEmbed!),
    relationship(ids.audio!),
    relationship(ids.draft!),
  ) as Article['body']
  const article = await payload.create({
    collection: 'articles',
    data: { title: 'Bài có album', sapo: 'Sa-pô', sections: [world.section.id], unit: world.unitA.id, workflowStatus: 'published', body } as Article,
  })
  ids.article = article.id
  await payload.update({
    collection: 'articles',
    id: article.id,
    locale: 'en',
    data: { title: 'Article with albums', sapo: 'Lead', body },
  })
  await publishEnglish(payload, 'articles', article.id)

  snapshot = await buildSnapshot(payload, OPTIONS)
}, 120_000)

afterAll(async () => {
  await close()
  rmSync(tmp, { recursive: true, force: true })
})

describe('albums in the snapshot', () => {
  it('lists public albums only, newest first', () => {
    expect(find('draft')).toBeUndefined()
    const keys = ['photo', 'englishNotPublished', 'videoFile', 'videoEmbed', 'audio']
    for (const key of keys) expect(find(key), key).toBeDefined()
    const dates = snapshot.albums.map((a) => Date.parse(a.publishedAt))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  it('keeps the photo order and the published captions of each photo', () => {
    const photo = find('photo')!
    expect(photo).toMatchObject({ kind: 'photo', credit: 'Phòng Truyền thông', sectionIds: [String(world.section.id)] })
    expect(photo.photos?.map((p) => p.image.mediaId)).toEqual([photos[2]!.id, photos[0]!.id, photos[1]!.id].map(String))
    expect(photo.photos?.map((p) => p.caption)).toEqual([
      { vi: 'Chú thích 3', en: 'Caption 3' },
      { vi: 'Chú thích 1', en: 'Caption 1' },
      { vi: 'Chú thích 2', en: 'Caption 2' },
    ])
    expect(photo.photos?.[0]?.alt).toEqual({ vi: 'Mô tả 3', en: 'Description 3' })
    expect(photo.cover?.mediaId).toBe(String(photos[2]!.id))
    // Each photo's file and sizes are copied.
    const paths = snapshot.files.map((f) => f.path)
    for (const p of photo.photos ?? []) {
      expect(paths).toContain(p.image.path)
      for (const size of Object.values(p.image.sizes)) expect(paths).toContain(size.path)
    }
  })

  it('takes English from the published copy only', () => {
    // The title saved after publication is the translator's work in progress.
    expect(find('photo')?.en).toMatchObject({ title: 'Year-end review conference', slug: 'year-end-review-conference' })
    const typedOnly = find('englishNotPublished')!
    expect(typedOnly.en).toBeUndefined()
    expect(typedOnly.photos?.[0]).toMatchObject({ alt: { vi: 'Người lao động xếp hàng' }, caption: { vi: 'Gian hàng tuyển dụng' } })
    expect(typedOnly.photos?.[0]?.alt.en).toBeUndefined()
    expect(typedOnly.photos?.[0]?.caption?.en).toBeUndefined()
    expect(JSON.stringify(snapshot)).not.toContain('Workers queueing')
    expect(JSON.stringify(snapshot)).not.toContain('Unreviewed English title')
  })

  it('gives a video file its poster, duration and both subtitle tracks, each file to copy', () => {
    const video = find('videoFile')!
    expect(video.video?.file).toMatchObject({ mimeType: 'video/mp4' })
    expect(video.video?.file?.path).toMatch(/^\/media\/av\/hop-bao-quy-3-[0-9a-f]{8}\.mp4$/)
    expect(video.video?.durationSeconds).toBeGreaterThan(1)
    // No poster chosen: the frame ffmpeg took from the file is the poster and the grid's picture.
    expect(video.video?.poster?.path).toMatch(/^\/media\//)
    expect(video.cover).toEqual(video.video?.poster)
    expect(video.video?.tracks).toEqual([
      expect.objectContaining({ lang: 'vi', kind: 'subtitles', label: 'Tiếng Việt', mimeType: 'text/vtt', path: '/media/av/hop-bao-vi.vtt' }),
      expect.objectContaining({ lang: 'en', kind: 'subtitles', label: 'English', mimeType: 'text/vtt', path: '/media/av/hop-bao-en.vtt' }),
    ])
    const files = new Map(snapshot.files.map((f) => [f.path, f]))
    expect(files.get(video.video!.file!.path)?.sourceUrl).toBe(
      `http://cms.internal:3000/api/media-files/file/${encodeURIComponent('Họp báo quý 3.mp4')}`,
    )
    expect(files.get('/media/av/hop-bao-vi.vtt')?.sourceUrl).toBe('http://cms.internal:3000/api/media-files/file/hop-bao-vi.vtt')
    expect(files.get('/media/av/hop-bao-en.vtt')).toBeDefined()
    expect(video.vi.transcriptHtml).toBe(
      '<p>Người phát ngôn: Xin chào các bạn.<br>Phóng viên: Xin cảm ơn.</p><p>Phần &lt;b&gt;hai&lt;/b&gt; &amp; hỏi đáp</p>',
    )
  })

  it("embeds a linked video through the provider's player", () => {
    const video = find('videoEmbed')!
    expect(video.video?.file).toBeUndefined()
    expect(video.video?.embed).toEqual({
      provider: 'youtube',
      embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      pageUrl: expect.stringContaining('dQw4w9WgXcQ'),
    })
    expect(video.video?.durationSeconds).toBe(185)
  })

  it('gives a recording its file and transcript', () => {
    const audio = find('audio')!
    expect(audio.audio?.file).toMatchObject({ path: '/media/av/phong-van.mp3', mimeType: 'audio/mpeg' })
    expect(audio.vi.transcriptHtml).toBe('<p>Câu hỏi thứ nhất.</p>')
    expect(audio.cover).toBeUndefined()
    expect(snapshot.files.map((f) => f.path)).toContain('/media/av/phong-van.mp3')
  })
})

describe('albums read in batches', () => {
  it('gives the same albums, files and embeds one album per read', async () => {
    const small = await buildSnapshot(payload, { ...OPTIONS, batchSize: 1 })
    expect(small.albums).toEqual(snapshot.albums)
    expect(small.articles.find((a) => a.id === String(ids.article))).toEqual(snapshot.articles.find((a) => a.id === String(ids.article)))
    expect(new Set(small.files.map((f) => f.path))).toEqual(new Set(snapshot.files.map((f) => f.path)))
  })
})

describe('albums embedded in articles', () => {
  const article = () => snapshot.articles.find((a) => a.id === String(ids.article))!

  it('renders a photo album as a card linking to the album', () => {
    const html = article().vi.bodyHtml
    const photo = find('photo')!
    expect(html).toContain(
      `<aside class="album-embed album-embed--photo"><a href="${routes.album('vi', 'photo', photo.vi.slug)}"><img src="${photo.cover!.path}"`,
    )
    expect(html).toMatch(/<img [^>]*alt="" width="1000" height="600" loading="lazy"/)
    expect(html).toContain(
      '<span class="album-embed__kind">Ảnh</span><span class="album-embed__title">Hội nghị tổng kết năm</span><span class="album-embed__count">3 ảnh</span></a></aside>',
    )
  })

  it('renders videos and recordings as players with their tracks, and their files are copied', () => {
    const html = article().vi.bodyHtml
    const video = find('videoFile')!.video!
    const tracks =
      `<track kind="subtitles" srclang="vi" label="Tiếng Việt" src="/media/av/hop-bao-vi.vtt" default />` +
      `<track kind="subtitles" srclang="en" label="English" src="/media/av/hop-bao-en.vtt" />`
    expect(html).toContain(
      `<figure class="media-embed media-embed--video"><video controls preload="none" poster="${video.poster!.sizes.card?.path ?? video.poster!.path}" src="${video.file!.path}">${tracks}</video>` +
        `<figcaption><a href="${routes.album('vi', 'video', find('videoFile')!.vi.slug)}">Họp báo thường kỳ quý 3</a> (0:02)</figcaption></figure>`,
    )
    expect(html).toContain(
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Phóng sự an toàn lao động" loading="lazy" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>',
    )
    expect(html).toContain('(3:05)</figcaption>')
    expect(html).toContain('<figure class="media-embed media-embed--audio"><audio controls preload="none" src="/media/av/phong-van.mp3"></audio>')
    const paths = snapshot.files.map((f) => f.path)
    for (const p of [video.file!.path, video.poster!.path, '/media/av/hop-bao-vi.vtt', '/media/av/phong-van.mp3']) expect(paths).toContain(p)
  })

  it('links an album from the text, and keeps only the words of a link to one not public', () => {
    const html = article().vi.bodyHtml
    expect(html).toContain(`<p><a href="${routes.album('vi', 'audio', find('audio')!.vi.slug)}">nghe phỏng vấn</a></p>`)
    expect(html).toContain('<p>album sắp đăng</p>')
  })

  it('renders nothing for an album that is not public', () => {
    const html = article().vi.bodyHtml
    expect(html).not.toContain('Album chưa duyệt')
    expect(html.match(/<aside /g)).toHaveLength(1)
    expect(html.match(/<figure class="media-embed/g)).toHaveLength(3)
  })

  it('links the English album page when the album has English, else the Vietnamese one', () => {
    const html = article().en?.bodyHtml ?? ''
    const photo = find('photo')!
    expect(html).toContain(`<a href="${routes.album('en', 'photo', photo.en!.slug)}">`)
    expect(html).toContain('<span class="album-embed__kind">Photos</span><span class="album-embed__title">Year-end review conference</span><span class="album-embed__count">3 photos</span>')
    // Untranslated video: the Vietnamese page, said to be Vietnamese; English subtitles on by default.
    expect(html).toContain(
      `<a href="${routes.album('vi', 'video', find('videoFile')!.vi.slug)}" hreflang="vi" lang="vi">Họp báo thường kỳ quý 3</a>`,
    )
    expect(html).toContain('src="/media/av/hop-bao-en.vtt" default />')
  })
})

describe('an embed host taken off the list', () => {
  it('leaves its videos off the site, and out of the articles that embed them', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Cổng thông tin điện tử', embedHosts: ['vimeo.com'] } as never })
    const later = await buildSnapshot(payload, OPTIONS)
    expect(later.albums.find((a) => a.id === String(ids.videoEmbed))).toBeUndefined()
    expect(later.albums.find((a) => a.id === String(ids.videoFile))).toBeDefined()
    const html = later.articles.find((a) => a.id === String(ids.article))?.vi.bodyHtml ?? ''
    expect(html).not.toContain('<iframe')
    expect(html).toContain('<video ')
  })
})
