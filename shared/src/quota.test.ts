import { describe, expect, it } from 'vitest'
import { isReminderDay, quotaReport, weekOf, type QuotaSubmission } from './quota'

describe('weekOf', () => {
  it.each([
    ['2026-11-23T03:00:00.000Z', '2026-11-23'], // Monday
    ['2026-11-29T16:59:59.999Z', '2026-11-23'], // Sunday 23:59:59 in Ha Noi
    ['2026-11-29T17:00:00.000Z', '2026-11-30'], // Monday 00:00 in Ha Noi, Sunday in UTC
    ['2026-11-22T20:00:00.000Z', '2026-11-23'], // Monday 03:00 in Ha Noi
    ['2027-01-01T05:00:00.000Z', '2026-12-28'], // across the new year
  ])('%s is in the week of %s', (instant, monday) => {
    expect(weekOf(new Date(instant))).toBe(monday)
  })
})

describe('quotaReport', () => {
  const now = new Date('2026-11-26T04:00:00.000Z') // Thursday 26/11/2026, 11:00 in Ha Noi
  const sent = (unitId: string, articleId: string, at: string): QuotaSubmission => ({
    unitId,
    articleId,
    at: new Date(at),
  })
  const submissions = [
    // This week (from Monday 23/11 00:00 in Ha Noi = 22/11 17:00 UTC).
    sent('vieclam', 'a1', '2026-11-22T17:00:00.000Z'),
    sent('vieclam', 'a2', '2026-11-24T02:00:00.000Z'),
    // Sunday 22/11 23:59 in Ha Noi: last week.
    sent('antoan', 'b1', '2026-11-22T16:59:00.000Z'),
    // Sent, returned, sent again this week: counts once, in its first week.
    sent('antoan', 'b1', '2026-11-24T02:00:00.000Z'),
    // Four weeks back, and five (out of the history).
    sent('antoan', 'b2', '2026-10-27T02:00:00.000Z'),
    sent('antoan', 'b3', '2026-10-20T02:00:00.000Z'),
    sent('antoan', 'b4', '2026-10-29T02:00:00.000Z'),
    // In the future of `now` (a clock skew): not counted.
    sent('treem', 'c1', '2026-11-27T02:00:00.000Z'),
  ]
  const report = quotaReport({
    unitIds: ['vieclam', 'antoan', 'treem'],
    submissions,
    quotaFor: (unit) => (unit === 'vieclam' ? 2 : 1),
    now,
  })
  const row = (unitId: string) => report.find((r) => r.unitId === unitId)!

  it('counts this week in Ha Noi time', () => {
    expect(report.map((r) => [r.unitId, r.thisWeek, r.behind])).toEqual([
      ['vieclam', 2, false],
      ['antoan', 0, true],
      ['treem', 0, true],
    ])
  })

  it('keeps the four complete weeks before this one, oldest first', () => {
    expect(row('antoan').lastWeeks).toEqual([
      { week: '2026-10-26', count: 2 },
      { week: '2026-11-02', count: 0 },
      { week: '2026-11-09', count: 0 },
      { week: '2026-11-16', count: 1 },
    ])
  })

  it.each([
    ['antoan', 'down'],
    ['vieclam', 'flat'],
  ])('%s trends %s', (unitId, trend) => {
    expect(row(unitId).trend).toBe(trend)
  })

  it('sees a rising unit', () => {
    const [r] = quotaReport({
      unitIds: ['u'],
      submissions: [sent('u', 'x', '2026-11-17T02:00:00.000Z')],
      quotaFor: () => 1,
      now,
    })
    expect(r!.trend).toBe('up')
  })
})

describe('isReminderDay', () => {
  it.each([
    ['2026-11-25T16:59:59.000Z', false], // Wednesday 23:59 in Ha Noi
    ['2026-11-25T17:00:00.000Z', true], // Thursday 00:00 in Ha Noi
    ['2026-11-29T10:00:00.000Z', true], // Sunday
    ['2026-11-29T17:00:00.000Z', false], // Monday in Ha Noi
  ])('%s → %s', (instant, expected) => {
    expect(isReminderDay(new Date(instant))).toBe(expected)
  })
})
