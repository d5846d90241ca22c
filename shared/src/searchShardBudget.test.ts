import { describe, expect, it } from 'vitest'
import { newestShardsFirst, newestShardsWithin } from './searchShards'

describe('newestShardsFirst', () => {
  it.each<[string, string[], string[]]>([
    [
      'years, newest first',
      ['vi-article-2024', 'vi-article-2026', 'vi-article-2025'],
      ['vi-article-2026', 'vi-article-2025', 'vi-article-2024'],
    ],
    [
      'a year before the five years holding it, ties by id',
      ['vi-legal-2025-2029', 'vi-question-2026', 'vi-article-2026'],
      ['vi-article-2026', 'vi-question-2026', 'vi-legal-2025-2029'],
    ],
    [
      'five years by their last year',
      ['vi-legal-2015-2019', 'vi-article-2021', 'vi-legal-2020-2024'],
      ['vi-legal-2020-2024', 'vi-article-2021', 'vi-legal-2015-2019'],
    ],
    // In 2026 the shard of 2025–2029 holds pages up to 2026, not 2029's.
    [
      'five years not over yet by this year',
      ['vi-legal-2025-2029', 'vi-article-2027', 'vi-article-2026'],
      ['vi-article-2027', 'vi-article-2026', 'vi-legal-2025-2029'],
    ],
    [
      'shards of every period, then undated ones, after every dated shard',
      ['vi-article-undated', 'vi-other-all', 'vi-article-2001', 'en-legal-all'],
      ['vi-article-2001', 'en-legal-all', 'vi-other-all', 'vi-article-undated'],
    ],
    ['nothing', [], []],
  ])('%s', (_, ids, ordered) => {
    expect(
      newestShardsFirst(
        ids.map((id) => ({ id })),
        2026,
      ).map((shard) => shard.id),
    ).toEqual(ordered)
  })
})

describe('newestShardsWithin', () => {
  // The Vietnamese shards of the reference dataset's build, with their page counts.
  const reference = [
    ['vi-article-2024', 5014],
    ['vi-article-2025', 5000],
    ['vi-article-2026', 4663],
    ['vi-legal-2020-2024', 6006],
    ['vi-legal-2025-2029', 2320],
    ['vi-other-all', 2550],
    ['vi-question-2025', 2000],
    ['vi-question-2026', 1908],
  ] as const
  const shards = reference.map(([id, pages]) => ({ id, pages }))

  it.each<[string, number, string[], number]>([
    ['the newest shard alone when the next would pass the budget', 6_000, ['vi-article-2026'], 7],
    ['as many newest shards as fit', 9_000, ['vi-article-2026', 'vi-question-2026', 'vi-legal-2025-2029'], 5],
    ['the budget reached exactly', 6_571, ['vi-article-2026', 'vi-question-2026'], 6],
    ['always one shard, even past the budget', 100, ['vi-article-2026'], 7],
    ['every shard within a large budget', 1_000_000, newestShardsFirst(shards, 2026).map((s) => s.id), 0],
  ])('%s (budget %i)', (_, budget, first, rest) => {
    const split = newestShardsWithin(shards, budget, 2026)
    expect(split.first.map((shard) => shard.id)).toEqual(first)
    expect(split.rest).toHaveLength(rest)
    // Nothing lost or repeated, and what is left out is older than what is merged.
    expect([...split.first, ...split.rest].map((s) => s.id)).toEqual(
      newestShardsFirst(shards, 2026).map((s) => s.id),
    )
  })

  it('merges nothing from no shards', () => {
    expect(newestShardsWithin([], 6_000, 2026)).toEqual({ first: [], rest: [] })
  })
})
