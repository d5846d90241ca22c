import { describe, expect, it } from 'vitest'
import { affectedPages, type AffectedPages } from './affectedPages'
import { routes, sitePages } from './routes'
import type { Snapshot } from './snapshot'
import { article, base, legal, question } from './testing/snapshots'

const DAY = new Date('2026-11-23T03:00:00Z')
const SAME_DAY = new Date('2026-11-23T12:00:00Z')
// 00:30 in Hà Nội on the 24th, still the 23rd in UTC: a Vietnamese calendar day has passed.
const NEXT_VN_DAY = new Date('2026-11-23T17:30:00Z')

const find = (s: Snapshot, id: string) => s.articles.find((a) => a.id === id)!
const articlePage = (n: number) => routes.article('vi', `bai-${n}`)
const tinPages = (count: number) =>
  Array.from({ length: count }, (_, i) => routes.section('vi', 'tin-tuc', i + 1))
const ALWAYS = [routes.sitemap(), routes.robots(), routes.notFound()]

type Case = {
  name: string
  change: (s: Snapshot) => void
  previousBuiltAt?: Date | null
  builtAt?: Date
  full?: RegExp
  render?: string[]
  notRender?: string[]
  remove?: string[]
}

const run = (c: Case): AffectedPages => {
  const previous = base()
  const next = base()
  c.change(next)
  return affectedPages(previous, next, {
    previousBuiltAt: c.previousBuiltAt === null ? undefined : (c.previousBuiltAt ?? DAY),
    builtAt: c.builtAt ?? SAME_DAY,
  })
}

