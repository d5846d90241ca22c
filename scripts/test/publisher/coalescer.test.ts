import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Coalescer } from '../../src/publisher/coalescer'

/** A `run` whose builds take `buildMs` of fake time and are recorded with their events. */
function recorder(buildMs: number) {
  const batches: number[][] = []
  const run = async (batch: number[]) => {
    batches.push(batch)
    await new Promise((resolve) => setTimeout(resolve, buildMs))
  }
  return { batches, run }
}

describe('Coalescer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits for the quiet window before building', async () => {
    const { batches, run } = recorder(1_000)
    const c = new Coalescer({ run, quietMs: 1_500, maxWaitMs: 10_000 })
    c.push(1)
    await vi.advanceTimersByTimeAsync(1_499)
    expect(batches).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(batches).toEqual([[1]])
  })

  it('turns a burst of twenty publishes into one build', async () => {
    const { batches, run } = recorder(5_000)
    const c = new Coalescer({ run, quietMs: 1_500, maxWaitMs: 10_000 })
    for (let i = 0; i < 20; i++) {
      c.push(i)
      await vi.advanceTimersByTimeAsync(300)
    }
    await vi.advanceTimersByTimeAsync(60_000)
    expect(batches).toHaveLength(1)
    expect(batches[0]).toHaveLength(20)
  })

  it('builds at the latest maxWait after the first event, and once more for what came during the build', async () => {
    const { batches, run } = recorder(15_000)
    const c = new Coalescer({ run, quietMs: 1_500, maxWaitMs: 10_000 })
    // One event a second for twenty seconds: never quiet, so only maxWait starts the first build.
    for (let i = 0; i < 20; i++) {
      c.push(i)
      await vi.advanceTimersByTimeAsync(1_000)
    }
    await vi.advanceTimersByTimeAsync(120_000)
    expect(batches.length).toBeLessThanOrEqual(2)
    expect(batches.flat()).toEqual(Array.from({ length: 20 }, (_, i) => i))
    expect(batches[0]).toHaveLength(10) // events at 0 s … 9 s; the one at 10 s finds the build running
    await c.idle()
  })

  it('runs exactly one follow-up build for all events that arrived during a build', async () => {
    let finish!: () => void
    const batches: number[][] = []
    const c = new Coalescer<number>({
      quietMs: 100,
      maxWaitMs: 1_000,
      run: (batch) => {
        batches.push(batch)
        return batches.length === 1 ? new Promise<void>((resolve) => (finish = resolve)) : Promise.resolve()
      },
    })
    c.push(0)
    await vi.advanceTimersByTimeAsync(100)
    expect(batches).toEqual([[0]])
    for (let i = 1; i <= 5; i++) {
      c.push(i)
      await vi.advanceTimersByTimeAsync(2_000) // far beyond maxWait: still no second concurrent build
    }
    expect(batches).toHaveLength(1)
    expect(c.state()).toMatchObject({ running: [0], pending: [1, 2, 3, 4, 5] })
    finish()
    await vi.advanceTimersByTimeAsync(0)
    expect(batches).toEqual([[0], [1, 2, 3, 4, 5]])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(batches).toHaveLength(2)
    await expect(c.idle()).resolves.toBeUndefined()
  })

  it('keeps going after a build throws', async () => {
    const errors: unknown[] = []
    const batches: number[][] = []
    const c = new Coalescer<number>({
      quietMs: 10,
      run: async (batch) => {
        batches.push(batch)
        if (batch[0] === 1) throw new Error('boom')
      },
      onError: (e) => errors.push(e),
    })
    c.push(1)
    await vi.advanceTimersByTimeAsync(10)
    c.push(2)
    await vi.advanceTimersByTimeAsync(10)
    expect(batches).toEqual([[1], [2]])
    expect(errors).toHaveLength(1)
  })

  it('stop drops pending events', async () => {
    const { batches, run } = recorder(10)
    const c = new Coalescer({ run, quietMs: 100 })
    c.push(1)
    c.stop()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(batches).toEqual([])
    await expect(c.idle()).resolves.toBeUndefined()
  })
})
