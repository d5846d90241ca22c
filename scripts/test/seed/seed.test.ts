import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { ROLES, UNIT_SCOPED_ROLES } from '@cong/shared/roles'
import { WORKFLOW_STATES } from '@cong/shared/workflow'
import { bootPayload } from '../../../cms/test/helpers/payload'
import { FAULTY_DRAFT_TITLE } from '../../src/seed/data/editorial-queue'
import { lexicalToPlainText } from '../../src/seed/lexical'
import { seed, type SeedReport } from '../../src/seed/seed'
import { loadQuotaStanding } from '../../../cms/src/editorial/quota'
import { loadMonthlyReport } from '../../../cms/src/reports/monthly/load'
import { previousMonth } from '@cong/shared/monthlyReport'
import { DEMO_LOGINS } from '../../src/seed/users'

// Tests never depend on a developer's .env (same fixed values as the CMS tests).
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
process.env.PUBLISHER_WEBHOOK_SECRET ??= 'test-webhook-secret-0123456789abcdef'
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'
process.env.CONG_JOBS_AUTORUN = 'false'

let payload: Payload
let close: (() => Promise<void>) | undefined
let first: SeedReport
let second: SeedReport
let historyAfterFirst: { versions: number; audit: number }

const history = async () => ({
  versions: (await payload.countVersions({ collection: 'articles', overrideAccess: true })).totalDocs,
  audit: (await payload.count({ collection: 'audit-log', overrideAccess: true })).totalDocs,
})

const bodyText = (body: unknown): string =>
  body && typeof body === 'object' && 'root' in body
    ? lexicalToPlainText(body as { root: { children: unknown[] } })
    : ''

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  first = await seed(payload)
  historyAfterFirst = await history()
  second = await seed(payload)
  // Seeding 70-odd articles with images takes tens of seconds on a busy 2-core machine.
}, 600_000)

afterAll(async () => {
  await close?.()
})

