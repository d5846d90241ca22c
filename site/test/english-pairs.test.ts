import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { routes } from '@cong/shared/routes'
import type { Locale } from '@cong/shared/snapshot'
import { parse, type HTMLElement } from 'node-html-parser'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { fixtureSnapshot } from './fixtures/snapshot'

/**
 * The built fixture site read as a crawler reads it, from the HTML alone: every language pair
 * announced with hreflang exists and answers back, the language switch leads to the counterpart,
 * and the English site shows nothing that has no English version.
 */

const outDir = inject('outDir')
const snapshot = fixtureSnapshot()
const SITE = snapshot.siteUrl
const other = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi')
const localeOf = (path: string): Locale => (path === '/en/' || path.startsWith('/en/') ? 'en' : 'vi')

const built = new Map<string, HTMLElement>()

beforeAll(async () => {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('index.html'))
  for (const file of files) {
    const path = `/${file.slice(0, -'index.html'.length)}`
    built.set(path, parse(await readFile(join(outDir, file), 'utf8')))
  }
})

const sitePath = (href: string) => {
  expect(href.startsWith(SITE), href).toBe(true)
  return href.slice(SITE.length)
}

function alternates(doc: HTMLElement): Partial<Record<Locale | 'x-default', string>> {
  return Object.fromEntries(
    doc.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang')!, sitePath(l.getAttribute('href')!)]),
  )
}

describe('English and Vietnamese pairs on the built site', () => {
  it('builds both languages, with pairs among them', () => {
    const paths = [...built.keys()]
    expect(paths.filter((p) => localeOf(p) === 'en').length).toBeGreaterThan(20)
    expect(paths.filter((p) => Object.keys(alternates(built.get(p)!)).length > 0).length).toBeGreaterThan(40)
  })

  it('declares each page’s language on <html>', () => {
    for (const [path, doc] of built) expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe(localeOf(path))
  })

  it('points every hreflang at a page that exists and names this page back (both directions)', () => {
    for (const [path, doc] of built) {
      const mine = alternates(doc)
      if (Object.keys(mine).length === 0) continue
      const locale = localeOf(path)
      expect(mine[locale], path).toBe(path)
      const counterpart = mine[other(locale)]!
      expect(localeOf(counterpart), path).toBe(other(locale))
      const theirs = built.get(counterpart)
      expect(theirs, `${path} → ${counterpart}`).toBeDefined()
      expect(alternates(theirs!), `${counterpart} ← ${path}`).toEqual(mine)
      expect(mine['x-default'], path).toBe(locale === 'vi' ? path : counterpart)
    }
  })

  it('switches language to the counterpart, or to the other language’s home when there is none', () => {
    for (const [path, doc] of built) {
      const locale = localeOf(path)
      const link = doc.querySelector('a.language-switch')
      expect(link, path).not.toBeNull()
      const counterpart = alternates(doc)[other(locale)]
      expect(link!.getAttribute('href'), path).toBe(counterpart ?? routes.home(other(locale)))
      expect(link!.getAttribute('hreflang'), path).toBe(other(locale))
      expect(link!.getAttribute('lang'), path).toBe(other(locale))
      expect(built.has(link!.getAttribute('href')!), path).toBe(true)
    }
  })

  it('has an English page for exactly the items with English, and pairs each with its Vietnamese page', () => {
    const cases = [
      ...snapshot.articles.map((a) => ({ vi: routes.article('vi', a.vi.slug), en: a.en && routes.article('en', a.en.slug) })),
      ...snapshot.albums.map((a) => ({ vi: routes.album('vi', a.kind, a.vi.slug), en: a.en && routes.album('en', a.kind, a.en.slug) })),
      ...snapshot.questions.map((q) => ({ vi: routes.question('vi', q.slug), en: q.en && routes.question('en', q.slug) })),
    ]
    expect(cases.some((c) => c.en)).toBe(true)
    expect(cases.some((c) => !c.en)).toBe(true)
    for (const { vi, en } of cases) {
      expect(built.has(vi), vi).toBe(true)
      expect(alternates(built.get(vi)!).en, vi).toBe(en)
      if (en) expect(alternates(built.get(en)!).vi, en).toBe(vi)
    }
  })

  it('never shows an untranslated item on an English page, and links only pages that exist', () => {
    const untranslated = [
      ...snapshot.articles.filter((a) => !a.en).map((a) => a.vi.title),
      ...snapshot.questions.filter((q) => !q.en).map((q) => q.vi.title),
    ]
    // (An album is different: an English article may embed an untranslated one, named in
    // Vietnamese and linked to its Vietnamese page with hreflang="vi"; see the contract.)
    expect(untranslated.length).toBeGreaterThan(5)
    for (const [path, doc] of built) {
      if (localeOf(path) !== 'en') continue
      const text = doc.querySelector('body')!.text
      for (const title of untranslated) expect(text.includes(title), `${path} shows “${title}”`).toBe(false)
      for (const a of doc.querySelectorAll('a[href^="/"]')) {
        const href = a.getAttribute('href')!.split(/[?#]/)[0]
        // Pages (paths ending in /) must exist; files (media, feeds) are checked elsewhere.
        if (href.endsWith('/')) expect(built.has(href), `${path} links ${href}`).toBe(true)
      }
    }
  })

  it('lists on the English multimedia page only the albums with English', () => {
    const doc = built.get(routes.multimedia('en'))!
    expect(doc.querySelectorAll('.album-card__title').map((t) => t.text.trim())).toEqual(
      [...snapshot.albums]
        .filter((a) => a.en)
        .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
        .map((a) => a.en!.title),
    )
  })
})
