import { LEGAL_FIELDS } from '@cong/shared/legalVocabulary'
import { LISTING_PAGE_SIZE, routes } from '@cong/shared/routes'
import type { Locale } from '@cong/shared/snapshot'
import { parse, type HTMLElement } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import { htmlOf as html, pageExists as exists, sourceOf, textOf as text } from './builtPages'
import { fixtureSnapshot } from './fixtures/snapshot'

const snapshot = fixtureSnapshot()
const abs = (path: string) => snapshot.siteUrl + path

const newestFirst = [...snapshot.questions].sort((a, b) => b.answeredAt.localeCompare(a.answeredAt))
const translated = newestFirst.filter((q) => q.en)
const untranslated = newestFirst.find((q) => !q.en)!
const q = (id: string) => snapshot.questions.find((x) => x.id === id)!
const questionPath = (id: string, locale: Locale = 'vi') => routes.question(locale, q(id).slug)
/** Titles of the static list, the one readers without JavaScript get. */
const titlesIn = (page: HTMLElement) => page.querySelectorAll('.qa-list .qa-item__title').map(text)
const pagefindFilters = (page: HTMLElement) =>
  page
    .querySelectorAll('meta[data-pagefind-filter]')
    .map((m) => `${m.getAttribute('data-pagefind-filter')!.replace('[content]', '')}=${m.getAttribute('content')}`)

describe('Hỏi – Đáp list', () => {
  it('lists every published question, most recently answered first, twelve to a page', async () => {
    expect(snapshot.questions.length).toBeGreaterThan(LISTING_PAGE_SIZE)
    const first = await html(routes.questions('vi'))
    const second = await html(routes.questions('vi', 2))
    expect(titlesIn(first)).toHaveLength(LISTING_PAGE_SIZE)
    expect([...titlesIn(first), ...titlesIn(second)]).toEqual(newestFirst.map((x) => x.vi.title))
    expect(first.querySelector('.pagination a[rel=next]')?.getAttribute('href')).toBe(routes.questions('vi', 2))
    expect(text(first.querySelector('title'))).toBe(`Hỏi – Đáp | ${snapshot.settings.vi.siteName}`)
    expect(text(second.querySelector('title'))).toMatch(/^Hỏi – Đáp – Trang 2 \|/)
    expect(await exists(routes.questions('vi', 3))).toBe(false)
  })

  it('shows field, answering unit, answer date and the start of the question in each row', async () => {
    const first = await html(routes.questions('vi'))
    const row = first.querySelector('.qa-item')!
    const newest = newestFirst[0]!
    expect(row.querySelector('a')!.getAttribute('href')).toBe(routes.question('vi', newest.slug))
    expect(text(row.querySelector('.qa-item__meta'))).toBe('Lĩnh vực: Bảo hiểm xã hội Đơn vị trả lời: Vụ Pháp chế Trả lời ngày 03/11/2026')
    expect(text(row.querySelector('.qa-item__excerpt'))).toMatch(/^Tôi là nữ, đã đóng bảo hiểm xã hội bắt buộc 22 năm\./)
    // Cut at a word with an ellipsis, never mid-word.
    const long = first.querySelectorAll('.qa-item__excerpt').map(text).filter((e) => e.endsWith('…'))
    for (const excerpt of long) expect(excerpt.length).toBeLessThanOrEqual(181)
  })

  it('offers the finder over the static list, with field and unit filters counted at build time', async () => {
    const first = await html(routes.questions('vi'))
    const island = first.querySelector('astro-island[component-url*="QuestionFinder"]')!
    expect(island.querySelector('.qa-list')).toBeTruthy()
    const options = island.querySelectorAll('select[name=field] option').map(text)
    expect(options).toEqual(['Tất cả', 'Lao động – Tiền lương (4)', 'Việc làm (4)', 'Bảo hiểm xã hội (4)', 'Giáo dục nghề nghiệp (3)'])
    expect(island.querySelectorAll('select[name=unit] option').map(text)).toEqual([
      'Tất cả',
      'Cục Việc làm (6)',
      'Vụ Pháp chế (5)',
      'Văn phòng Bộ (3)',
    ])
    // The way to ask stands beside the list.
    expect(first.querySelector('.ask-cta a.button')?.getAttribute('href')).toBe(routes.ask('vi'))
  })

  it('exists in English only with the translated questions', async () => {
    const en = await html(routes.questions('en'))
    expect(titlesIn(en)).toEqual(translated.map((x) => x.en!.title))
    expect(await exists(routes.questions('en', 2))).toBe(false)
    expect(await exists(routes.question('en', untranslated.slug))).toBe(false)
    expect(en.querySelector('link[hreflang=vi]')?.getAttribute('href')).toBe(abs(routes.questions('vi')))
  })
})

