import { existsSync } from 'node:fs'

/**
 * Fault injection for the kill trials (`scripts/test/faults/publisher-kill.test.ts`). A switch
 * takes microseconds, so a test cannot hit it with a random SIGKILL; instead the publisher stops
 * at a named point and waits there to be killed. Inert unless `CONG_FAULT_PAUSE_AT` is set.
 *
 *   CONG_FAULT_PAUSE_AT=<point>      pause there (one of FAULT_POINTS)
 *   CONG_FAULT_ARMED_FILE=<file>     pause only while this file exists (so a test can let one
 *                                    build through, then arm the fault for the next)
 *   CONG_FAULT_PAUSE_MS=<ms>         how long to wait before going on (default 60 000)
 *
 * On pausing it writes `FAULT-PAUSE <point>` to stderr, which the test waits for.
 */
export const FAULT_POINTS = [
  /** The staged release is complete and checked; `.tmp-<id>` not yet renamed to `<id>`. */
  'before-commit',
  /** `<id>` is in place, `current` still points at the old release. */
  'after-commit',
  /** `current.tmp-<id>-<pid>` (the new link) exists, not yet renamed over `current`. */
  'before-switch',
  /** `current` points at the new release; the history line is not written yet. */
  'after-switch',
  /** An old release was renamed to `.trash-<id>` and is not deleted yet. */
  'prune',
] as const
export type FaultPoint = (typeof FAULT_POINTS)[number]

export async function faultPoint(point: FaultPoint, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.CONG_FAULT_PAUSE_AT !== point) return
  if (env.CONG_FAULT_ARMED_FILE && !existsSync(env.CONG_FAULT_ARMED_FILE)) return
  process.stderr.write(`FAULT-PAUSE ${point}\n`)
  await new Promise((resolve) => setTimeout(resolve, Number(env.CONG_FAULT_PAUSE_MS) || 60_000))
}
