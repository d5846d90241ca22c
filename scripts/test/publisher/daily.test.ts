import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextDailyRebuild, scheduleDailyRebuild } from '../../src/publisher/daily'

describe('nextDailyRebuild', () => {
  it.each([
    ['2026-11-23T05:00:00.000Z', '2026-11-23T17:05:00.000Z'], // noon in Ha Noi → 00:05 on the 24th
    ['2026-11-23T17:04:59.999Z', '2026-11-23T17:05:00.000Z'],
    ['2026-11-23T17:05:00.000Z', '2026-11-24T17:05:00.000Z'],
    ['2026-12-31T18:00:00.000Z', '2027-01-01T17:05:00.000Z'],
  ])('after %s comes %s', (now, next) => {
    expect(nextDailyRebuild(new Date(now)).toISOString()).toBe(next)
  })
})

describe('scheduleDailyRebuild', () => {
  afterEach(() => vi.useRealTimers())

  it('rebuilds once a day, at 00:05 in Ha Noi', () => {
    vi.useFakeTimers({ now: new Date('2026-11-23T05:00:00.000Z') })
    const rebuild = vi.fn()
    const stop = scheduleDailyRebuild(rebuild)
    vi.advanceTimersByTime(12 * 3_600_000 + 4 * 60_000)
    expect(rebuild).not.toHaveBeenCalled()
    vi.advanceTimersByTime(60_000)
    expect(rebuild).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(24 * 3_600_000)
    expect(rebuild).toHaveBeenCalledTimes(2)
    stop()
    vi.advanceTimersByTime(48 * 3_600_000)
    expect(rebuild).toHaveBeenCalledTimes(2)
  })
})
