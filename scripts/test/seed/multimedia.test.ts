/**
 * The demo's English versions and Đa phương tiện, as the "done when" states them: English
 * for at least 30 % of published articles with some stale, a translator's queue with work in every
 * state, at least 6 photo albums of at least 6 ordered, described photos, 4 videos with subtitles
 * in both languages and 3 recordings with transcripts; and a second run creates nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { checkWebVtt } from '@cong/shared/media'
import { bootPayload } from '../../../cms/test/helpers/payload'
import { seed, type SeedReport } from '../../src/seed/seed'
import { PHOTO_ALBUMS } from '../../src/seed/data/albums'
import { ffmpegAvailable } from '../../src/seed/media'
import { STALE_EDITS, TRANSLATION_QUEUE } from '../../src/seed/data/translations'

process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
process.env.PUBLISHER_WEBHOOK_SECRET ??= 'test-webhook-secret-0123456789abcdef'
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'
process.env.CONG_JOBS_AUTORUN = 'false'

// The seed's own test of the binary (FFMPEG_PATH or PATH), so both agree on which path ran.
const hasFfmpeg = await ffmpegAvailable()

type Doc = Record<string, any>

let payload: Payload
let close: (() => Promise<void>) | undefined
let first: SeedReport
let second: SeedReport
let translationsAfterFirst: Doc[]

const all = async (collection: string, where: Doc = {}, locale = 'vi'): Promise<Doc[]> =>
  (
    await payload.find({
      collection: collection as 'articles',
      where,
      pagination: false,
      depth: 0,
      locale: locale as 'vi',
      fallbackLocale: false,
      overrideAccess: true,
    })
  ).docs as Doc[]

const step = (report: SeedReport, name: string) => report.steps.find((s) => s.step === name)!

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  first = await seed(payload)
  translationsAfterFirst = await all('translations')
  second = await seed(payload)
}, 600_000)

afterAll(async () => {
  await close?.()
})

describe('demo English versions', () => {
  it('publishes English for at least 30 % of the published articles, some of it stale', async () => {
    const published = await all('articles', { workflowStatus: { equals: 'published' } })
    const records = await all('translations', { itemCollection: { equals: 'articles' } })
    const byItem = new Map(records.map((r) => [String(r.itemId), r]))
    const withEnglish = published.filter((a) => byItem.get(String(a.id))?.published)
    expect(withEnglish.length / published.length).toBeGreaterThanOrEqual(0.3)
    for (const article of withEnglish) {
      const record = byItem.get(String(article.id))!
      expect(['published', 'stale']).toContain(record.state)
      expect(record.published.title).toBeTruthy()
      expect(record.published.slug).toBeTruthy()
      expect(record.firstPublishedAt).toBeTruthy()
    }
    const stale = records.filter((r) => r.state === 'stale')
    expect(stale.length).toBeGreaterThanOrEqual(Math.max(4, STALE_EDITS.length))
    for (const record of stale) {
      // The queue can show what changed: the fields edited after the English went out.
      expect(record.changedFields.length).toBeGreaterThan(0)
      expect(record.changedFields.every((f: string) => ['title', 'sapo'].includes(f))).toBe(true)
    }
  })

  it("fills the translator's queue in every working state, from different sections and units", async () => {
    const records = await all('translations')
    const inState = (state: string) => records.filter((r) => r.state === state)
    const needed = inState('needed')
    expect(needed.length).toBeGreaterThanOrEqual(5)
    expect(new Set(needed.map((r) => String(r.unit))).size).toBeGreaterThanOrEqual(4)
    expect(new Set(needed.flatMap((r) => r.sections ?? []).map(String)).size).toBeGreaterThanOrEqual(4)
    expect(inState('in-progress').length).toBeGreaterThanOrEqual(2)
    expect(inState('in-review').length).toBeGreaterThanOrEqual(2)
    for (const record of [...inState('in-progress'), ...inState('in-review')]) {
      expect(record.translator, 'the demo translator took it').toBeTruthy()
      expect(record.sourceFingerprint).toBeTruthy()
    }
    // What is in review carries an English title: the rule for submitting.
    const reviewSlugs = TRANSLATION_QUEUE.filter((q) => q.state === 'in-review').length
    const inReview = await all('articles', { id: { in: inState('in-review').map((r) => r.itemId) } }, 'en')
    expect(inReview).toHaveLength(reviewSlugs)
    for (const article of inReview) expect(article.title).toBeTruthy()
  })

  it('publishes the English of pages, units and legal documents that have it', async () => {
    const records = await all('translations', { state: { equals: 'published' } })
    const kinds = new Set(records.map((r) => r.itemCollection))
    for (const kind of ['pages', 'units', 'legal-documents', 'albums']) expect(kinds, kind).toContain(kind)
  })
})

describe('demo multimedia', () => {
  it('has at least six public photo albums of at least six ordered photos, each described', async () => {
    const albums = await all('albums', { kind: { equals: 'photo' } })
    expect(albums.length).toBeGreaterThanOrEqual(6)
    for (const album of albums) {
      expect(album.workflowStatus).toBe('published')
      expect(album.photos.length).toBeGreaterThanOrEqual(6)
      expect(album.credit).toBeTruthy()
      const data = PHOTO_ALBUMS.find((a) => a.title.vi === album.title)!
      // Order kept: the captions come back in the order the data gives them.
      expect(album.photos.map((p: Doc) => p.caption)).toEqual(data.photos.map((p) => p.caption.vi))
      for (const photo of album.photos) {
        expect(photo.image).toBeTruthy()
        expect(photo.alt.length).toBeGreaterThan(10)
      }
    }
    const english = await all('albums', { kind: { equals: 'photo' } }, 'en')
    for (const album of english) for (const photo of album.photos) expect(photo.alt).toBeTruthy()
  })

  it('has at least four videos with Vietnamese and English subtitles that are valid WebVTT', async () => {
    const videos = await all('albums', { kind: { equals: 'video' } })
    expect(videos.length).toBeGreaterThanOrEqual(4)
    for (const video of videos) {
      expect(video.video.source).toBe(hasFfmpeg ? 'file' : 'embed')
      expect(video.transcript).toBeTruthy()
      const langs = video.video.tracks.map((t: Doc) => t.lang).sort()
      expect(langs).toEqual(['en', 'vi'])
      for (const track of video.video.tracks) {
        const file = await payload.findByID({ collection: 'media-files', id: track.file, depth: 0, overrideAccess: true })
        expect((file as Doc).kind).toBe('subtitles')
        const text = await fetchText((file as Doc).url)
        const vtt = checkWebVtt(text)
        expect(vtt.ok, text.slice(0, 80)).toBe(true)
      }
      if (hasFfmpeg) {
        const file = (await payload.findByID({ collection: 'media-files', id: video.video.file, depth: 0, overrideAccess: true })) as Doc
        expect(file.kind).toBe('video')
        // ffprobe's duration of the generated clip, not the data's figure.
        expect(file.durationSeconds).toBeGreaterThan(9)
      }
    }
  })

  it.runIf(hasFfmpeg)('has at least three recordings with transcripts in both languages', async () => {
    const audio = await all('albums', { kind: { equals: 'audio' } })
    expect(audio.length).toBeGreaterThanOrEqual(3)
    const english = new Map((await all('albums', { kind: { equals: 'audio' } }, 'en')).map((a) => [a.id, a]))
    for (const item of audio) {
      expect(item.transcript).toBeTruthy()
      expect(english.get(item.id)?.transcript).toBeTruthy()
      const file = (await payload.findByID({ collection: 'media-files', id: item.audio.file, depth: 0, overrideAccess: true })) as Doc
      expect(file.kind).toBe('audio')
      expect(file.mimeType).toBe('audio/mpeg')
    }
  })

  it('places a photo album and a video in a demo article, in both languages', async () => {
    for (const locale of ['vi', 'en']) {
      const articles = await all('articles', {}, locale)
      const embedding = articles.filter((a) =>
        (a.body?.root?.children ?? []).some((n: Doc) => n.type === 'relationship' && n.relationTo === 'albums'),
      )
      expect(embedding, locale).toHaveLength(1)
      const kinds = await Promise.all(
        embedding[0].body.root.children
          .filter((n: Doc) => n.type === 'relationship')
          .map(async (n: Doc) => ((await payload.findByID({ collection: 'albums', id: n.value, depth: 0, overrideAccess: true })) as Doc).kind),
      )
      expect(kinds.sort()).toEqual(['photo', 'video'])
    }
  })
})

describe('a second run', () => {
  it('creates nothing and leaves the translations as they were', async () => {
    for (const name of ['Multimedia', 'English versions']) {
      expect(step(first, name).created, name).toBeGreaterThan(0)
      expect(step(second, name).created, name).toBe(0)
    }
    expect(second.totals).toEqual(first.totals)
    const after = await all('translations')
    expect(after.map((r) => [r.id, r.state, r.updatedAt])).toEqual(
      translationsAfterFirst.map((r) => [r.id, r.state, r.updatedAt]),
    )
  })
})

/** The uploaded file's text, read from disk through Payload's static URL path. */
async function fetchText(url: string): Promise<string> {
  const { readFile } = await import('node:fs/promises')
  const config = payload.collections['media-files'].config
  const staticDir = typeof config.upload === 'object' ? config.upload.staticDir : undefined
  const name = decodeURIComponent(url.split('/').pop() ?? '')
  return readFile(`${staticDir}/${name}`, 'utf8')
}
