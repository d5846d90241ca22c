import { createHash } from 'node:crypto'

/**
 * Pseudo-random bytes fixed by `key`, for codes the seed must draw the same on every run (so a
 * re-run finds what it created by that code) with the same generator the endpoints use.
 */
export function seededBytes(key: string): (n: number) => Uint8Array {
  let counter = 0
  return (n) => {
    const out = Buffer.alloc(n)
    for (let filled = 0; filled < n;) {
      filled += createHash('sha256').update(`${key}#${counter++}`).digest().copy(out, filled)
    }
    return out
  }
}
