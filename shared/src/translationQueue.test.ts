import { describe, expect, it } from 'vitest'
import { filterQueue, isQueueOrder, sortQueue, type QueueFilter, type QueueItem } from './translationQueue'

const item = (id: string, over: Partial<QueueItem> = {}): QueueItem => ({
  collection: 'articles',
  id,
  title: `Bài ${id}`,
  state: 'needed',
  sectionIds: [],
  unitId: null,
  viewCount: 0,
  neededSince: null,
  stateChangedAt: null,
  ...over,
})

const items: QueueItem[] = [
  item('1', { sectionIds: ['s1'], unitId: 'u1', viewCount: 10, neededSince: '2026-03-01T00:00:00.000Z' }),
  item('2', {
    sectionIds: ['s1', 's2'],
    unitId: 'u2',
    viewCount: 50,
    neededSince: '2026-01-15T00:00:00.000Z',
    state: 'stale',
  }),
  item('3', {
    collection: 'pages',
    sectionIds: [],
    unitId: 'u1',
    viewCount: 50,
    neededSince: '2026-02-01T00:00:00.000Z',
    state: 'in-review',
  }),
  item('4', {
    collection: 'cases',
    sectionIds: ['s2'],
    unitId: null,
    viewCount: 0,
    neededSince: '2026-02-01T00:00:00.000Z',
    state: 'in-progress',
  }),
]

describe('filterQueue', () => {
  const cases: [string, QueueFilter, string[]][] = [
    ['no filter', {}, ['1', '2', '3', '4']],
    [
      'empty values are no filter',
      { sectionId: '', unitId: null, collection: null, state: null },
      ['1', '2', '3', '4'],
    ],
    ['by section (an item in two sections is in both)', { sectionId: 's2' }, ['2', '4']],
    ['by section with no items', { sectionId: 's9' }, []],
    ['by unit', { unitId: 'u1' }, ['1', '3']],
    ['by kind', { collection: 'pages' }, ['3']],
    ['by state', { state: 'stale' }, ['2']],
    ['by several at once', { sectionId: 's1', unitId: 'u2' }, ['2']],
    ['by several with nothing in common', { collection: 'pages', state: 'needed' }, []],
  ]
  it.each(cases)('%s', (_, filter, expected) => {
    expect(filterQueue(items, filter).map((i) => i.id)).toEqual(expected)
  })
})

describe('sortQueue', () => {
  it('oldest: longest waiting first, ties by kind then id', () => {
    expect(sortQueue(items, 'oldest').map((i) => `${i.collection}:${i.id}`)).toEqual([
      'articles:2',
      'cases:4',
      'pages:3',
      'articles:1',
    ])
  })

  it('most read: most views first, ties by oldest', () => {
    expect(sortQueue(items, 'most-read').map((i) => i.id)).toEqual(['2', '3', '1', '4'])
  })

  it('puts items without a date first in oldest order (they have waited since before dates were kept)', () => {
    const mixed = [
      item('a', { neededSince: '2026-01-01T00:00:00.000Z' }),
      item('b'),
      item('c', { neededSince: 'not a date' }),
    ]
    expect(sortQueue(mixed, 'oldest').map((i) => i.id)).toEqual(['b', 'c', 'a'])
  })

  it('orders ids numerically, not as text', () => {
    const same = '2026-01-01T00:00:00.000Z'
    expect(
      sortQueue([item('10', { neededSince: same }), item('9', { neededSince: same })], 'oldest').map(
        (i) => i.id,
      ),
    ).toEqual(['9', '10'])
  })

  it('does not change its input', () => {
    const copy = [...items]
    sortQueue(items, 'most-read')
    expect(items).toEqual(copy)
  })
})

describe('isQueueOrder', () => {
  it.each([
    ['oldest', true],
    ['most-read', true],
    ['newest', false],
    [undefined, false],
  ])('%s → %s', (value, expected) => {
    expect(isQueueOrder(value)).toBe(expected)
  })
})
