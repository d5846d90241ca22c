import { describe, expect, it } from 'vitest'
import { checkPeriod, daysLeft, draftStatus, periodLength, periodState } from './commentPeriod'

const period = { opensOn: '2026-11-01', closesOn: '2026-11-30' }

describe('periodState', () => {
  it.each([
    ['2026-10-31T16:59:59.999Z', 'not-yet-open'],
    ['2026-10-31T17:00:00.000Z', 'open'], // 00:00 on 1 Nov in Ha Noi
    ['2026-11-15T05:00:00.000Z', 'open'],
    ['2026-11-30T16:59:59.999Z', 'open'], // 23:59:59.999 on 30 Nov in Ha Noi
    ['2026-11-30T17:00:00.000Z', 'closed'],
    ['2027-01-01T00:00:00.000Z', 'closed'],
  ])('at %s the period is %s', (instant, state) => {
    expect(periodState(period, new Date(instant))).toBe(state)
  })

  it('a one-day period is open for that whole day', () => {
    const day = { opensOn: '2026-11-23', closesOn: '2026-11-23' }
    expect(periodState(day, new Date('2026-11-22T17:00:00.000Z'))).toBe('open')
    expect(periodState(day, new Date('2026-11-23T16:59:59.999Z'))).toBe('open')
    expect(periodState(day, new Date('2026-11-23T17:00:00.000Z'))).toBe('closed')
  })
})

describe('daysLeft', () => {
  it.each([
    ['2026-10-20T00:00:00.000Z', 30], // not open yet: the whole period
    ['2026-10-31T17:00:00.000Z', 30], // first minute
    ['2026-11-29T10:00:00.000Z', 2],
    ['2026-11-29T17:30:00.000Z', 1], // already 30 Nov in Ha Noi, though 29 Nov in UTC
    ['2026-11-30T16:59:59.999Z', 1],
    ['2026-11-30T17:00:00.000Z', 0],
  ])('at %s: %d days left', (instant, days) => {
    expect(daysLeft(period, new Date(instant))).toBe(days)
  })
})

describe('period checks', () => {
  it('counts both ends', () => {
    expect(periodLength(period)).toBe(30)
    expect(periodLength({ opensOn: '2026-11-23', closesOn: '2026-11-23' })).toBe(1)
  })

  it.each([
    [{ opensOn: '2026-11-01', closesOn: '2026-11-30' }, null],
    [{ opensOn: '2026-11-23', closesOn: '2026-11-23' }, null],
    [{ opensOn: '2026-11-30', closesOn: '2026-11-01' }, 'closes-before-opens'],
  ])('%j → %s', (p, expected) => {
    expect(checkPeriod(p)).toBe(expected)
  })
})

describe('draftStatus', () => {
  it.each([
    ['2026-10-15T00:00:00.000Z', undefined, 'upcoming'],
    ['2026-11-15T00:00:00.000Z', undefined, 'open'],
    ['2026-12-15T00:00:00.000Z', undefined, 'closed'],
    ['2026-12-15T00:00:00.000Z', null, 'closed'],
    ['2026-12-15T00:00:00.000Z', 'doc-1', 'issued'],
    // Issued early (rare, but the link is the fact that counts).
    ['2026-11-15T00:00:00.000Z', 'doc-1', 'issued'],
  ])('at %s with resulting document %j: %s', (instant, resultingDocumentId, status) => {
    expect(draftStatus({ ...period, resultingDocumentId }, new Date(instant))).toBe(status)
  })
})
