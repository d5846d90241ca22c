import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseEnv } from 'node:util'

/** The checkout's root folder (this file is `scripts/src/lib/env.ts`). */
export function repoRoot(): string {
  return fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '')
}

/**
 * Reads KEY=VALUE lines from `file` into `process.env`. Variables already set win, so a value
 * given on the command line or by `pnpm portal` is never silently replaced by the file.
 * Returns the keys it set; a missing file sets nothing.
 */
export function loadEnvFile(file = path.join(repoRoot(), '.env')): string[] {
  if (!existsSync(file)) return []
  const parsed = parseEnv(readFileSync(file, 'utf8'))
  const set: string[] = []
  for (const [key, value] of Object.entries(parsed)) {
    if (process.env[key] !== undefined || value === undefined) continue
    process.env[key] = value
    set.push(key)
  }
  return set
}

/** Releases, build records and publisher state (`CONG_VAR_DIR`, default `<repo>/var`). */
export function varDir(): string {
  return path.resolve(process.env.CONG_VAR_DIR ?? path.join(repoRoot(), 'var'))
}

/** A positive integer from the environment, or `fallback`; a malformed value is an error, not a silent default. */
export function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`)
  return value
}
