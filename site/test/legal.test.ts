import { DRAFT_STATUSES } from '@cong/shared/commentPeriod'
import { documentNumberSlug } from '@cong/shared/legalNumber'
import { VALIDITY_STATUSES, VALIDITY_STATUS_CODES } from '@cong/shared/legalValidity'
import { LEGAL_RELATION_KINDS } from '@cong/shared/legalVocabulary'
import { LISTING_PAGE_SIZE, routes, sitePages } from '@cong/shared/routes'
import type { Locale } from '@cong/shared/snapshot'
import { parse, type HTMLElement } from 'node-html-parser'
import { describe, expect, inject, it } from 'vitest'
import { htmlOf as html, pageExists as exists, readSitemap, sourceOf, textOf as text } from './builtPages'
import { DRAFT_IDS } from './fixtures/legal'
import { fixtureSnapshot } from './fixtures/snapshot'

const outDir = inject('outDir')
const snapshot = fixtureSnapshot()
const pages = sitePages(snapshot)
const abs = (path: string) => snapshot.siteUrl + path

const doc = (id: string) => snapshot.legalDocuments.find((d) => d.id === id)!
const docPath = (id: string, locale: Locale = 'vi') => routes.legalDocument(locale, doc(id).slug)
const draft = (id: string) => snapshot.drafts.find((d) => d.id === id)!
const draftPath = (id: string, locale: Locale = 'vi') => routes.draft(locale, draft(id).slug)

/** The metadata table as label → text. */
async function facts(path: string): Promise<Record<string, string>> {
  const page = await html(path)
  return Object.fromEntries(page.querySelectorAll('.facts tr').map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]))
}

const numbersIn = (page: HTMLElement) => page.querySelectorAll('.legal-table tbody th').map((th) => text(th))

describe('legal document list', () => {
  const vi = snapshot.legalDocuments
  const en = vi.filter((d) => d.en)
  const newestFirst = (docs: typeof vi) =>
    [...docs].sort((a, b) => b.issuedDate.localeCompare(a.issuedDate)).map((d) => d.number)

  it('lists every Vietnamese document, newest first, twelve to a page, without a script', async () => {
    expect(vi.length).toBeGreaterThan(LISTING_PAGE_SIZE)
    const first = await html(routes.legalDocuments('vi'))
    const second = await html(routes.legalDocuments('vi', 2))
    expect([...numbersIn(first), ...numbersIn(second)]).toEqual(newestFirst(vi))
    expect(numbersIn(first)).toHaveLength(LISTING_PAGE_SIZE)
    // The static table sits in the finder's slot: readers without JavaScript get it as it is.
    expect(first.querySelector('astro-island astro-slot .legal-table, astro-island .legal-table')).toBeTruthy()
    expect(first.querySelector('.pagination a[rel=next]')?.getAttribute('href')).toBe(routes.legalDocuments('vi', 2))
  })

  it('shows number, type, issue date, summary and status in each row', async () => {
    const page = await html(routes.legalDocuments('vi'))
    const row = page.querySelectorAll('.legal-table tbody tr').find((tr) => text(tr.querySelector('th')) === '14/2017/NĐ-CP')!
    expect(row.querySelector('th a')?.getAttribute('href')).toBe('/van-ban/14-2017-nd-cp/')
    expect(row.querySelectorAll('td').map((td) => text(td))).toEqual([
      'Nghị định',
      '17/02/2017',
      doc('nd-14-2017').vi.summary,
      'Hết hiệu lực toàn bộ',
    ])
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe('2017-02-17')
  })

  it('lists in English only the translated documents', async () => {
    expect(en.length).toBeGreaterThan(0)
    expect(en.length).toBeLessThan(vi.length)
    const page = await html(routes.legalDocuments('en'))
    expect(numbersIn(page)).toEqual(newestFirst(en))
    expect(page.querySelectorAll('.legal-table thead th').map((th) => text(th))).toEqual(['Number', 'Type', 'Issued', 'Summary', 'Legal status'])
  })

  it('hands the finder every facet value with its count, and the Pagefind type of documents', async () => {
    const island = (await html(routes.legalDocuments('vi'))).querySelector('astro-island')!
    expect(island.getAttribute('component-url')).toMatch(/DocumentFinder/)
    const props = island.getAttribute('props')!
    // Astro serialises props as [type, value] pairs; the counts and labels are in there verbatim.
    expect(props).toContain('"Văn bản"')
    expect(props).toContain('Thủ tướng Chính phủ')
    expect(props).toContain('nghi-dinh')
  })
})

