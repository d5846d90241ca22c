import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ReplayGuard } from '../../src/publisher/replay-guard'
import { tempDir } from './helpers'

describe('ReplayGuard', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ dir, cleanup } = await tempDir()))
  afterEach(() => cleanup())

  it('accepts a delivery id once', () => {
    const guard = new ReplayGuard(null, 300, () => 1_000)
    expect(guard.accept('a', 1_000)).toBe(true)
    expect(guard.accept('a', 1_000)).toBe(false)
    expect(guard.accept('b', 1_000)).toBe(true)
  })

  it('still refuses a seen id after a restart', () => {
    const file = path.join(dir, 'publisher', 'deliveries.json')
    new ReplayGuard(file, 300, () => 1_000).accept('a', 1_000)
    const restarted = new ReplayGuard(file, 300, () => 1_100)
    expect(restarted.accept('a', 1_000)).toBe(false)
  })

  it('forgets an id once its timestamp is outside the window', () => {
    let now = 1_000
    const guard = new ReplayGuard(null, 300, () => now)
    guard.accept('a', 1_000)
    now = 1_300
    expect(guard.accept('a', 1_000)).toBe(false) // still acceptable by timestamp, so still refused
    now = 1_302
    guard.accept('other', now)
    expect(guard.size).toBe(1)
  })

  it('remembers ids signed slightly in the future for long enough', () => {
    let now = 1_000
    const guard = new ReplayGuard(null, 300, () => now)
    guard.accept('a', 1_250)
    now = 1_540 // the timestamp check would still accept 1_250 here
    expect(guard.accept('a', 1_250)).toBe(false)
  })
})