describe('affectedPages', () => {
  it('builds in full without a previous snapshot', () => {
    expect(affectedPages(undefined, base(), { builtAt: DAY })).toEqual({
      mode: 'full',
      reason: 'no previous snapshot',
    })
  })

  const fullCases: Case[] = [
    { name: 'site settings', change: (s) => void (s.settings.vi.siteName = 'Cổng mới'), full: /settings/ },
    {
      name: 'a section title (menus, breadcrumbs)',
      change: (s) => void (s.sections[0].vi.title = 'Tin'),
      full: /sections/,
    },
    { name: 'a unit', change: (s) => void (s.units[0].vi.name = 'Vụ Một'), full: /units/ },
    {
      name: 'a static page (footer)',
      change: (s) => void (s.pages[0].vi.title = 'Về chúng tôi'),
      full: /static pages/,
    },
    { name: 'the CMS URL', change: (s) => void (s.cmsPublicUrl = 'https://cms2.example'), full: /URL/ },
    {
      name: 'the snapshot version',
      change: (s) => void ((s as { version: number }).version = 2),
      full: /version/,
    },
    {
      name: 'a new year (footer copyright)',
      change: (s) => void (s.generatedAt = '2026-01-01T00:00:00Z'),
      full: /year/,
    },
    {
      name: 'the first English answer (menu entry appears)',
      change: (s) => void (s.questions[0].en = { title: 'Q', question: 'Q?', answerHtml: '<p>A</p>' }),
      full: /menu changed \(\/en\/questions\/\)/,
    },
  ]

  const incrementalCases: Case[] = [
    { name: 'nothing changed, same day', change: () => {}, render: ALWAYS, notRender: [routes.home('vi')] },
    {
      name: 'a new Vietnamese day: comment periods move',
      change: () => {},
      builtAt: NEXT_VN_DAY,
      render: [routes.drafts('vi'), routes.draft('vi', 'du-thao-1'), routes.home('vi'), routes.home('en')],
      notRender: [articlePage(30), routes.section('vi', 'tin-tuc')],
    },
    {
      name: 'unknown time of the previous build counts as a new day',
      change: () => {},
      previousBuiltAt: null,
      render: [routes.draft('vi', 'du-thao-1')],
    },
    {
      name: 'an edited title deep in a listing',
      change: (s) => void (find(s, 'a55').vi.title = 'Bài 55 (sửa)'),
      // Its page, the listing page that shows it, its neighbours' related blocks; beyond the feeds' 50.
      render: [articlePage(55), routes.section('vi', 'tin-tuc', 5), articlePage(53), articlePage(56)],
      notRender: [
        routes.home('vi'),
        routes.section('vi', 'tin-tuc', 1),
        routes.section('vi', 'tin-tuc', 4),
        articlePage(2),
        articlePage(44),
        routes.feed('vi', 'rss'),
        routes.organisation('vi'),
      ],
      remove: [],
    },
    {
      name: 'an edited title among the newest',
      change: (s) => void (find(s, 'a01').vi.title = 'Bài 1 (sửa)'),
      render: [
        articlePage(1),
        routes.home('vi'),
        routes.section('vi', 'tin-tuc'),
        routes.feed('vi', 'rss'),
        routes.feed('vi', 'atom', 'tin-tuc'),
        routes.unit('vi', 'u1'),
      ],
      notRender: [
        routes.home('en'),
        routes.feed('en', 'rss'),
        routes.section('vi', 'tin-tuc', 2),
        routes.unit('vi', 'u2'),
      ],
    },
    {
      name: 'a view count alone: only the article page',
      change: (s) => void (find(s, 'a01').viewCount = 500),
      render: [articlePage(1), ...ALWAYS],
      notRender: [routes.home('vi'), routes.section('vi', 'tin-tuc')],
    },
    {
      name: 'a new article on top: its listing shifts on every page',
      change: (s) =>
        s.articles.push({
          ...article(0, { publishedAt: '2025-07-01T00:00:00Z', sectionIds: ['tin'] }),
          en: undefined,
        }),
      render: [
        articlePage(0),
        ...tinPages(5),
        routes.home('vi'),
        routes.feed('vi', 'rss'),
        routes.unit('vi', 'u2'),
      ],
      notRender: [
        articlePage(40),
        routes.section('vi', 'khac'),
        routes.article('en', 'article-4'),
        routes.home('en'),
      ],
      remove: [],
    },
    {
      name: 'an article moving the listing onto a new page',
      change: (s) => {
        for (let n = 61; n <= 62; n++) s.articles.push(article(n, { sectionIds: ['tin'] }))
      },
      render: [
        routes.section('vi', 'tin-tuc', 5),
        routes.section('vi', 'tin-tuc', 6),
        routes.section('vi', 'tin-tuc', 1),
      ],
    },
    {
      name: 'an unpublished translated article: both pages go, its pickers re-render',
      change: (s) => {
        s.articles = s.articles.filter((a) => a.id !== 'a08')
        find(s, 'a50').relatedIds = []
      },
      remove: [articlePage(8), routes.article('en', 'article-8')],
      render: [
        routes.section('vi', 'tin-tuc', 1),
        routes.section('en', 'tin-tuc'),
        articlePage(7),
        routes.feed('en', 'rss'),
      ],
      notRender: [articlePage(40)],
    },
    {
      name: 'a new English translation: the pair gets its alternate',
      change: (s) =>
        void (find(s, 'a01').en = { title: 'Article 1', slug: 'article-1', sapo: '', bodyHtml: '<p>x</p>' }),
      render: [
        routes.article('en', 'article-1'),
        articlePage(1),
        routes.home('en'),
        routes.section('en', 'tin-tuc'),
        routes.feed('en', 'atom'),
      ],
      notRender: [routes.article('en', 'article-40')],
    },
    {
      name: 'a new decree amending one: both pages, the lists, documents related to the amended one',
      change: (s) => {
        s.legalDocuments.push(
          legal('nd-5', '2025-06-01', {
            relations: [{ kind: 'amends', direction: 'outgoing', scope: 'part', documentId: 'nd-3' }],
          }),
        )
        s.legalDocuments
          .find((d) => d.id === 'nd-3')!
          .relations.push({ kind: 'amends', direction: 'incoming', scope: 'part', documentId: 'nd-5' })
      },
      render: [
        routes.legalDocument('vi', 'nd-5'),
        routes.legalDocument('vi', 'nd-3'),
        routes.legalDocuments('vi'),
        routes.home('vi'),
      ],
      notRender: [
        routes.legalDocument('vi', 'nd-1'),
        routes.legalDocument('vi', 'nd-2'),
        routes.legalDocuments('en'),
        routes.home('en'),
        articlePage(1),
      ],
    },
    {
      name: 'an edited document summary reaches the documents whose timeline shows it',
      change: (s) => void (s.legalDocuments.find((d) => d.id === 'nd-2')!.vi.summary = 'Sửa'),
      render: [
        routes.legalDocument('vi', 'nd-2'),
        routes.legalDocument('vi', 'nd-1'),
        routes.legalDocument('en', 'nd-1'),
      ],
      notRender: [routes.legalDocument('vi', 'nd-3')],
    },
    {
      name: 'a published answer',
      change: (s) => s.questions.push(question(3)),
      render: [routes.question('vi', 'cau-hoi-3'), routes.questions('vi'), routes.home('vi')],
      notRender: [routes.question('vi', 'cau-hoi-1'), routes.home('en')],
    },
    {
      name: 'a new comment on a draft',
      change: (s) =>
        void s.drafts[0].comments.push({
          reference: 'GY-1',
          name: 'An',
          text: 'Ý kiến',
          submittedAt: '2026-11-20T00:00:00Z',
        }),
      render: [routes.draft('vi', 'du-thao-1'), routes.drafts('vi'), routes.home('vi')],
      notRender: [routes.legalDocuments('vi')],
    },
    {
      name: 'an album title',
      change: (s) => void (s.albums[0].vi.title = 'Ghi âm mới'),
      render: [
        routes.album('vi', 'audio', 'ghi-am'),
        routes.multimedia('vi'),
        routes.multimedia('vi', 'audio'),
        routes.home('vi'),
      ],
      notRender: [articlePage(1)],
    },
  ]

  it.each(fullCases)('builds in full for $name', (c) => {
    const result = run(c)
    expect(result.mode).toBe('full')
    expect(result.reason).toMatch(c.full!)
  })

  it.each(incrementalCases)('$name', (c) => {
    const result = run(c)
    if (result.mode !== 'incremental') throw new Error(`expected incremental, got full: ${result.reason}`)
    const render = new Set(result.render)
    expect(c.render?.filter((p) => !render.has(p)) ?? []).toEqual([])
    expect(c.notRender?.filter((p) => render.has(p)) ?? []).toEqual([])
    if (c.remove) expect(result.remove.sort()).toEqual(c.remove.sort())
    // Every rendered path is a page, feed or static file of the new snapshot; every removed one is gone.
    const pages = new Set(
      sitePages(
        (() => {
          const s = base()
          c.change(s)
          return s
        })(),
      ).map((p) => p.path),
    )
    for (const path of result.remove) expect(pages.has(path)).toBe(false)
  })

  it('an unchanged snapshot renders only the static files', () => {
    expect(run({ name: '', change: () => {} })).toEqual({
      mode: 'incremental',
      reason: '0 item(s) changed',
      render: ALWAYS,
      remove: [],
    })
  })

  it('keeps an ordinary publish to a few hundred pages at reference scale', () => {
    // 50,000 articles over 12 sections, one in five translated: a new article re-renders its
    // section's listing pages (the order shifts on every page), feeds and home, not the site.
    const sections = Array.from({ length: 12 }, (_, i) => ({
      id: `s${i}`,
      slug: `s${i}`,
      kind: 'section' as const,
      order: i,
      showOnHome: true,
      vi: { title: `S${i}` },
      en: { title: `S${i}` },
    }))
    const previous = {
      ...base(),
      sections,
      articles: Array.from({ length: 50_000 }, (_, i) =>
        article(i + 1, { sectionIds: [`s${i % 12}`], ...(i % 5 ? { en: undefined } : {}) }),
      ),
    }
    const next = {
      ...previous,
      articles: [
        ...previous.articles,
        article(0, { publishedAt: '2025-07-01T00:00:00Z', sectionIds: ['s3'], en: undefined }),
      ],
    }
    const started = performance.now()
    const result = affectedPages(previous, next, { previousBuiltAt: DAY, builtAt: SAME_DAY })
    const ms = Math.round(performance.now() - started)
    if (result.mode !== 'incremental') throw new Error(result.reason)
    console.log(
      `[affectedPages] ${sitePages(next).length} pages: ${result.render.length} to render, ${ms} ms`,
    )
    expect(result.render.length).toBeLessThan(400)
    expect(result.render).toContain(routes.section('vi', 's3', 348))
    expect(result.render).not.toContain(routes.section('vi', 's4', 1))
  }, 60_000)
})