describe('question page', () => {
  it('shows the question, the answer, field, type, unit link, dates and the way back', async () => {
    const page = await html(questionPath('q101'))
    const question = q('q101')
    expect(text(page.querySelector('h1'))).toBe(question.vi.title)
    expect(text(page.querySelector('.qa-page__asked'))).toBe(question.vi.question)
    expect(page.querySelector('.qa-page__answer .prose')!.innerHTML).toBe(question.vi.answerHtml)
    const facts = Object.fromEntries(page.querySelectorAll('.facts tr').map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]))
    expect(facts).toEqual({
      'Lĩnh vực': 'Việc làm',
      Loại: 'Hỏi về chính sách',
      'Đơn vị trả lời': 'Cục Việc làm',
      'Ngày gửi': '02/10/2026',
      'Ngày trả lời': '14/10/2026',
    })
    expect(page.querySelector('.facts a')?.getAttribute('href')).toBe(routes.unit('vi', 'cuc-viec-lam'))
    expect(page.querySelectorAll('.breadcrumbs a').map((a) => a.getAttribute('href'))).toEqual(['/', routes.questions('vi')])
    expect(page.querySelector('.share')).toBeTruthy()
    expect(page.querySelector('.ask-cta a.button')?.getAttribute('href')).toBe(routes.ask('vi'))
    expect(page.querySelector('meta[name=description]')?.getAttribute('content')).toMatch(/^Tôi làm việc theo hợp đồng 3 năm/)
    expect(text(page.querySelector('title'))).toBe(`${question.vi.title} | ${snapshot.settings.vi.siteName}`)
    expect(page.querySelector('.main-nav a[aria-current=page]')?.getAttribute('href')).toBe(routes.questions('vi'))
  })

  it('links the two languages when translated, and a unit without an English page in Vietnamese', async () => {
    const vi = await html(questionPath('q101'))
    const en = await html(questionPath('q101', 'en'))
    expect(vi.querySelector('link[hreflang=en]')?.getAttribute('href')).toBe(abs(questionPath('q101', 'en')))
    expect(en.querySelector('link[hreflang=vi]')?.getAttribute('href')).toBe(abs(questionPath('q101')))
    expect(text(en.querySelector('.facts'))).toContain('Answered by Department of Employment')
    expect(text(en.querySelector('.facts'))).toContain(`Field ${LEGAL_FIELDS['viec-lam'].en}`)
    expect((await html(questionPath(untranslated.id))).querySelector('link[hreflang=en]')).toBeNull()
  })

  it('is marked for the finder: question type, field code and unit name as Pagefind filters', async () => {
    const page = await html(questionPath('q105'))
    expect(pagefindFilters(page).sort()).toEqual(['field=bao-hiem-xa-hoi', 'type=Hỏi – Đáp', 'unit=Vụ Pháp chế', 'year=2026'])
    expect(page.querySelector('[data-pagefind-body]')).toBeTruthy()
    expect(page.querySelector('h1[data-pagefind-meta=title]')).toBeTruthy()
    const meta = Object.fromEntries(
      page.querySelectorAll('meta[data-pagefind-meta]').map((m) => [m.getAttribute('data-pagefind-meta')!.replace('[content]', ''), m.getAttribute('content')]),
    )
    expect(meta).toMatchObject({ fieldLabel: 'Bảo hiểm xã hội', unitName: 'Vụ Pháp chế', answered: '2026-11-03', answeredLabel: '03/11/2026' })
    expect(page.querySelector('meta[data-pagefind-sort="answered[content]"]')?.getAttribute('content')).toBe('2026-11-03')
    const en = await html(questionPath('q105', 'en'))
    expect(pagefindFilters(en)).toContain('type=Q&A')
    // A question without an answering unit has no unit filter at all.
    expect(pagefindFilters(await html(questionPath('q108'))).some((f) => f.startsWith('unit='))).toBe(false)
  })

  it('publishes no personal data: no e-mail address or phone number but the ministry’s own', async () => {
    const own = new Set([snapshot.settings.email])
    for (const question of snapshot.questions) {
      const source = await sourceOf(routes.question('vi', question.slug))
      const emails = source.match(/[\w.+-]+@[\w-]+\.[\w.-]+/g) ?? []
      expect(emails.filter((e) => !own.has(e))).toEqual([])
      const body = text(parse(source).querySelector('main')).replaceAll(snapshot.settings.phone!, '')
      expect(body).not.toMatch(/(?:\+84|0)\d[\d .]{8,12}\d/)
    }
  })
})

