import { describe, expect, it } from 'vitest'
import { packageOf, topSelfTime, type CpuProfile } from '../../src/bench/profile'

describe('packageOf', () => {
  it.each([
    ['file:///r/node_modules/.pnpm/payload@3.90.2/node_modules/payload/dist/fields/x.js', 'payload'],
    ['file:///r/node_modules/.pnpm/@payloadcms+drizzle@3/node_modules/@payloadcms/drizzle/dist/a.js', '@payloadcms/drizzle'],
    ['file:///r/cms/src/publishing/snapshot.ts', 'cms/src (ours)'],
    ['file:///r/shared/src/routes.ts', 'shared/src (ours)'],
    ['node:internal/streams/readable', '(node)'],
    ['', '(native, idle or garbage collection)'],
  ])('%s → %s', (url, expected) => expect(packageOf(url)).toBe(expected))
})

describe('topSelfTime', () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 })
  // Samples name the node running when taken; each lasts until the next sample (deltas in µs).
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '') },
      { id: 2, callFrame: frame('afterRead', 'file:///r/node_modules/payload/dist/a.js') },
      { id: 3, callFrame: frame('toJson', 'file:///r/cms/src/publishing/snapshot.ts') },
      { id: 4, callFrame: frame('promise', 'file:///r/node_modules/payload/dist/b.js') },
    ],
    startTime: 0,
    endTime: 10_000,
    samples: [2, 3, 2, 4, 1],
    timeDeltas: [0, 3_000, 1_000, 2_000, 4_000],
  }

  it('sums self time per function and per package, largest first, with its share', () => {
    const { functions, packages } = topSelfTime(profile, 10)
    expect(functions.map((f) => [f.name, f.ms])).toEqual([
      ['afterRead', 5],
      ['promise', 4],
      ['toJson', 1],
      ['(root)', 0],
    ])
    expect(functions[0].where).toBe('payload/dist/a.js:10')
    expect(packages.map((p) => [p.name, p.ms, Math.round(p.share)])).toEqual([
      ['payload', 9, 90],
      ['cms/src (ours)', 1, 10],
      ['(native, idle or garbage collection)', 0, 0],
    ])
  })

  it('keeps only the top entries', () => {
    expect(topSelfTime(profile, 1).functions.map((f) => f.name)).toEqual(['afterRead'])
  })
})