describe('legal document page', () => {
  it('lives at a URL made from its number, in Vietnamese and, when translated, in English', async () => {
    for (const d of snapshot.legalDocuments) {
      expect(d.slug).toBe(documentNumberSlug(d.number))
      expect(await exists(routes.legalDocument('vi', d.slug)), d.number).toBe(true)
      expect(await exists(routes.legalDocument('en', d.slug)), d.number).toBe(d.en !== undefined)
    }
    expect(docPath('nd-14-2017')).toBe('/van-ban/14-2017-nd-cp/')
    expect(docPath('nd-12-2024', 'en')).toBe('/en/legal-documents/12-2024-nd-cp/')
  })

  it('shows the metadata table', async () => {
    expect(await facts(docPath('nd-14-2017'))).toEqual({
      'Số ký hiệu': '14/2017/NĐ-CP',
      'Loại văn bản': 'Nghị định',
      'Cơ quan ban hành': 'Chính phủ',
      'Người ký': 'Nguyễn Xuân Phúc, Thủ tướng',
      'Ngày ban hành': '17/02/2017',
      'Ngày có hiệu lực': '06/04/2017',
      'Ngày hết hiệu lực': 'Không xác định',
      'Lĩnh vực': 'Tổ chức bộ máy',
      'Tình trạng hiệu lực': 'Hết hiệu lực toàn bộ từ 01/01/2025 (bị thay thế bởi 12/2024/NĐ-CP)',
    })
    const page = await html(docPath('nd-14-2017'))
    expect(page.querySelector('h1')?.text).toBe('Nghị định 14/2017/NĐ-CP')
    expect(page.querySelector('.facts .validity a')?.getAttribute('href')).toBe(docPath('nd-12-2024'))
  })

  it('writes the English page in English, with English dates', async () => {
    const table = await facts(docPath('nd-12-2024', 'en'))
    expect(table).toMatchObject({
      'Document type': 'Decree',
      'Issued by': 'Government',
      'Signed by': 'Phạm Minh Chính, Prime Minister',
      'Date issued': '20 November 2024',
      'Legal status': 'In force since 1 January 2025',
    })
  })

  it('gives every status its badge, with since when and why', async () => {
    const statuses = new Set(snapshot.legalDocuments.map((d) => d.validity.status))
    // The fixture must exercise every status and a directive document, or this test proves little.
    expect([...statuses].sort()).toEqual([...VALIDITY_STATUS_CODES, null].sort())
    for (const d of snapshot.legalDocuments) {
      const badge = (await html(docPath(d.id))).querySelector('.facts .validity .badge')!
      const status = d.validity.status
      expect(badge.getAttribute('class'), d.number).toBe(`badge badge--${status ?? 'none'}`)
      expect(text(badge), d.number).toBe(status ? VALIDITY_STATUSES[status].vi : 'Không áp dụng (văn bản chỉ đạo, điều hành)')
    }
    const statement = async (id: string) => (await facts(docPath(id)))['Tình trạng hiệu lực']
    expect(await statement('nd-28-2015')).toBe('Hết hiệu lực một phần từ 15/07/2020 (được sửa đổi, bổ sung bởi 61/2020/NĐ-CP)')
    expect(await statement('tt-05-2016')).toBe('Hết hiệu lực toàn bộ từ 15/01/2024 (bị bãi bỏ bởi 15/2023/TT-BLĐPTXH)')
    expect(await statement('tt-10-2021')).toBe('Hết hiệu lực toàn bộ từ 01/01/2023')
    expect(await statement('tt-09-2026')).toBe('Chưa có hiệu lực Từ 01/01/2027: Còn hiệu lực')
    expect(await statement('tt-03-2019')).toBe(
      `Ngưng hiệu lực từ 01/03/2024 Lý do: ${(doc('tt-03-2019').validity.cause as { reason: string }).reason}`,
    )
  })

  it('shows each relation on both documents, in date order, linking each other', async () => {
    let checked = 0
    for (const acting of snapshot.legalDocuments) {
      for (const relation of acting.relations.filter((r) => r.direction === 'outgoing')) {
        const target = doc(relation.documentId)
        const mine = await html(docPath(acting.id))
        const theirs = await html(docPath(target.id))
        const entry = (page: HTMLElement, href: string) =>
          page.querySelectorAll('.timeline__item').find((li) => li.querySelector(`a[href="${href}"]`))
        expect(text(entry(mine, docPath(target.id))?.querySelector('.timeline__relation')), acting.number).toBe(
          LEGAL_RELATION_KINDS[relation.kind].outgoing.vi,
        )
        expect(text(entry(theirs, docPath(acting.id))?.querySelector('.timeline__relation')), target.number).toBe(
          LEGAL_RELATION_KINDS[relation.kind].incoming.vi,
        )
        checked++
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4)
    const kinds = new Set(snapshot.legalDocuments.flatMap((d) => d.relations.map((r) => r.kind)))
    expect([...kinds].sort()).toEqual(Object.keys(LEGAL_RELATION_KINDS).sort())

    // 38/2013/QH13: guided by 28/2015/NĐ-CP (2015), itself (2015-01-01), replaced by 74/2025/QH15 (2026).
    const law = await html(docPath('luat-viec-lam-2013'))
    const dates = law.querySelectorAll('.timeline__date').map((t) => t.getAttribute('datetime')!)
    expect(dates).toEqual([...dates].sort())
    expect(law.querySelectorAll('.timeline__item').map((li) => text(li.querySelector('.timeline__relation')))).toEqual([
      'Văn bản đang xem:',
      'Được hướng dẫn bởi',
      'Bị thay thế bởi',
    ])
  })

  it('lists attachments with their type and a human size in each language', async () => {
    const attachment = (page: HTMLElement) => text(page.querySelector('.attachment'))
    expect(attachment(await html(docPath('luat-viec-lam-2013')))).toBe('PDF 38-2013-QH13.pdf (PDF, 1,2 MB) PDF 1,2 MB')
    expect(attachment(await html(docPath('luat-viec-lam-2013', 'en')))).toBe('PDF 38-2013-QH13.pdf (PDF, 1.2 MB) PDF 1.2 MB')
    const labelled = (await html(docPath('tt-09-2026'))).querySelector('.attachment a')!
    expect(labelled.getAttribute('href')).toBe('/files/09-2026-TT-BLDPTXH.pdf')
    expect(labelled.getAttribute('type')).toBe('application/pdf')
    expect(text(labelled)).toBe('Toàn văn Thông tư (PDF, 717 KB)')
  })

  it('shows the full text when there is one, and says an English page is a translation', async () => {
    const vi = await html(docPath('nd-12-2024'))
    expect(text(vi.querySelector('.legal-doc .prose'))).toContain('thay thế Nghị định số 14/2017/NĐ-CP')
    expect(vi.querySelector('.notice')).toBeNull()
    expect((await html(docPath('nd-61-2020'))).querySelector('.prose')).toBeNull()
    const en = await html(docPath('nd-12-2024', 'en'))
    expect(text(en.querySelector('.notice'))).toMatch(/Vietnamese text is authoritative/)
  })

  it('links its language versions and breadcrumbs like the other pages', async () => {
    const vi = await html(docPath('nd-12-2024'))
    const hreflang = Object.fromEntries(
      vi.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
    )
    expect(hreflang).toEqual({ vi: abs(docPath('nd-12-2024')), en: abs(docPath('nd-12-2024', 'en')), 'x-default': abs(docPath('nd-12-2024')) })
    expect(vi.querySelector('.language-switch')?.getAttribute('href')).toBe(docPath('nd-12-2024', 'en'))
    expect(vi.querySelectorAll('.breadcrumbs li').map((li) => text(li))).toEqual(['Trang chủ', 'Văn bản pháp luật', '12/2024/NĐ-CP'])
    const viOnly = await html(docPath('nd-14-2017'))
    expect(viOnly.querySelectorAll('link[rel=alternate][hreflang]')).toHaveLength(0)
    expect(viOnly.querySelector('.language-switch')?.getAttribute('href')).toBe(routes.home('en'))
  })

  it('marks the page for Pagefind: content type, facets, sort keys and what a result row shows', async () => {
    const page = await html(docPath('nd-14-2017'))
    const filters = page
      .querySelectorAll('meta[data-pagefind-filter]')
      .map((m) => `${m.getAttribute('data-pagefind-filter')}=${m.getAttribute('content')}`)
    expect(filters).toEqual([
      'type[content]=Văn bản',
      'year[content]=2017',
      'doctype[content]=nghi-dinh',
      'body[content]=Chính phủ',
      'field[content]=to-chuc-bo-may',
      'status[content]=expired',
    ])
    const sorts = Object.fromEntries(
      page.querySelectorAll('meta[data-pagefind-sort]').map((m) => [m.getAttribute('data-pagefind-sort'), m.getAttribute('content')]),
    )
    expect(sorts).toEqual({
      'date[content]': '2017-02-17',
      'issued[content]': '2017-02-17',
      'effective[content]': '2017-04-06',
      'number[content]': '2017-0000014-NĐ-CP',
    })
    const meta = (name: string) => page.querySelector(`meta[data-pagefind-meta="${name}[content]"]`)?.getAttribute('content')
    expect([meta('number'), meta('doctype'), meta('status'), meta('statusLabel'), meta('issuedLabel')]).toEqual([
      '14/2017/NĐ-CP',
      'Nghị định',
      'expired',
      'Hết hiệu lực toàn bộ',
      '17/02/2017',
    ])
    // "nghi dinh" and "nd-cp" typed without đ must reach the document (searchKeys).
    expect(meta('keys')?.split(' ')).toEqual(expect.arrayContaining(['dinh', 'nd']))
    // Relations name other documents' numbers; a search for one number must not find them all.
    expect(page.querySelector('.relations')?.getAttribute('data-pagefind-ignore')).not.toBeUndefined()
  })

  it('ships no script', async () => {
    for (const d of snapshot.legalDocuments) {
      expect(await sourceOf(docPath(d.id)), d.number).not.toMatch(/<script\b/)
    }
  })
})

describe('draft list', () => {
  it('puts drafts taking comments first, with days left, then the finished ones', async () => {
    const page = await html(routes.drafts('vi'))
    const groups = page.querySelectorAll('.draft-group').map((g) => ({
      title: text(g.querySelector('h2')),
      drafts: g.querySelectorAll('.draft-card__title').map((h) => text(h)),
      badges: g.querySelectorAll('.draft-card .badge').map((b) => text(b)),
    }))
    expect(groups).toEqual([
      {
        title: 'Đang lấy ý kiến',
        drafts: [draft(DRAFT_IDS.open).vi.title, draft(DRAFT_IDS.upcoming).vi.title],
        badges: [DRAFT_STATUSES.open.vi, DRAFT_STATUSES.upcoming.vi],
      },
      {
        title: 'Đã kết thúc lấy ý kiến',
        drafts: [draft(DRAFT_IDS.closed).vi.title, draft(DRAFT_IDS.issued).vi.title],
        badges: [DRAFT_STATUSES.closed.vi, DRAFT_STATUSES.issued.vi],
      },
    ])
    // The open draft closes 30 days after the day the fixture was made; that day counts too.
    expect(text(page.querySelector('.draft-card__left'))).toBe('· Còn 31 ngày')
    const issued = page.querySelectorAll('.draft-card').find((c) => text(c).includes(DRAFT_STATUSES.issued.vi))!
    expect(issued.querySelector('dd a')?.getAttribute('href')).toBe(docPath('nd-12-2024'))
  })

  it('lists in English the translated drafts only', async () => {
    const titles = (await html(routes.drafts('en'))).querySelectorAll('.draft-card__title').map((h) => text(h))
    expect(titles).toEqual([draft(DRAFT_IDS.open).en!.title, draft(DRAFT_IDS.issued).en!.title])
    expect(await exists(draftPath(DRAFT_IDS.closed, 'en'))).toBe(false)
  })
})

describe('draft page', () => {
  it('shows type, drafting unit linked to its page, period, files and status', async () => {
    const page = await html(draftPath(DRAFT_IDS.open))
    const d = draft(DRAFT_IDS.open)
    expect(text(page.querySelector('h1'))).toBe(d.vi.title)
    expect(text(page.querySelector('.draft__status .badge'))).toBe('Đang lấy ý kiến')
    const rows = Object.fromEntries(page.querySelectorAll('.facts tr').map((tr) => [text(tr.querySelector('th')), tr.querySelector('td')!]))
    expect(text(rows['Loại văn bản'])).toBe('Nghị định')
    expect(rows['Đơn vị chủ trì soạn thảo'].querySelector('a')?.getAttribute('href')).toBe(routes.unit('vi', 'cuc-viec-lam'))
    expect(rows['Thời gian lấy ý kiến'].querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual([d.opensOn, d.closesOn])
    expect(page.querySelectorAll('.attachment').map((a) => text(a.querySelector('a')))).toEqual([
      'Dự thảo Nghị định (PDF, 1,1 MB)',
      'Tờ trình (DOCX, 73 KB)',
    ])
  })

  it('carries the comment form island when open, posting to the CMS endpoint, with a noscript note', async () => {
    const source = await sourceOf(draftPath(DRAFT_IDS.open))
    const page = parse(source)
    const island = page.querySelector('astro-island')!
    expect(island.getAttribute('component-url')).toMatch(/CommentForm/)
    expect(island.getAttribute('props')).toContain(`${snapshot.cmsPublicUrl}/api/drafts/${DRAFT_IDS.open}/comments`)
    expect(source).toContain('Cần bật JavaScript trong trình duyệt để gửi góp ý')
    // Drawn at build time, so nothing jumps when the script starts; the honeypot is out of reach.
    const honeypot = page.querySelector('input[name=homepage]')!
    expect(honeypot.getAttribute('tabindex')).toBe('-1')
    expect(honeypot.getAttribute('autocomplete')).toBe('off')
    expect(honeypot.closest('[aria-hidden=true]')?.classList.contains('visually-hidden')).toBe(true)
    expect(text(page.querySelector('.comment-form__consent'))).toMatch(/Họ tên và cơ quan, tổ chức của bạn sẽ hiển thị cùng góp ý/)
    // Not yet open: the form is there too, and opens on the day without a rebuild.
    expect(await sourceOf(draftPath(DRAFT_IDS.upcoming))).toMatch(/component-url="[^"]*CommentForm/)
  })

  it('groups the published comments by article or clause, general ones last', async () => {
    const groups = (await html(draftPath(DRAFT_IDS.open))).querySelectorAll('.comment-group').map((g) => ({
      clause: text(g.querySelector('h3')),
      who: g.querySelectorAll('.comment__who strong').map((s) => text(s)),
    }))
    expect(groups).toEqual([
      { clause: 'Điều 5, khoản 2', who: ['Trần Văn Bình'] },
      { clause: 'Điều 9', who: ['Lê Thị Hoa'] },
      { clause: 'Góp ý chung', who: ['Phạm Quốc Anh'] },
    ])
    const closed = await html(draftPath(DRAFT_IDS.closed))
    expect(closed.querySelectorAll('.comment-group h3').map((h) => text(h))).toEqual(['Điều 3', 'Điều 5, khoản 2'])
    expect(text(closed.querySelector('.comment'))).toMatch(/^Nguyễn Thị Mai, Hiệp hội Doanh nghiệp nhỏ và vừa · \d\d\/\d\d\/\d{4}/)
  })

  it('after the period: "Hết hạn lấy ý kiến", no form, no script, and the published summary', async () => {
    const source = await sourceOf(draftPath(DRAFT_IDS.closed))
    const page = parse(source)
    expect(source).not.toMatch(/<script\b/)
    expect(page.querySelector('.comment-form')).toBeNull()
    expect(text(page.querySelector('.draft__status .badge'))).toBe('Hết hạn lấy ý kiến')
    expect(text(page.querySelector('.notice--period'))).toMatch(/^Hết hạn lấy ý kiến: dự thảo nhận góp ý đến hết ngày \d\d\/\d\d\/\d{4}\.$/)
    const summary = page.querySelector('.draft-summary')!
    expect(text(summary.querySelector('h2'))).toBe('Báo cáo tổng hợp, tiếp thu, giải trình ý kiến')
    expect(text(summary.querySelector('.prose'))).toMatch(/tiếp thu 8 ý kiến/)
    expect(text(summary.querySelector('.attachment a'))).toBe('Báo cáo tổng hợp, tiếp thu, giải trình (PDF, 348 KB)')
    // While open, the summary is not shown even if one exists in the data.
    expect((await html(draftPath(DRAFT_IDS.open))).querySelector('.draft-summary')).toBeNull()
  })

  it('links an issued draft to the document it became', async () => {
    const page = await html(draftPath(DRAFT_IDS.issued))
    expect(text(page.querySelector('.notice--issued'))).toBe('Dự thảo đã được ban hành thành văn bản: Nghị định 12/2024/NĐ-CP')
    expect(page.querySelector('.notice--issued a')?.getAttribute('href')).toBe(docPath('nd-12-2024'))
    expect(page.querySelector('.comment-form')).toBeNull()
    expect(text(page.querySelector('.draft__status .badge'))).toBe('Đã ban hành')
  })

  it('marks drafts for the general search with their own content type', async () => {
    const page = await html(draftPath(DRAFT_IDS.open))
    const filters = page
      .querySelectorAll('meta[data-pagefind-filter]')
      .map((m) => `${m.getAttribute('data-pagefind-filter')}=${m.getAttribute('content')}`)
    expect(filters).toContain('type[content]=Dự thảo')
    expect(filters).toContain('unit[content]=Cục Việc làm')
    // The form and the comments are not what a search for the draft should match.
    expect(page.querySelector('.comment-form')?.closest('[data-pagefind-ignore]')).toBeTruthy()
    expect((await html(draftPath(DRAFT_IDS.open, 'en'))).querySelector('meta[data-pagefind-filter="type[content]"]')?.getAttribute('content')).toBe(
      'Draft regulation',
    )
  })
})

describe('navigation', () => {
  it('offers documents and drafts in the main navigation of both languages', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const nav = (await html(routes.home(locale))).querySelectorAll('.main-nav a').map((a) => a.getAttribute('href'))
      expect(nav, locale).toEqual(expect.arrayContaining([routes.legalDocuments(locale), routes.drafts(locale)]))
    }
    const current = (await html(docPath('nd-14-2017'))).querySelector('.main-nav a[aria-current=page]')
    expect(current?.getAttribute('href')).toBe(routes.legalDocuments('vi'))
  })

  it('shows the newest documents and the drafts open for comment on the home page', async () => {
    const home = await html(routes.home('vi'))
    const latest = home.querySelector('[aria-labelledby=latest-documents-title]')!
    expect(latest.querySelectorAll('li a')[0]?.getAttribute('href')).toBe(docPath('tt-09-2026'))
    const open = home.querySelector('[aria-labelledby=open-drafts-title]')!
    expect(open.querySelectorAll('li a').map((a) => a.getAttribute('href'))).toEqual([draftPath(DRAFT_IDS.open)])
  })

  it('gives documents and drafts a lastmod in the sitemap', async () => {
    const sitemap = (await readSitemap(outDir)).shardTexts.join('\n')
    const entry = sitemap.split('<url>').find((u) => u.includes(`<loc>${abs(docPath('nd-14-2017'))}</loc>`))!
    expect(entry).toContain(`<lastmod>${doc('nd-14-2017').updatedAt}</lastmod>`)
    expect(pages.filter((p) => p.view === 'draft' || p.view === 'legal-document').every((p) => sitemap.includes(abs(p.path)))).toBe(true)
  })
})