describe('ask and track pages', () => {
  it('exist in both languages with their form islands, the CMS endpoints and a no-script notice', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const ask = await html(routes.ask(locale))
      const island = ask.querySelector('astro-island[component-url*="QuestionForm"]')!
      expect(island.getAttribute('props')).toContain(`${snapshot.cmsPublicUrl}/api/cases/submit`)
      expect(ask.querySelector('noscript')).toBeTruthy()
      expect(ask.querySelector('link[hreflang]')).toBeTruthy()
      const track = await html(routes.track(locale))
      expect(track.querySelector('astro-island[component-url*="CaseLookup"]')!.getAttribute('props')).toContain(
        `${snapshot.cmsPublicUrl}/api/cases/lookup`,
      )
    }
    const ask = await html(routes.ask('vi'))
    expect(text(ask.querySelector('h1'))).toBe('Gửi câu hỏi, phản ánh, kiến nghị')
    // The consent names the ministry and the decree; the form is drawn at build time.
    expect(text(ask.querySelector('.field--consent'))).toBe(
      'Tôi đồng ý để Bộ Lao động và Phát triển xã hội xử lý thông tin cá nhân trên để trả lời câu hỏi này, theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.',
    )
    expect(ask.querySelector('input[name=homepage]')?.getAttribute('tabindex')).toBe('-1')
    expect(ask.querySelector('input[type=file]')?.getAttribute('accept')).toContain('application/pdf')
  })
})

describe('navigation and home page', () => {
  it('has a Hỏi – Đáp entry in the main menu of both languages', async () => {
    const vi = await html(routes.home('vi'))
    const en = await html(routes.home('en'))
    const entry = (page: HTMLElement, label: string) =>
      page.querySelectorAll('.main-nav a').find((a) => text(a) === label)?.getAttribute('href')
    expect(entry(vi, 'Hỏi – Đáp')).toBe(routes.questions('vi'))
    expect(entry(en, 'Questions')).toBe(routes.questions('en'))
  })

  it('shows the latest answers and the way to ask on the home page', async () => {
    const home = await html(routes.home('vi'))
    const block = home.querySelector('.home-questions')!
    expect(text(block.querySelector('h2'))).toContain('Hỏi – Đáp mới')
    expect(block.querySelectorAll('li a').map(text)).toEqual(newestFirst.slice(0, 3).map((x) => x.vi.title))
    expect(block.querySelector('a.button')?.getAttribute('href')).toBe(routes.ask('vi'))
    const en = await html(routes.home('en'))
    expect(en.querySelectorAll('.home-questions li a').map(text)).toEqual(translated.slice(0, 3).map((x) => x.en!.title))
  })
})
