import { describe, expect, it } from 'vitest'
import { slugify } from '@cong/shared/slug'
import { PUBLISHED_ARTICLES } from '../../src/seed/data/articles'
import { QUEUED_ARTICLES } from '../../src/seed/data/editorial-queue'
import { SECTIONS } from '../../src/seed/data/sections'
import { UNITS } from '../../src/seed/data/units'
import { coverImage, initialsOf, portraitImage } from '../../src/seed/images'
import { lexicalToPlainText, toLexical } from '../../src/seed/lexical'
import { DEMO_LOGINS } from '../../src/seed/users'
import { checkWebVtt } from '@cong/shared/media'
import { DEMO_ALBUMS, EMBEDDING_ARTICLE, PHOTO_ALBUMS, VIDEOS } from '../../src/seed/data/albums'
import { STALE_EDITS, TRANSLATION_QUEUE } from '../../src/seed/data/translations'
import { webVtt } from '../../src/seed/media'

describe('toLexical', () => {
  it.each([
    { body: { paragraphs: ['A'] }, types: ['paragraph'], text: 'A' },
    { body: { paragraphs: ['A', 'B'] }, types: ['paragraph', 'paragraph'], text: 'A\nB' },
    {
      body: { paragraphs: ['A', 'B'], heading: 'H', points: ['x', 'y'] },
      types: ['paragraph', 'heading', 'list', 'paragraph'],
      text: 'A\nH\nx\ny\nB',
    },
    { body: { paragraphs: ['A'], heading: 'H' }, types: ['paragraph', 'heading'], text: 'A\nH' },
  ])('$types', ({ body, types, text }) => {
    const state = toLexical(body)
    expect(state.root.children.map((node) => node.type)).toEqual(types)
    expect(lexicalToPlainText(state)).toBe(text)
  })
})

describe('generated images', () => {
  it('are the same on every run, so re-seeding finds them by file name', async () => {
    const [a, b] = await Promise.all([coverImage(3), coverImage(3)])
    expect(a.filename).toBe(b.filename)
    expect(a.data.equals(b.data)).toBe(true)
    expect((await portraitImage('Trần Minh Khải', 'tran-minh-khai')).filename).toBe(
      'demo-portrait-tran-minh-khai.jpg',
    )
  })

  it.each([
    ['Trần Minh Khải', 'TK'],
    ['Đặng Quốc Toàn', 'ĐT'],
    ['Lê', 'L'],
  ])('initials of %s are %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials)
  })
})

describe('seed data', () => {
  const articles = [...PUBLISHED_ARTICLES, ...QUEUED_ARTICLES]

  it('uses unique natural keys', () => {
    for (const keys of [
      articles.map((a) => slugify(a.vi.title)),
      UNITS.map((u) => slugify(u.name.vi)),
      UNITS.map((u) => u.shortName),
      SECTIONS.map((s) => slugify(s.title.vi)),
      UNITS.flatMap((u) => u.leaders.map((l) => slugify(l.name))),
      DEMO_LOGINS.map((l) => l.email),
    ]) {
      expect(new Set(keys).size).toBe(keys.length)
    }
  })

  it('lists every parent unit before its children', () => {
    const seen = new Set<string>()
    for (const unit of UNITS) {
      if (unit.parent) expect(seen, `${unit.shortName} before ${unit.parent}`).toContain(unit.parent)
      seen.add(unit.shortName)
    }
  })

  it('refers only to units and sections that exist', () => {
    const units = new Set(UNITS.map((u) => u.shortName))
    const sections = new Set(SECTIONS.map((s) => s.key))
    for (const article of articles) {
      expect(units).toContain(article.unit)
      for (const key of article.sections) expect(sections).toContain(key)
    }
  })

  it('gives a reason wherever the workflow requires one', () => {
    for (const article of articles) {
      const needsReason = article.state === 'returned' || article.state === 'unpublished'
      expect(Boolean(article.reason), article.vi.title).toBe(needsReason)
    }
  })
})

describe('demo multimedia and translation data', () => {
  const published = PUBLISHED_ARTICLES.filter((a) => (a.state ?? 'published') === 'published')
  const bySlug = new Map(published.map((a) => [slugify(a.vi.title), a]))

  it('writes subtitles that are valid WebVTT and end within their clip', () => {
    for (const video of VIDEOS) {
      expect(video.cues.at(-1)!.end, video.title.vi).toBeLessThanOrEqual(video.seconds)
      for (const lang of ['vi', 'en'] as const) {
        const vtt = checkWebVtt(webVtt(video.cues, lang))
        expect(vtt.ok, `${video.title.vi} (${lang})`).toBe(true)
      }
    }
  })

  it('gives every album a unique slug, a known unit and sections, and photos enough', () => {
    const units = new Set(UNITS.map((u) => u.shortName))
    const sections = new Set(SECTIONS.map((s) => s.key))
    expect(new Set(DEMO_ALBUMS.map((a) => slugify(a.title.vi))).size).toBe(DEMO_ALBUMS.length)
    for (const album of DEMO_ALBUMS) {
      expect(units).toContain(album.unit)
      for (const key of album.sections) expect(sections).toContain(key)
    }
    for (const album of PHOTO_ALBUMS) {
      expect(album.photos.length).toBeGreaterThanOrEqual(6)
      expect(new Set(album.photos.map((p) => p.shot)).size, album.title.vi).toBe(album.photos.length)
    }
  })

  it('queues and edits only published articles, each once, and stales only translated ones', () => {
    const slugs = [...TRANSLATION_QUEUE.map((q) => q.article), ...STALE_EDITS.map((e) => e.article)].map((title) => slugify(title))
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const entry of TRANSLATION_QUEUE) {
      const article = bySlug.get(slugify(entry.article))
      expect(article, entry.article).toBeDefined()
      expect(article!.en, `${entry.article} already has English`).toBeUndefined()
      if (entry.state === 'in-review') expect(entry.en?.title).toBeTruthy()
    }
    for (const edit of STALE_EDITS) expect(bySlug.get(slugify(edit.article))?.en, edit.article).toBeDefined()
    expect(bySlug.get(slugify(EMBEDDING_ARTICLE.articleTitle))).toBeDefined()
  })
})
