import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatDay, isoDay, yearOf } from './dates'

describe('dates in Vietnam time', () => {
  it.each([
    ['2025-06-18T02:30:00Z', 'vi', 'Thứ Tư, 18/06/2025, 09:30 (GMT+7)'],
    ['2025-06-18T02:30:00Z', 'en', 'Wednesday 18 June 2025, 09:30 (GMT+7)'],
    // 20:00 UTC is already the next morning in Hanoi.
    ['2025-06-17T20:00:00Z', 'vi', 'Thứ Tư, 18/06/2025, 03:00 (GMT+7)'],
    ['2025-06-15T01:00:00Z', 'vi', 'Chủ Nhật, 15/06/2025, 08:00 (GMT+7)'],
  ] as const)('formatDateTime(%s, %s)', (iso, locale, expected) => {
    expect(formatDateTime(iso, locale)).toBe(expected)
  })

  it.each([
    ['2025-06-18T02:30:00Z', 'vi', '18/06/2025'],
    ['2025-06-18T02:30:00Z', 'en', '18 Jun 2025'],
  ] as const)('formatDate(%s, %s)', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected)
  })

  it.each([
    ['2024-12-31T16:59:59Z', '2024-12-31', '2024'],
    ['2024-12-31T17:00:00Z', '2025-01-01', '2025'],
  ])('%s is %s in year %s', (iso, day, year) => {
    expect(isoDay(iso)).toBe(day)
    expect(yearOf(iso)).toBe(year)
  })

  it.each([
    ['2025-01-01', 'vi', '01/01/2025'],
    ['2025-01-01', 'en', '1 January 2025'],
    ['2026-12-31', 'en', '31 December 2026'],
  ] as const)('formatDay(%s, %s) keeps the calendar day', (day, locale, expected) => {
    expect(formatDay(day, locale)).toBe(expected)
  })
})