describe('demo seed', () => {
  it('loads at least the demo minimums', () => {
    expect(first.totals.units).toBeGreaterThanOrEqual(12)
    expect(first.totals.sections).toBeGreaterThanOrEqual(10)
    expect(first.totals.articles).toBeGreaterThanOrEqual(60)
    expect(first.totals.pages).toBeGreaterThanOrEqual(4)
    expect(first.totals.users).toBe(DEMO_LOGINS.length)
    expect(first.steps.every((step) => step.existing === 0)).toBe(true)
  })

  it('changes nothing when run a second time', async () => {
    expect(second.steps.map((step) => step.created)).toEqual(second.steps.map(() => 0))
    expect(second.totals).toEqual(first.totals)
    // No new versions or audit entries either: existing documents were not even re-saved.
    expect(await history()).toEqual(historyAfterFirst)
  })

  it('shows the board units on track and units behind their weekly quota', async () => {
    const standing = await loadQuotaStanding(payload)
    expect(standing.rows.length).toBeGreaterThanOrEqual(4)
    // Units that sent articles to the board in the last weeks, recorded as the audit log would.
    expect(standing.rows.some((r) => r.lastWeeks.some((w) => w.count > 0))).toBe(true)
    expect(standing.rows.some((r) => r.behind)).toBe(true)
    expect(standing.rows.some((r) => !r.behind)).toBe(true)
  })

  it("gives last month's report real figures", async () => {
    const report = await loadMonthlyReport(payload, previousMonth(new Date()))
    expect(report.totals.articlesPublished).toBeGreaterThan(5)
    expect(report.totals.englishPublished).toBeGreaterThan(0)
    expect(report.byUnit.filter((u) => u.count > 0).length).toBeGreaterThan(2)
    expect(report.topRead.length).toBe(10)
  })

  it('has a user for every role who can log in with the documented password', async () => {
    for (const role of ROLES) {
      const login = DEMO_LOGINS.find((l) => l.role === role)
      expect(login, `no demo login for ${role}`).toBeDefined()
      const { user } = await payload.login({
        collection: 'users',
        data: { email: login!.email, password: login!.password },
      })
      expect(user?.role).toBe(role)
      if (UNIT_SCOPED_ROLES.includes(role)) expect(user?.unit).toBeTruthy()
    }
    const contributorUnits = new Set(
      DEMO_LOGINS.filter((l) => l.role === 'contributor').map((l) => l.unitShortName),
    )
    expect(contributorUnits.size).toBeGreaterThanOrEqual(2)
  })

  it('builds a unit tree with leaders, photos and English names', async () => {
    const { docs } = await payload.find({
      collection: 'units',
      pagination: false,
      depth: 0,
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: true,
    })
    const roots = docs.filter((unit) => !unit.parent)
    expect(roots).toHaveLength(1)
    expect(roots[0].kind).toBe('ministry')
    expect(docs.some((unit) => unit.parent && unit.parent !== roots[0].id)).toBe(true)
    for (const unit of docs) {
      expect(unit.name, 'English name').toBeTruthy()
      expect(unit.leaders?.length).toBeGreaterThan(0)
      expect(unit.leaders?.filter((l) => l.isHead)).toHaveLength(1)
      for (const leader of unit.leaders ?? []) {
        expect(leader.photo).toBeTruthy()
        expect(leader.title, 'English title').toBeTruthy()
      }
    }
    expect(roots[0].leaders?.every((leader) => leader.responsibilities)).toBe(true)
    const vi = await payload.findByID({
      collection: 'units',
      id: roots[0].id,
      locale: 'vi',
      depth: 0,
      overrideAccess: true,
    })
    expect(vi.name).toMatch(/^Bộ /)
    expect(bodyText(vi.functions)).toContain('quản lý nhà nước')
  })

  it('has sections and at least two topic pages, in Vietnamese and English', async () => {
    const { docs } = await payload.find({
      collection: 'sections',
      pagination: false,
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: true,
    })
    expect(docs.filter((s) => s.kind === 'topic').length).toBeGreaterThanOrEqual(2)
    expect(docs.filter((s) => s.kind === 'section').length).toBeGreaterThanOrEqual(8)
    expect(docs.every((s) => s.title)).toBe(true)
  })

  it('gives the editorial board a queue in every workflow state', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(new Set(docs.map((a) => a.workflowStatus))).toEqual(new Set(WORKFLOW_STATES))
    for (const article of docs) {
      expect(article._status).toBe(article.workflowStatus === 'published' ? 'published' : 'draft')
      if (article.workflowStatus === 'returned' || article.workflowStatus === 'unpublished') {
        expect(article.workflowReason).toBeTruthy()
      }
    }
    const scheduled = docs.filter((a) => a.workflowStatus === 'scheduled')
    expect(scheduled).toHaveLength(1)
    expect(Date.parse(scheduled[0].publishAt ?? '')).toBeGreaterThan(Date.now())
    const published = docs.filter((a) => a.workflowStatus === 'published')
    const dates = published.map((a) => Date.parse(a.publishedAt ?? ''))
    expect(Math.max(...dates) - Math.min(...dates)).toBeGreaterThan(90 * 86_400_000)
    expect(published.filter((a) => a.cover).length / published.length).toBeGreaterThan(0.5)
  })

  it('publishes an English version of at least 30 % of the published articles', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { workflowStatus: { equals: 'published' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    // The site shows the English of the translation record's published copy, not the en locale.
    const { docs: records } = await payload.find({
      collection: 'translations',
      where: { itemCollection: { equals: 'articles' }, state: { in: ['published', 'stale'] } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const ids = new Set(docs.map((a) => String(a.id)))
    const english = records.filter((r) => ids.has(String(r.itemId)))
    expect(english.length / docs.length).toBeGreaterThanOrEqual(0.3)
    for (const record of english) {
      const published = record.published as { title?: string; slug?: string; body?: unknown }
      expect(published.title).toBeTruthy()
      expect(published.slug).toBeTruthy()
      expect(bodyText(published.body)).not.toBe('')
    }
  })

  it('names the source of republished articles', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { origin: { equals: 'republished' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.length).toBeGreaterThanOrEqual(3)
    for (const article of docs) {
      expect(article.source?.name).toBeTruthy()
      expect(article.source?.url).toMatch(/^https:\/\//)
      expect(article.source?.permission).toBeTruthy()
    }
  })

  it('has published text for the search demo', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { workflowStatus: { equals: 'published' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const texts = docs.map((a) => `${a.title}\n${a.sapo}\n${bodyText(a.body)}`)
    expect(texts.filter((t) => t.includes('bảo hiểm thất nghiệp')).length).toBeGreaterThanOrEqual(3)
    expect(texts.filter((t) => t.includes('đăng ký')).length).toBeGreaterThanOrEqual(3)
  })

  it('keeps the deliberately faulty draft for the content checker', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { title: { equals: FAULTY_DRAFT_TITLE } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].workflowStatus).toBe('draft')
    const text = `${docs[0].title}\n${docs[0].sapo}\n${bodyText(docs[0].body)}`
    for (const typo of ['Công thông tin', 'quảu lý', 'thời thời', 'Hội nghị.Thứ trưởng', 'clilp'])
      expect(text).toContain(typo)
  })

  it('publishes the fixed pages and the site settings in both languages', async () => {
    const { docs } = await payload.find({
      collection: 'pages',
      pagination: false,
      depth: 0,
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: true,
    })
    expect(new Set(docs.map((p) => p.kind))).toEqual(new Set(['about', 'generic', 'spokesperson', 'contact']))
    expect(docs.every((p) => p.workflowStatus === 'published' && p.title)).toBe(true)
    const spokesperson = docs.find((p) => p.kind === 'spokesperson')
    expect(bodyText(spokesperson?.body)).toMatch(/@demo\.gov\.vn/)

    const settings = await payload.findGlobal({
      slug: 'site-settings',
      locale: 'en',
      fallbackLocale: false,
      depth: 1,
      overrideAccess: true,
    })
    expect(settings.siteName).toMatch(/demo/)
    expect(settings.weeklyQuotaPerUnit).toBe(1)
    expect(settings.quickLinks?.length).toBeGreaterThanOrEqual(4)
    expect(settings.quickLinks?.every((link) => link.label)).toBe(true)
    expect(settings.onlineServicesUrl).toBeTruthy()
    expect(typeof settings.logo === 'object' && settings.logo?.alt).toBeTruthy()
  })

  it('gives every image Vietnamese and English alt text', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const { docs } = await payload.find({
        collection: 'media',
        pagination: false,
        locale,
        fallbackLocale: false,
        overrideAccess: true,
      })
      expect(docs.every((image) => image.alt && image.width && image.height)).toBe(true)
    }
  })
})

describe('legal documents and drafts', () => {
  const find = async <T extends 'legal-documents' | 'drafts' | 'draft-comments'>(
    collection: T,
    locale: 'vi' | 'en' = 'vi',
  ) =>
    (
      await payload.find({
        collection,
        pagination: false,
        depth: 0,
        locale,
        fallbackLocale: false,
        overrideAccess: true,
      })
    ).docs

  it('imports the register through the importer: at least 40 published documents, related and attached', async () => {
    const legal = first.steps.find((step) => step.step === 'Legal documents')
    expect(legal?.created).toBeGreaterThanOrEqual(40)
    expect(second.steps.find((step) => step.step === 'Legal documents')).toMatchObject({
      created: 0,
      existing: legal?.created,
    })
    const docs = await find('legal-documents')
    expect(docs.length).toBeGreaterThanOrEqual(40)
    expect(docs.every((doc) => doc._status === 'published')).toBe(true)
    const kinds = new Set(docs.flatMap((doc) => (doc.relations ?? []).map((r) => r.kind)))
    expect(kinds).toEqual(new Set(['amends', 'replaces', 'repeals', 'guides']))
    expect(docs.filter((doc) => doc.attachments?.length).length).toBeGreaterThanOrEqual(20)
    for (const type of [
      'bo-luat',
      'luat',
      'nghi-dinh',
      'thong-tu',
      'quyet-dinh',
      'cong-van',
      'ke-hoach',
      'chi-thi',
    ]) {
      expect(
        docs.some((doc) => doc.type === type),
        type,
      ).toBe(true)
    }
    const english = (await find('legal-documents', 'en')).filter((doc) => doc.summary)
    expect(english.length).toBeGreaterThanOrEqual(20)
  })

  it('derives every validity status the site shows from the relations and dates', async () => {
    const docs = await find('legal-documents')
    const status = (number: string) => docs.find((doc) => doc.number === number)?.validityStatus
    expect(status('10/2012/QH13')).toBe('expired') // replaced by the Labour Code 2019
    expect(status('45/2019/QH14')).toBe('in-force')
    expect(status('28/2015/TT-BLĐTBXH')).toBe('partially-expired') // amended in part
    expect(status('15/2020/QĐ-TTg')).toBe('expired') // repealed
    expect(status('12/2026/TT-BLĐXH')).toBe('not-yet-effective')
    expect(status('3120/BLĐXH-VL') ?? null).toBeNull() // directive documents have none
  })

  it('has a draft in every state, the open one open for weeks, and comments in every moderation state', async () => {
    const drafts = await find('drafts')
    expect(drafts.length).toBeGreaterThanOrEqual(4)
    expect(new Set(drafts.map((d) => d.status))).toEqual(new Set(['open', 'upcoming', 'closed', 'issued']))
    const open = drafts.find((d) => d.status === 'open')!
    expect(Date.parse(open.closesOn) - Date.now()).toBeGreaterThan(14 * 86_400_000)
    const issued = drafts.find((d) => d.status === 'issued')!
    expect(issued.resultingDocument).toBeTruthy()
    expect(drafts.some((d) => d.status === 'closed' && d.summary?.body && d.summary.files?.length)).toBe(true)
    expect(drafts.every((d) => d.files?.length)).toBe(true)

    const comments = await find('draft-comments')
    expect(new Set(comments.map((c) => c.moderation))).toEqual(
      new Set(['pending', 'approved', 'private', 'spam']),
    )
    expect(comments.filter((c) => c.moderation === 'pending').length).toBeGreaterThanOrEqual(3)
    const closedWithSummary = drafts.find((d) => d.status === 'closed' && d.summary?.body)!
    expect(comments.some((c) => c.draft === closedWithSummary.id && c.moderation === 'approved')).toBe(true)
    for (const c of comments) {
      const draft = drafts.find((d) => d.id === c.draft)!
      expect(Date.parse(c.submittedAt)).toBeGreaterThanOrEqual(Date.parse(draft.opensOn) - 86_400_000)
      expect(Date.parse(c.submittedAt)).toBeLessThanOrEqual(Date.now())
      if (c.moderation !== 'pending') expect(c.moderatedBy).toBeTruthy()
    }
  })
})
