import { describe, expect, it } from 'vitest'
import { caseStats, median, monthsBetween, UNASSIGNED, type CaseRecord } from './caseStats'
import { endOfVietnamDay } from './vnDate'

const hanoi = (local: string) => new Date(`${local}+07:00`).toISOString()
const due = (day: string) => endOfVietnamDay(day).toISOString()

/**
 * A hand-made set whose figures are worked out in the comments. The range is September to
 * November 2026, judged on 5 December.
 */
const r = (id: string, c: CaseRecord) => ({ id, ...c })
const RECORDS = [
  // 7 days, on time, public.
  r('r1', {
    receivedAt: hanoi('2026-09-03T09:00:00'),
    state: 'answered',
    type: 'question',
    senderKind: 'person',
    field: 'viec-lam',
    unitId: 'unit-a',
    dueAt: due('2026-09-17'),
    answeredAt: hanoi('2026-09-10T09:00:00'),
    visibility: 'public',
  }),
  // 22 days, late, private, answered in October.
  r('r2', {
    receivedAt: hanoi('2026-09-10T09:00:00'),
    state: 'answered',
    type: 'question',
    senderKind: 'person',
    field: 'viec-lam',
    unitId: 'unit-a',
    dueAt: due('2026-09-24'),
    answeredAt: hanoi('2026-10-02T09:00:00'),
    visibility: 'private',
  }),
  r('r3', {
    receivedAt: hanoi('2026-09-20T09:00:00'),
    state: 'rejected',
    type: 'feedback',
    senderKind: 'business',
    field: null,
    unitId: null,
    dueAt: due('2026-10-02'),
  }),
  // 31/08 17:30Z is 01/09 00:30 in Ha Noi: September. 7 days 8.5 hours, on time.
  r('r13', {
    receivedAt: '2026-08-31T17:30:00.000Z',
    state: 'answered',
    type: 'feedback',
    senderKind: 'person',
    field: 'viec-lam',
    unitId: 'unit-c',
    dueAt: due('2026-09-15'),
    answeredAt: '2026-09-08T02:00:00.000Z',
    visibility: 'private',
  }),
  // 4 days, on time, public.
  r('r4', {
    receivedAt: hanoi('2026-10-01T09:00:00'),
    state: 'answered',
    type: 'petition',
    senderKind: 'voter',
    field: 'bao-hiem-xa-hoi',
    unitId: 'unit-b',
    dueAt: due('2026-10-15'),
    answeredAt: hanoi('2026-10-05T09:00:00'),
    visibility: 'private',
  }),
  // Answered in the last second of the deadline, written without milliseconds: on time.
  // 14 days 14:59:59 after receipt.
  r('r5', {
    receivedAt: hanoi('2026-10-05T09:00:00'),
    state: 'answered',
    type: 'question',
    senderKind: 'person',
    field: 'bao-hiem-xa-hoi',
    unitId: 'unit-b',
    dueAt: due('2026-10-19'),
    answeredAt: '2026-10-19T16:59:59Z',
    visibility: 'public',
  }),
  // Open and overdue on 5 December.
  r('r6', {
    receivedAt: hanoi('2026-10-20T09:00:00'),
    state: 'inProgress',
    type: 'question',
    senderKind: 'person',
    field: 'viec-lam',
    unitId: 'unit-a',
    dueAt: due('2026-11-03'),
  }),
  // 31/10 17:30Z is 01/11 00:30 in Ha Noi: November. Overdue.
  r('r7', {
    receivedAt: '2026-10-31T17:30:00.000Z',
    state: 'routed',
    type: 'feedback',
    senderKind: 'deputy',
    field: 'viec-lam',
    unitId: 'unit-b',
    dueAt: due('2026-11-13'),
  }),
  // Overdue, waiting for the board.
  r('r9', {
    receivedAt: hanoi('2026-11-10T09:00:00'),
    state: 'awaitingApproval',
    type: 'question',
    senderKind: 'business',
    field: 'bao-hiem-xa-hoi',
    unitId: 'unit-a',
    dueAt: due('2026-11-24'),
  }),
  // 1 day, on time, public.
  r('r10', {
    receivedAt: hanoi('2026-11-12T09:00:00'),
    state: 'answered',
    type: 'question',
    senderKind: 'person',
    field: 'viec-lam',
    unitId: 'unit-c',
    dueAt: due('2026-11-26'),
    answeredAt: hanoi('2026-11-13T09:00:00'),
    visibility: 'public',
  }),
  // Not routed yet, still within its deadline.
  r('r8', {
    receivedAt: hanoi('2026-11-25T09:00:00'),
    state: 'received',
    type: 'question',
    senderKind: 'person',
    field: 'viec-lam',
    unitId: null,
    dueAt: due('2026-12-09'),
  }),
  // Received in August: outside the range, but its answer went out in September.
  r('r11', {
    receivedAt: hanoi('2026-08-31T09:00:00'),
    state: 'answered',
    type: 'question',
    senderKind: 'person',
    field: 'viec-lam',
    unitId: 'unit-a',
    dueAt: due('2026-09-14'),
    answeredAt: hanoi('2026-09-02T09:00:00'),
    visibility: 'public',
  }),
  // 30/11 17:00Z is 01/12 00:00 in Ha Noi: December, outside the range.
  r('r12', {
    receivedAt: '2026-11-30T17:00:00.000Z',
    state: 'received',
    type: 'question',
    senderKind: 'person',
    field: 'viec-lam',
    dueAt: due('2026-12-14'),
  }),
] satisfies (CaseRecord & { id: string })[]

