/**
 * `pnpm audit:deps`: audits the production dependencies with `pnpm audit --prod --json` and
 * applies the policy of `policy.ts` with the repository's `audit-allowlist.json`.
 *
 * Exit codes: 0 passed or SKIPPED (advisory database unreachable); 1 blocking advisories or a bad
 * allow-list; 2 unreachable while CONG_AUDIT_REQUIRED=1, or pnpm itself failed.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { vietnamDate } from '@cong/shared/vnDate'
import { repoRoot } from '../lib/env'
import { evaluateAudit, failLevelFromEnv, formatAudit, type AuditInput } from './policy'

/** pnpm's codes when the registry's audit endpoint or the network does not answer usably. */
const UNREACHABLE =
  /AUDIT_BAD_RESPONSE|AUDIT_ENDPOINT|AUDIT_NO_RESPONSE|FETCH|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH/

class PnpmFailed extends Error {}

function runPnpmAudit(cwd: string): Promise<AuditInput> {
  return new Promise((resolve, reject) => {
    // pnpm exits 1 when it finds advisories: the JSON on stdout, not the exit code, says what happened.
    execFile(
      'pnpm',
      ['audit', '--prod', '--json'],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        let json: { error?: { code?: string; message?: string } } | undefined
        try {
          json = JSON.parse(stdout) as typeof json
        } catch {
          json = undefined
        }
        if (json?.error) {
          const reason = `${json.error.code ?? 'error'}: ${json.error.message ?? ''}`.trim()
          if (UNREACHABLE.test(reason)) resolve({ kind: 'unreachable', reason })
          else reject(new PnpmFailed(reason))
        } else if (json) {
          resolve({ kind: 'report', report: json })
        } else {
          const output = `${stderr}${stdout}`.trim() || String(error)
          if (UNREACHABLE.test(output)) resolve({ kind: 'unreachable', reason: output.split('\n')[0] })
          else reject(new PnpmFailed(output))
        }
      },
    )
  })
}

function readAllowlist(file: string): unknown {
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    // The policy reports the shape problem; a file that is not JSON at all is one too.
    return { invalidJson: String(error) }
  }
}

async function main(): Promise<number> {
  const root = repoRoot()
  const allowlistFile = process.env.CONG_AUDIT_ALLOWLIST ?? path.join(root, 'audit-allowlist.json')
  const required = process.env.CONG_AUDIT_REQUIRED === '1'
  let input: AuditInput
  try {
    input = await runPnpmAudit(root)
  } catch (error) {
    console.error(
      `✗ pnpm audit thất bại / pnpm audit failed: ${error instanceof Error ? error.message : String(error)}`,
    )
    return 2
  }
  const result = evaluateAudit(input, readAllowlist(allowlistFile), {
    today: vietnamDate(new Date()),
    failLevel: failLevelFromEnv(),
    required,
  })
  const text = formatAudit(result)
  if (result.status === 'fail') console.error(text)
  else console.log(text)
  if (result.status !== 'fail') return 0
  return result.unreachable ? 2 : 1
}

process.exitCode = await main()
