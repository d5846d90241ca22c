import { describe, expect, it } from 'vitest'
import { buildMonthlyReport, isMonth, monthDays, monthRange, previousMonth, TOP_READ_SIZE, type ReportInput } from './monthlyReport'

describe('months', () => {
  it.each([
    ['2026-10', '2026-10-01', '2026-10-31'],
    ['2026-11', '2026-11-01', '2026-11-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2026-12', '2026-12-01', '2026-12-31'],
  ])('%s runs from %s to %s', (month, first, last) => {
    expect(monthDays(month)).toEqual({ first, last })
  })

  it('covers the month in Ha Noi time', () => {
    expect(monthRange('2026-10')).toEqual({
      start: new Date('2026-09-30T17:00:00.000Z'),
      end: new Date('2026-10-31T16:59:59.999Z'),
    })
  })

  it.each([
    ['2026-11-23T05:00:00.000Z', '2026-10'],
    ['2026-10-31T17:30:00.000Z', '2026-10'], // 1 November 00:30 in Ha Noi
    ['2026-10-31T16:30:00.000Z', '2026-09'], // still 31 October in Ha Noi
    ['2027-01-05T00:00:00.000Z', '2026-12'],
  ])('at %s the last month is %s', (now, month) => {
    expect(previousMonth(new Date(now))).toBe(month)
  })

  it.each([
    ['2026-10', true],
    ['2026-13', false],
    ['2026-1', false],
    ['10/2026', false],
    [202610, false],
  ])('%j is a month: %s', (value, ok) => {
    expect(isMonth(value)).toBe(ok)
  })

  it('refuses to compute a range for a bad month', () => {
    expect(() => monthDays('2026-13')).toThrow(RangeError)
  })
})

describe('buildMonthlyReport', () => {
  const input: ReportInput = {
    month: '2026-10',
    sections: [
      { id: 's1', name: 'Tin tức' },
      { id: 's2', name: 'Việc làm' },
      { id: 's3', name: 'An toàn lao động' },
    ],
    units: [
      { id: 'u1', name: 'Cục Việc làm' },
      { id: 'u2', name: 'Văn phòng Bộ' },
    ],
    articles: [
      { id: 'a1', title: 'Bài 1', publishedAt: '2026-10-02T03:00:00.000Z', sectionIds: ['s1', 's2', 's2'], unitId: 'u1', englishPublishedAt: '2026-10-05T03:00:00.000Z' },
      { id: 'a2', title: 'Bài 2', publishedAt: '2026-10-31T16:59:00.000Z', sectionIds: ['s1'], unitId: 'u1' },
      // 1 November 00:00 in Ha Noi: next month.
      { id: 'a3', title: 'Bài 3', publishedAt: '2026-10-31T17:00:00.000Z', sectionIds: ['s1'], unitId: 'u2' },
      // Published in September, translated in October.
      { id: 'a4', title: 'Bài 4', publishedAt: '2026-09-20T03:00:00.000Z', sectionIds: ['s3'], unitId: 'u2', englishPublishedAt: '2026-10-10T03:00:00.000Z' },
      { id: 'a5', title: 'Bài 5 (nháp)', publishedAt: null, sectionIds: ['s1'], unitId: 'u2' },
    ],
    monthlyViews: [
      { articleId: 'a4', views: 900 },
      { articleId: 'a1', views: 1200 },
      { articleId: 'a2', views: 0 },
      { articleId: 'gone', views: 50 },
    ],
    legalDocuments: [{ publishedAt: '2026-10-15T03:00:00.000Z' }, { publishedAt: '2026-11-01T03:00:00.000Z' }, { publishedAt: null }],
    drafts: [{ publishedAt: '2026-10-01T00:00:00.000Z' }],
    comments: [{ submittedAt: '2026-10-03T03:00:00.000Z' }, { submittedAt: '2026-10-04T03:00:00.000Z' }, { submittedAt: '2026-09-04T03:00:00.000Z' }],
    cases: [
      { receivedAt: '2026-10-01T03:00:00.000Z', answeredAt: '2026-10-05T03:00:00.000Z', deadline: '2026-10-20T16:59:59.999Z' },
      { receivedAt: '2026-10-02T03:00:00.000Z', answeredAt: '2026-10-25T03:00:00.000Z', deadline: '2026-10-20T16:59:59.999Z' },
      { receivedAt: '2026-10-03T03:00:00.000Z', answeredAt: null, deadline: '2026-10-21T16:59:59.999Z' },
      { receivedAt: '2026-09-03T03:00:00.000Z', answeredAt: '2026-09-05T03:00:00.000Z' },
    ],
    builds: [
      { startedAt: '2026-10-01T03:00:00.000Z', status: 'success' },
      { startedAt: '2026-10-02T03:00:00.000Z', status: 'failed' },
      { startedAt: '2026-11-02T03:00:00.000Z', status: 'failed' },
    ],
  }
  const report = buildMonthlyReport(input)

  it('counts what happened in the month, in Ha Noi time', () => {
    expect(report.period).toEqual({ first: '2026-10-01', last: '2026-10-31' })
    expect(report.totals).toEqual({ articlesPublished: 2, englishPublished: 2, legalDocuments: 1, drafts: 1, comments: 2 })
    expect(report.cases).toEqual({ received: 3, answered: 2, answeredOnTime: 1 })
    expect(report.builds).toEqual({ total: 2, failed: 1 })
  })

  it('lists every section and unit, busiest first, an article counted once per section', () => {
    expect(report.bySection).toEqual([
      { id: 's1', name: 'Tin tức', count: 2 },
      { id: 's2', name: 'Việc làm', count: 1 },
      { id: 's3', name: 'An toàn lao động', count: 0 },
    ])
    expect(report.byUnit).toEqual([
      { id: 'u1', name: 'Cục Việc làm', count: 2 },
      { id: 'u2', name: 'Văn phòng Bộ', count: 0 },
    ])
  })

  it('ranks the month’s reading, leaving out unread and deleted items', () => {
    expect(report.topRead).toEqual([
      { id: 'a1', title: 'Bài 1', views: 1200 },
      { id: 'a4', title: 'Bài 4', views: 900 },
    ])
  })

  it('keeps the top list short', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ id: `x${i}`, title: `X${i}`, sectionIds: [] }))
    const r = buildMonthlyReport({ ...input, articles: many, monthlyViews: many.map((a, i) => ({ articleId: a.id, views: i + 1 })) })
    expect(r.topRead).toHaveLength(TOP_READ_SIZE)
    expect(r.topRead[0]).toEqual({ id: 'x14', title: 'X14', views: 15 })
  })

  it('judges an answer on time by the instant, whatever form the stored times take', () => {
    // As text "16:59:59Z" sorts after "16:59:59.999Z": this answer, sent at the deadline, was on time.
    const r = buildMonthlyReport({
      ...input,
      cases: [{ receivedAt: '2026-10-01T03:00:00.000Z', answeredAt: '2026-10-20T16:59:59Z', deadline: '2026-10-20T16:59:59.999Z' }],
    })
    expect(r.cases).toEqual({ received: 1, answered: 1, answeredOnTime: 1 })
  })

  it('says "not available" rather than zero when cases or builds could not be read', () => {
    const r = buildMonthlyReport({ ...input, cases: null, builds: null })
    expect(r.cases).toBeNull()
    expect(r.builds).toBeNull()
  })

  it('is the same report whenever it is made', () => {
    expect(buildMonthlyReport(structuredClone(input))).toEqual(report)
  })
})
