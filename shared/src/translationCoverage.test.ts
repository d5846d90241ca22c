import { describe, expect, it } from 'vitest'
import { coverage, type CoverageRow } from './translationCoverage'

const row = (over: Partial<CoverageRow>): CoverageRow => ({
  collection: 'articles',
  sectionIds: [],
  sourceMonth: '2026-01',
  state: 'needed',
  hasPublishedEnglish: false,
  ...over,
})

const rows: CoverageRow[] = [
  row({ sectionIds: ['tin'], state: 'published', hasPublishedEnglish: true }),
  // stale English is still on the site: translated, and counted stale
  row({ sectionIds: ['tin', 'su-kien'], state: 'stale', hasPublishedEnglish: true }),
  row({ sectionIds: ['tin'], state: 'not-needed', sourceMonth: '2026-02' }),
  row({ sectionIds: ['su-kien'], state: 'in-progress', sourceMonth: '2026-02' }),
  // work on a new version while the old copy stays published
  row({ collection: 'pages', state: 'in-progress', hasPublishedEnglish: true, sourceMonth: '2026-02' }),
  row({ collection: 'cases', state: 'needed', sourceMonth: null }),
]

describe('coverage', () => {
  const report = coverage(rows)

  it('counts the whole', () => {
    expect(report).toMatchObject({
      total: 6,
      notNeeded: 1,
      translated: 3,
      stale: 1,
      share: 3 / 6,
      shareOfNeeded: 3 / 5,
    })
  })

  it('per section, an item in two sections counting in each, sections without items absent', () => {
    expect(report.perSection).toEqual([
      {
        sectionId: 'su-kien',
        total: 2,
        notNeeded: 0,
        translated: 1,
        stale: 1,
        share: 0.5,
        shareOfNeeded: 0.5,
      },
      { sectionId: 'tin', total: 3, notNeeded: 1, translated: 2, stale: 1, share: 2 / 3, shareOfNeeded: 1 },
    ])
  })

  it('per month of Vietnamese publication, oldest first, never published last', () => {
    expect(report.perMonth.map((m) => [m.month, m.total, m.translated, m.notNeeded])).toEqual([
      ['2026-01', 2, 2, 0],
      ['2026-02', 3, 1, 1],
      [null, 1, 0, 0],
    ])
  })

  it('per kind', () => {
    expect(report.perCollection.map((c) => [c.collection, c.total, c.translated])).toEqual([
      ['articles', 4, 2],
      ['cases', 1, 0],
      ['pages', 1, 1],
    ])
  })

  const shares: [string, CoverageRow[], { share: number; shareOfNeeded: number }][] = [
    ['nothing at all', [], { share: 0, shareOfNeeded: 0 }],
    [
      'nothing needs English',
      [row({ state: 'not-needed' }), row({ state: 'not-needed' })],
      { share: 0, shareOfNeeded: 0 },
    ],
    [
      'all translated',
      [row({ state: 'published', hasPublishedEnglish: true })],
      { share: 1, shareOfNeeded: 1 },
    ],
    ['none translated', [row({}), row({ state: 'in-review' })], { share: 0, shareOfNeeded: 0 }],
    [
      // English on the site for items marked not needed: counted, but never more than 100 % of the needed
      'a not-needed item that still has English',
      [
        row({ state: 'not-needed', hasPublishedEnglish: true }),
        row({ state: 'not-needed', hasPublishedEnglish: true }),
        row({}),
      ],
      { share: 2 / 3, shareOfNeeded: 1 },
    ],
  ]
  it.each(shares)('shares when %s', (_, input, expected) => {
    expect(coverage(input)).toMatchObject(expected)
  })

  it('counts a section listed twice on one item once', () => {
    expect(coverage([row({ sectionIds: ['tin', 'tin'] })]).perSection).toEqual([
      { sectionId: 'tin', total: 1, notNeeded: 0, translated: 0, stale: 0, share: 0, shareOfNeeded: 0 },
    ])
  })
})
