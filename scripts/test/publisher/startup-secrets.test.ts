import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, requireSecret } from '../../src/publisher/config'
import { tempDir } from './helpers'

const scriptsDir = fileURLToPath(new URL('../../', import.meta.url))
const tsx = path.join(scriptsDir, 'node_modules', '.bin', 'tsx')

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir, cleanup } = await tempDir()))
afterAll(() => cleanup())

/** `tsx src/publisher/main.ts` as `pnpm portal` or systemd starts it. */
function startPublisher(secret: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const env = {
      ...process.env,
      NO_COLOR: '1',
      CONG_VAR_DIR: dir,
      PUBLISHER_PORT: '1',
      PUBLISHER_WEBHOOK_SECRET: secret,
    }
    execFile(
      tsx,
      ['src/publisher/main.ts'],
      { cwd: scriptsDir, env, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr }),
    )
  })
}

describe('publisher start without its webhook secret', () => {
  it('exits 1 saying the secret is not set, before it listens or touches var/', async () => {
    // An empty value wins over any .env: this is the "not set" case as the process sees it.
    const { code, output } = await startPublisher('')
    expect(code).toBe(1)
    expect(output).toContain('PUBLISHER_WEBHOOK_SECRET chưa được đặt / is not set')
    expect(existsSync(path.join(dir, 'publisher'))).toBe(false)
  })

  it('exits 1 on a secret shorter than 16 characters', async () => {
    const { code, output } = await startPublisher('only-15-chars!!')
    expect(code).toBe(1)
    expect(output).toContain('PUBLISHER_WEBHOOK_SECRET is too short (15 characters; at least 16)')
    expect(existsSync(path.join(dir, 'publisher'))).toBe(false)
  })

  it('takes a secret of 16 characters or more as given, never a default', () => {
    expect(requireSecret({ ...process.env, PUBLISHER_WEBHOOK_SECRET: 'exactly-16-chars' })).toBe(
      'exactly-16-chars',
    )
    expect(() => requireSecret({ ...process.env, PUBLISHER_WEBHOOK_SECRET: undefined })).toThrow(ConfigError)
  })
})
