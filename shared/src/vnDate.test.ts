import { describe, expect, it } from 'vitest'
import {
  formatVietnamDateTime,
  addCalendarDays,
  daysBetween,
  endOfVietnamDay,
  formatVietnameseDate,
  isIsoDate,
  isoWeekday,
  startOfVietnamDay,
  toVietnamDate,
  vietnamDate,
} from './vnDate'

describe('isIsoDate', () => {
  it.each([
    ['2026-11-23', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-11-31', false],
    ['23/11/2026', false],
    ['2026-11-23T00:00:00Z', false],
    [20261123, false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected)
  })
})

describe('Vietnamese days', () => {
  it('starts a day at 00:00 and ends it at 23:59:59.999 in UTC+7', () => {
    expect(startOfVietnamDay('2026-11-30').toISOString()).toBe('2026-11-29T17:00:00.000Z')
    expect(endOfVietnamDay('2026-11-30').toISOString()).toBe('2026-11-30T16:59:59.999Z')
  })

  it.each([
    ['2026-11-29T16:59:59.999Z', '2026-11-29'],
    ['2026-11-29T17:00:00.000Z', '2026-11-30'],
    ['2026-12-31T17:00:00.000Z', '2027-01-01'],
  ])('%s is %s in Viet Nam', (instant, date) => {
    expect(vietnamDate(new Date(instant))).toBe(date)
  })

  it.each([
    // How Payload stores a picked day: midnight UTC, or midnight in Viet Nam.
    ['2017-02-17T00:00:00.000Z', '2017-02-17'],
    ['2017-02-16T17:00:00.000Z', '2017-02-17'],
    ['2017-02-17', '2017-02-17'],
  ])('stored %s reads as %s', (value, date) => {
    expect(toVietnamDate(value)).toBe(date)
  })

  it('refuses a value that is not a date', () => {
    expect(() => toVietnamDate('không phải ngày')).toThrow(RangeError)
  })

  it.each([
    ['2026-11-23', '2026-11-23', 0],
    ['2026-11-23', '2026-11-30', 7],
    ['2026-11-30', '2026-11-23', -7],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-12-31', '2027-01-01', 1],
  ])('%s to %s is %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days)
  })

  it('writes dates the Vietnamese way', () => {
    expect(formatVietnameseDate('2026-01-05')).toBe('05/01/2026')
  })
})

describe('calendar arithmetic', () => {
  it.each([
    ['2026-11-23', 6, '2026-11-29'],
    ['2026-11-23', -28, '2026-10-26'],
    ['2026-12-28', 7, '2027-01-04'],
    ['2024-02-28', 1, '2024-02-29'],
  ])('%s + %d days = %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected)
  })

  it.each([
    ['2026-11-23', 1],
    ['2026-11-26', 4],
    ['2026-11-29', 7],
  ])('%s is ISO weekday %d', (date, day) => {
    expect(isoWeekday(date)).toBe(day)
  })
})

describe('formatVietnamDateTime', () => {
  it.each([
    ['2026-11-23T18:30:00.000Z', '24/11/2026 01:30'],
    ['2026-01-01T00:00:00Z', '01/01/2026 07:00'],
    ['2025-12-31T16:59:59.999Z', '31/12/2025 23:59'],
    ['2025-12-31T17:00:00.000Z', '01/01/2026 00:00'],
  ])('%s → %s', (iso, expected) => {
    expect(formatVietnamDateTime(iso)).toBe(expected)
    expect(formatVietnamDateTime(new Date(iso))).toBe(expected)
  })
})
