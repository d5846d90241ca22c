/**
 * The reference dataset generator on a temporary SQLite database, at a tiny custom scale: the
 * counts the plan promises, the plan's own titles (so the same seed gives the same content), a
 * run stopped after a few batches that a second run completes, a third run that creates nothing,
 * legal relations that point at existing documents, the planned English share, and no publisher
 * notification per insert.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload } from '../../../cms/test/helpers/payload'
import { deliveredEvents } from '../../../cms/src/publishing/hooks'
import { generateDataset, type DatasetSummary } from '../../src/dataset/generate'
import {
  commentCount,
  inShare,
  KINDS,
  planAlbum,
  planArticle,
  planCase,
  planDraft,
  planLegal,
  planUnit,
  REFERENCE,
  scaleOf,
  type Scale,
} from '../../src/dataset/plan'
import { parseDatasetOptions } from '../../src/dataset/cli'
import { referenceEstimateMinutes, renderSummary } from '../../src/dataset/report'

process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
process.env.PUBLISHER_WEBHOOK_SECRET ??= 'test-webhook-secret-0123456789abcdef'
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'
process.env.CONG_JOBS_AUTORUN = 'false'

const TINY: Scale = {
  units: 4,
  articles: 7,
  english: 3,
  legal: 9,
  drafts: 2,
  commentsPerDraft: 3,
  cases: 4,
  albums: 10,
  photosPerAlbum: 3,
}
const SEED = 3
const NOW = new Date('2026-11-20T03:00:00Z')
const range = (n: number) => Array.from({ length: n }, (_, i) => i)

describe('the plan (no CMS)', () => {
  it('small is one hundredth of the reference scale', () => {
    const small = scaleOf('small')
    expect(small).toMatchObject({
      articles: 500,
      english: 100,
      legal: 120,
      drafts: 4,
      cases: 400,
      albums: 20,
      units: 2,
    })
    expect(scaleOf('reference')).toEqual(REFERENCE)
    expect(REFERENCE).toMatchObject({
      articles: 50_000,
      english: 10_000,
      legal: 12_000,
      drafts: 400,
      cases: 40_000,
      albums: 2_000,
      units: 150,
    })
  })

  it('draws the same items for the same seed, other items for another seed', () => {
    const titles = (seed: number) => range(50).map((i) => planArticle(seed, i, REFERENCE, NOW).title)
    expect(titles(1)).toEqual(titles(1))
    expect(titles(2)).not.toEqual(titles(1))
    expect(planLegal(1, 33, REFERENCE, NOW)).toEqual(planLegal(1, 33, REFERENCE, NOW))
    expect(planDraft(1, 3, REFERENCE, NOW)).toEqual(planDraft(1, 3, REFERENCE, NOW))
  })

  it('writes varied Vietnamese with diacritics and unique keys', () => {
    const articles = range(500).map((i) => planArticle(1, i, REFERENCE, NOW))
    expect(new Set(articles.map((a) => a.title)).size).toBeGreaterThan(490)
    expect(new Set(articles.map((a) => a.slug)).size).toBe(500)
    expect(
      articles.every((a) =>
        /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(a.paragraphs.join(' ')),
      ),
    ).toBe(true)
    expect(new Set(range(2_000).map((i) => planLegal(1, i, REFERENCE, NOW).number)).size).toBe(2_000)
    expect(new Set(range(2_000).map((i) => planCase(1, i, REFERENCE, NOW).trackingCode)).size).toBe(2_000)
    expect(new Set(range(150).map((i) => planUnit(1, i).name)).size).toBe(150)
  })

  it('plans exactly the English share, comments averaging the scale, relations to earlier documents', () => {
    expect(
      range(REFERENCE.articles).filter((i) => inShare(i, REFERENCE.english, REFERENCE.articles)),
    ).toHaveLength(10_000)
    const comments = range(REFERENCE.drafts).reduce((sum, i) => sum + commentCount(1, i, REFERENCE), 0)
    expect(comments).toBe(REFERENCE.drafts * REFERENCE.commentsPerDraft)
    const legal = range(3_000).map((i) => planLegal(1, i, REFERENCE, NOW))
    expect(legal.filter((l) => l.relations.length > 0).length).toBeGreaterThan(300)
    for (const [i, l] of legal.entries()) for (const r of l.relations) expect(r.target).toBeLessThan(i)
  })

  it('refuses unknown options with a message naming what is accepted', () => {
    expect(() => parseDatasetOptions({ scale: 'huge' })).toThrow(/small, reference/)
    expect(() => parseDatasetOptions({ scale: 'small', only: 'articles,photos' })).toThrow(/photos/)
    expect(() => parseDatasetOptions({ scale: 'small', seed: '-1' })).toThrow(/seed/)
    expect(parseDatasetOptions({ scale: 'small', only: 'albums, units' })).toMatchObject({
      only: ['units', 'albums'],
      seed: 1,
    })
  })
})

describe('generating into a CMS', () => {
  let payload: Payload
  let close: (() => Promise<void>) | undefined
  let stopped: DatasetSummary
  let resumed: DatasetSummary
  let again: DatasetSummary
  let eventsBefore: number
  const progress: { kind: string; done: number }[] = []

  beforeAll(async () => {
    ;({ payload, close } = await bootPayload())
    eventsBefore = deliveredEvents.length
    const run = (stopAfterBatches?: number) =>
      generateDataset(payload, {
        scale: TINY,
        seed: SEED,
        now: NOW,
        batchSize: 2,
        stopAfterBatches,
        onProgress: (p) => progress.push(p),
      })
    stopped = await run(5)
    resumed = await run()
    again = await run()
  }, 300_000)

  afterAll(async () => {
    await close?.()
  })

  const count = async (collection: string) =>
    (await payload.count({ collection: collection as 'units', overrideAccess: true })).totalDocs

  it('stops after the asked number of batches, leaving whole batches', () => {
    expect(stopped.interrupted).toBe(true)
    const created = stopped.kinds.reduce((sum, k) => sum + k.created, 0)
    // Five batches of two: the units (4) and three articles' batches (6).
    expect(created).toBe(10)
    expect(stopped.kinds.find((k) => k.kind === 'units')).toMatchObject({ created: 4 })
  })

  it('a second run continues where the first stopped and completes the plan', () => {
    expect(resumed.interrupted).toBe(false)
    expect(resumed.kinds.map((k) => k.kind)).toEqual([...KINDS])
    expect(resumed.kinds.find((k) => k.kind === 'units')).toMatchObject({ created: 0, existing: 4 })
    expect(resumed.kinds.find((k) => k.kind === 'articles')).toMatchObject({ created: 1, existing: 6 })
    expect(resumed.kinds.find((k) => k.kind === 'legal')).toMatchObject({ created: 9, existing: 0 })
  })

  it('a third run creates nothing', () => {
    for (const k of again.kinds) expect(k, k.kind).toMatchObject({ created: 0, existing: k.planned })
    expect(again.interrupted).toBe(false)
  })

  it('holds the planned count of each kind', async () => {
    expect(await count('units')).toBe(TINY.units)
    expect(await count('articles')).toBe(TINY.articles)
    expect(await count('legal-documents')).toBe(TINY.legal)
    expect(await count('drafts')).toBe(TINY.drafts)
    expect(await count('draft-comments')).toBe(
      range(TINY.drafts).reduce((s, i) => s + commentCount(SEED, i, TINY), 0),
    )
    expect(await count('cases')).toBe(TINY.cases)
    expect(await count('albums')).toBe(TINY.albums)
    // The shared images: a handful, however many albums and covers use them.
    expect(await count('media')).toBe(6)
  })

  it('stores the plan: the same seed gives the same titles', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      pagination: false,
      depth: 0,
      locale: 'vi',
      overrideAccess: true,
      sort: 'publishedAt',
    })
    expect(docs.map((d) => d.title)).toEqual(
      range(TINY.articles).map((i) => planArticle(SEED, i, TINY, NOW).title),
    )
    const albums = await payload.find({
      collection: 'albums',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      sort: 'publishedAt',
    })
    expect(albums.docs.map((d) => d.title)).toEqual(
      range(TINY.albums).map((i) => planAlbum(SEED, i, TINY, NOW).title),
    )
    // Seven photo albums of the planned size, two embedded videos, one recording (ffmpeg is installed here).
    const byKind = (kind: string) => albums.docs.filter((d) => d.kind === kind)
    expect(byKind('photo').map((d) => d.photos?.length)).toEqual(Array(7).fill(TINY.photosPerAlbum))
    expect(byKind('video').map((d) => d.video?.source)).toEqual(['embed', 'embed'])
    expect(byKind('audio')).toHaveLength(1)
    expect(byKind('audio')[0]!.audio?.file).toBeTruthy()
    expect(byKind('audio')[0]!.transcript).toMatch(/\p{L}/u)
  })

  it('legal relations point at existing documents, as planned', async () => {
    const { docs } = await payload.find({
      collection: 'legal-documents',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const ids = new Set(docs.map((d) => d.id))
    const byNumber = new Map(docs.map((d) => [d.number, d]))
    const planned = range(TINY.legal).map((i) => planLegal(SEED, i, TINY, NOW))
    expect(planned.some((p) => p.relations.length > 0)).toBe(true)
    for (const p of planned) {
      const doc = byNumber.get(p.number)!
      expect(doc, p.number).toBeDefined()
      expect(doc.relations ?? []).toHaveLength(p.relations.length)
      for (const [k, r] of (doc.relations ?? []).entries()) {
        expect(ids.has(r.target as number)).toBe(true)
        expect(r.target).toBe(byNumber.get(planned[p.relations[k]!.target]!.number)!.id)
      }
    }
  })

  it('publishes English for the planned share of articles, through the translation workflow', async () => {
    const { docs } = await payload.find({
      collection: 'translations',
      where: { and: [{ itemCollection: { equals: 'articles' } }, { state: { equals: 'published' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(TINY.english)
    expect(
      resumed.kinds.find((k) => k.kind === 'articles')!.english! +
        stopped.kinds.find((k) => k.kind === 'articles')!.english!,
    ).toBe(TINY.english)
  })

  it('answers half of the cases publicly and approves every comment', async () => {
    const { docs } = await payload.find({
      collection: 'cases',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.filter((c) => c.state === 'answered' && c.visibility === 'public')).toHaveLength(
      TINY.cases / 2,
    )
    const comments = await payload.find({
      collection: 'draft-comments',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(comments.docs.every((c) => c.moderation === 'approved')).toBe(true)
  })

  it('never notifies the publisher per item, and reports progress per kind', () => {
    expect(deliveredEvents.length).toBe(eventsBefore)
    for (const kind of KINDS)
      expect(
        progress.some((p) => p.kind === kind && p.done > 0),
        kind,
      ).toBe(true)
  })
})

describe('the summary', () => {
  const kind = (k: string, created: number, seconds: number) => ({
    kind: k as 'units',
    planned: created,
    created,
    existing: 0,
    seconds,
    perSecond: created / seconds,
  })
  it('estimates the reference time from the measured rates, only when every kind run was measured', () => {
    const summary = {
      seed: 1,
      scale: scaleOf('small'),
      interrupted: false,
      seconds: 30,
      kinds: [kind('articles', 500, 20), kind('legal', 120, 4)],
    }
    // 50,000 at 25/s and 12,000 at 30/s.
    expect(referenceEstimateMinutes(summary)).toBeCloseTo((2_000 + 400) / 60)
    expect(renderSummary(summary)).toMatch(/about 40 min/)
    expect(
      referenceEstimateMinutes({
        ...summary,
        kinds: [kind('articles', 500, 20), { ...kind('legal', 0, 1), perSecond: 0 }],
      }),
    ).toBeNull()
    expect(referenceEstimateMinutes({ ...summary, scale: REFERENCE })).toBeNull()
  })
})
