import { execFile } from 'node:child_process'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const scriptsDir = fileURLToPath(new URL('../../', import.meta.url))
const tsx = path.join(scriptsDir, 'node_modules', '.bin', 'tsx')
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url))

/**
 * `pnpm audit:deps` as an operator runs it, with a stand-in `pnpm` first on PATH that prints a
 * recorded `pnpm audit --json` answer (and exits 1 like pnpm does when it finds something).
 */
let bin: string
beforeAll(async () => {
  bin = await mkdtemp(path.join(tmpdir(), 'cong-audit-'))
  await writeFile(path.join(bin, 'pnpm'), '#!/bin/sh\ncat "$FAKE_AUDIT_OUTPUT"\nexit 1\n')
  await chmod(path.join(bin, 'pnpm'), 0o755)
  await writeFile(
    path.join(bin, 'allow-send.json'),
    JSON.stringify({
      entries: [{ module: 'send', reason: 'Only used with fixed redirect targets.', expires: '2999-01-01' }],
    }),
  )
  await writeFile(
    path.join(bin, 'expired.json'),
    JSON.stringify({
      entries: [{ module: 'send', reason: 'Only used with fixed redirect targets.', expires: '2000-01-01' }],
    }),
  )
})
afterAll(() => rm(bin, { recursive: true, force: true }))

function audit(
  output: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      ['src/audit/main.ts'],
      {
        cwd: scriptsDir,
        env: {
          ...process.env,
          PATH: `${bin}:${process.env.PATH}`,
          FAKE_AUDIT_OUTPUT: path.join(fixtures, output),
          CONG_AUDIT_ALLOWLIST: path.join(bin, 'none.json'),
          CONG_AUDIT_REQUIRED: '',
          ...env,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    )
  })
}

describe('pnpm audit:deps', () => {
  it('exits 0 with SKIPPED when the registry answers 405, and 2 when the audit is required', async () => {
    const skipped = await audit('unreachable-405.json')
    expect(skipped.code).toBe(0)
    expect(skipped.stdout).toContain('The advisory database is unreachable')
    expect(skipped.stdout).toContain('SKIPPED')
    const required = await audit('unreachable-405.json', { CONG_AUDIT_REQUIRED: '1' })
    expect(required.code).toBe(2)
    expect(required.stderr).toMatch(/FAILED/)
  })

  it('exits 1 on a high advisory with a table naming it, and 0 once it is allow-listed', async () => {
    const failed = await audit('report-high-moderate.json')
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/severity\s+package\s+advisory\s+verdict/)
    expect(failed.stderr).toMatch(/high\s+send\s+GHSA-xxxx-high-0001\s+FAIL/)
    const allowed = await audit('report-high-moderate.json', {
      CONG_AUDIT_ALLOWLIST: path.join(bin, 'allow-send.json'),
    })
    expect(allowed.code).toBe(0)
    expect(allowed.stdout).toMatch(/PASSED/)
    const expired = await audit('report-clean.json', { CONG_AUDIT_ALLOWLIST: path.join(bin, 'expired.json') })
    expect(expired.code).toBe(1)
    expect(expired.stderr).toContain('expired on 2000-01-01')
  })

  it('reads the repository allow-list, which must itself be valid', async () => {
    const result = await audit('report-clean.json', {
      CONG_AUDIT_ALLOWLIST: path.join(scriptsDir, '..', 'audit-allowlist.json'),
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })
})