const NOW = new Date(hanoi('2026-12-05T10:00:00'))
const stats = caseStats(RECORDS, '2026-09', '2026-11', NOW)

describe('caseStats on a known set', () => {
  it('totals the cases received in the range', () => {
    expect(stats.totals).toEqual({
      key: 'all',
      received: 11, // r1–r10 and r13
      answered: 6, // r1 r2 r4 r5 r10 r13
      answeredOnTime: 5, // all but r2
      open: 4, // r6 r7 r8 r9
      overdue: 3, // r6 r7 r9
      onTimeRate: 5 / 6,
      // Days 1, 4, 7, 7.35, 14.62, 22: the middle two average to 7.18.
      medianDaysToAnswer: 7.2,
      answeredPublic: 3, // r1 r5 r10
      rejected: 1,
    })
  })

  it('counts answers in the month they were sent, whenever the case arrived', () => {
    expect(stats.byMonth).toEqual([
      // r1 r2 r3 r13 received; r1, r13 and r11 (an August case) answered.
      { month: '2026-09', received: 4, answered: 3, answeredOnTime: 3 },
      // r4 r5 r6 received (r7 is November in Viet Nam); r2 (late), r4, r5 answered.
      { month: '2026-10', received: 3, answered: 3, answeredOnTime: 2 },
      { month: '2026-11', received: 4, answered: 1, answeredOnTime: 1 },
    ])
  })

  it('groups by unit, with unrouted cases apart', () => {
    expect(stats.byUnit).toEqual([
      {
        key: 'unit-a',
        received: 4,
        answered: 2,
        answeredOnTime: 1,
        open: 2,
        overdue: 2,
        onTimeRate: 0.5,
        medianDaysToAnswer: 14.5, // 7 and 22
      },
      {
        key: 'unit-b',
        received: 3,
        answered: 2,
        answeredOnTime: 2,
        open: 1,
        overdue: 1,
        onTimeRate: 1,
        medianDaysToAnswer: 9.3, // 4 and 14.62
      },
      {
        key: UNASSIGNED,
        received: 2,
        answered: 0,
        answeredOnTime: 0,
        open: 1,
        overdue: 0,
        onTimeRate: null,
        medianDaysToAnswer: null,
      },
      {
        key: 'unit-c',
        received: 2,
        answered: 2,
        answeredOnTime: 2,
        open: 0,
        overdue: 0,
        onTimeRate: 1,
        medianDaysToAnswer: 4.2, // 1 and 7.35
      },
    ])
  })

  it('groups by field, type, sender kind and state', () => {
    const counts = (rows: { key: string; received: number }[]) => rows.map((row) => [row.key, row.received])
    expect(counts(stats.byField)).toEqual([
      ['viec-lam', 7],
      ['bao-hiem-xa-hoi', 3],
      [UNASSIGNED, 1],
    ])
    expect(counts(stats.byType)).toEqual([
      ['question', 7],
      ['feedback', 3],
      ['petition', 1],
    ])
    expect(counts(stats.bySenderKind)).toEqual([
      ['person', 7],
      ['business', 2],
      ['deputy', 1],
      ['voter', 1],
    ])
    expect(stats.byState[0]).toEqual({ key: 'answered', count: 6 })
    expect(Object.fromEntries(stats.byState.map((row) => [row.key, row.count]))).toEqual({
      answered: 6,
      rejected: 1,
      inProgress: 1,
      routed: 1,
      awaitingApproval: 1,
      received: 1,
    })
  })

  it('judges overdue at `now`, to the millisecond', () => {
    const at = (iso: string) => caseStats(RECORDS, '2026-09', '2026-11', new Date(iso)).totals.overdue
    // r6 is due at the end of 03/11 in Ha Noi.
    expect(at(due('2026-11-03'))).toBe(0)
    expect(at(new Date(new Date(due('2026-11-03')).getTime() + 1).toISOString())).toBe(1)
    expect(at(hanoi('2026-11-20T10:00:00'))).toBe(2) // r6 r7
  })

  it('keeps to the months asked for, in Viet Nam', () => {
    const november = caseStats(RECORDS, '2026-11', '2026-11', NOW)
    expect(november.totals.received).toBe(4) // r7 r8 r9 r10
    expect(november.byMonth.map((row) => row.month)).toEqual(['2026-11'])
    const september = caseStats(RECORDS, '2026-09', '2026-09', NOW)
    expect(september.totals.received).toBe(4) // r1 r2 r3 r13, not r11
    const december = caseStats(RECORDS, '2026-12', '2026-12', NOW)
    expect(december.totals.received).toBe(1) // r12
  })

  it('counts an answer to a case without a deadline as on time', () => {
    const [first] = RECORDS
    const result = caseStats([{ ...first, dueAt: null }], '2026-09', '2026-09', NOW)
    expect(result.totals).toMatchObject({ answered: 1, answeredOnTime: 1, onTimeRate: 1 })
  })

  it('is empty without cases', () => {
    const empty = caseStats([], '2026-01', '2026-12', NOW)
    expect(empty.totals).toMatchObject({ received: 0, answered: 0, onTimeRate: null, medianDaysToAnswer: null })
    expect(empty.byMonth).toHaveLength(12)
    expect(empty.byUnit).toEqual([])
  })
})

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
    [[10, 1], 5.5],
  ])('%j → %s', (values, expected) => {
    expect(median(values)).toBe(expected)
  })
})

describe('monthsBetween', () => {
  it.each<[string, string, string[]]>([
    ['2026-11', '2026-11', ['2026-11']],
    ['2026-11', '2027-02', ['2026-11', '2026-12', '2027-01', '2027-02']],
    ['2026-12', '2026-11', []],
  ])('%s … %s', (from, to, expected) => {
    expect(monthsBetween(from, to)).toEqual(expected)
  })

  it.each([
    ['2026-13', '2027-01'],
    ['2026-1', '2026-02'],
  ])('refuses %s … %s', (from, to) => {
    expect(() => monthsBetween(from, to)).toThrow(RangeError)
  })
})
