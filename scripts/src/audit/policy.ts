/**
 * The dependency-audit policy (`pnpm audit:deps`), kept apart from running pnpm so it can be
 * tested on recorded reports:
 *
 * - an advisory of severity `high` or `critical` in a production dependency fails the audit,
 *   unless `audit-allowlist.json` lists it with a reason and an expiry date;
 * - `moderate` and below are printed as warnings and do not fail: they usually need a specific
 *   use of the package to matter and are triaged by a maintainer (`CONG_AUDIT_FAIL_LEVEL=moderate`
 *   makes them fail too);
 * - an allow-list entry past its `expires` date fails the audit whether or not the advisory is
 *   still reported, so every exception is looked at again; a malformed entry fails the same way;
 * - an advisory database that cannot be reached is SKIPPED (exit 0): CI runs offline and cannot
 *   audit; a deployment runs the command where the endpoint answers, with
 *   `CONG_AUDIT_REQUIRED=1`, which turns SKIPPED into a failure.
 */
import { z } from 'zod'
import { table } from '../lib/format'

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const
export type Severity = (typeof SEVERITIES)[number]

/** One advisory of `pnpm audit --json` (npm's audit report format); unknown fields are ignored. */
const advisorySchema = z.object({
  id: z.union([z.number(), z.string()]),
  module_name: z.string(),
  severity: z.enum(SEVERITIES),
  title: z.string().default(''),
  url: z.string().optional(),
  github_advisory_id: z.string().optional(),
  cves: z.array(z.string()).optional(),
  vulnerable_versions: z.string().optional(),
  patched_versions: z.string().optional(),
  findings: z.array(z.object({ version: z.string(), paths: z.array(z.string()).default([]) })).default([]),
})
export type Advisory = z.infer<typeof advisorySchema>

const reportSchema = z.object({ advisories: z.record(z.string(), advisorySchema).default({}) })

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')

const allowEntrySchema = z
  .object({
    /** npm advisory number, GHSA id or CVE id. */
    id: z.union([z.number(), z.string().min(1)]).optional(),
    /** Package name: alone it allows every advisory of that package, with `id` it must match too. */
    module: z.string().min(1).optional(),
    reason: z.string().trim().min(10, 'explain why the advisory does not apply (10 characters at least)'),
    expires: isoDate,
  })
  .strict()
  .refine((entry) => entry.id !== undefined || entry.module !== undefined, 'needs an id or a module')
export type AllowEntry = z.infer<typeof allowEntrySchema>

const allowlistSchema = z
  .object({ $comment: z.string().optional(), entries: z.array(allowEntrySchema) })
  .strict()

/** What running the audit produced: a report, or the reason the advisory database was not reached. */
export type AuditInput = { kind: 'report'; report: unknown } | { kind: 'unreachable'; reason: string }

export interface AuditRow {
  severity: Severity
  module: string
  id: string
  title: string
  verdict: 'fail' | 'allowed' | 'warn'
  note: string
}

export interface AuditResult {
  status: 'pass' | 'fail' | 'skipped'
  rows: AuditRow[]
  /** Reasons for a failure that are not advisories: expired or malformed allow-list entries, an unreadable report. */
  problems: string[]
  /** Allow-list entries that matched no advisory: harmless, but they should be removed. */
  unused: AllowEntry[]
  unreachable?: string
}

export interface PolicyOptions {
  /** `YYYY-MM-DD` in Viet Nam; an entry expiring today is still valid today. */
  today: string
  failLevel?: Severity
  /** CONG_AUDIT_REQUIRED=1: an unreachable advisory database fails instead of being skipped. */
  required?: boolean
}

export function failLevelFromEnv(env: Record<string, string | undefined> = process.env): Severity {
  const raw = env.CONG_AUDIT_FAIL_LEVEL?.trim()
  if (!raw) return 'high'
  if (!(SEVERITIES as readonly string[]).includes(raw)) {
    throw new Error(`CONG_AUDIT_FAIL_LEVEL must be one of ${SEVERITIES.join(', ')}, got "${raw}"`)
  }
  return raw as Severity
}

const advisoryIds = (advisory: Advisory): string[] => [
  String(advisory.id),
  ...(advisory.github_advisory_id ? [advisory.github_advisory_id] : []),
  ...(advisory.cves ?? []),
]

const matches = (entry: AllowEntry, advisory: Advisory): boolean =>
  (entry.module === undefined || entry.module === advisory.module_name) &&
  (entry.id === undefined ||
    advisoryIds(advisory).some((id) => id.toLowerCase() === String(entry.id).toLowerCase()))

const label = (entry: AllowEntry) => [entry.module, entry.id].filter((part) => part !== undefined).join(' ')

/** Applies the policy; `allowlist` is the parsed JSON of `audit-allowlist.json` (or `undefined` when there is none). */
export function evaluateAudit(input: AuditInput, allowlist: unknown, options: PolicyOptions): AuditResult {
  const problems: string[] = []
  let entries: AllowEntry[] = []
  if (allowlist !== undefined) {
    const parsed = allowlistSchema.safeParse(allowlist)
    if (parsed.success) entries = parsed.data.entries
    else {
      for (const issue of parsed.error.issues) {
        problems.push(`audit-allowlist.json ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      }
    }
  }
  const live: AllowEntry[] = []
  for (const entry of entries) {
    if (entry.expires < options.today) {
      problems.push(
        `allow-list entry ${label(entry)} expired on ${entry.expires}: fix the dependency or renew the entry with a new reason`,
      )
    } else live.push(entry)
  }

  if (input.kind === 'unreachable') {
    const status = options.required || problems.length ? 'fail' : 'skipped'
    if (options.required)
      problems.push(
        `the advisory database is required (CONG_AUDIT_REQUIRED=1) but unreachable: ${input.reason}`,
      )
    return { status, rows: [], problems, unused: [], unreachable: input.reason }
  }

  const report = reportSchema.safeParse(input.report)
  if (!report.success) {
    problems.push(
      `unreadable audit report: ${report.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    )
    return { status: 'fail', rows: [], problems, unused: [] }
  }
  const failAt = SEVERITIES.indexOf(options.failLevel ?? 'high')
  const used = new Set<AllowEntry>()
  const rows: AuditRow[] = Object.values(report.data.advisories).map((advisory) => {
    const base = {
      severity: advisory.severity,
      module: advisory.module_name,
      id: advisory.github_advisory_id ?? String(advisory.id),
      title: advisory.title,
    }
    const allowedBy = live.find((entry) => matches(entry, advisory))
    if (allowedBy) {
      used.add(allowedBy)
      return { ...base, verdict: 'allowed', note: `allowed until ${allowedBy.expires}: ${allowedBy.reason}` }
    }
    if (SEVERITIES.indexOf(advisory.severity) >= failAt) {
      const fix = advisory.patched_versions ? `fixed in ${advisory.patched_versions}` : 'no fix yet'
      return { ...base, verdict: 'fail', note: fix }
    }
    return { ...base, verdict: 'warn', note: `below the ${SEVERITIES[failAt]} threshold` }
  })
  rows.sort(
    (a, b) =>
      SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.module.localeCompare(b.module),
  )
  const failed = rows.some((row) => row.verdict === 'fail') || problems.length > 0
  return {
    status: failed ? 'fail' : 'pass',
    rows,
    problems,
    unused: live.filter((entry) => !used.has(entry)),
  }
}

const VERDICT = { fail: 'FAIL', allowed: 'allowed', warn: 'warn' } as const

/** The terminal report, Vietnamese / English, ending with the verdict line. */
export function formatAudit(result: AuditResult): string {
  const out: string[] = []
  if (result.unreachable) {
    out.push(
      'Không truy cập được cơ sở dữ liệu lỗ hổng / The advisory database is unreachable:',
      `  ${result.unreachable}`,
      '  CI chạy ngoại tuyến nên không kiểm tra được; hãy chạy `pnpm audit:deps` ở nơi truy cập được registry',
      '  (CONG_AUDIT_REQUIRED=1 để coi đây là lỗi). / CI runs offline and cannot audit: run `pnpm audit:deps`',
      '  where the registry answers (CONG_AUDIT_REQUIRED=1 makes this a failure).',
    )
  }
  if (result.rows.length) {
    out.push(
      table(
        ['severity', 'package', 'advisory', 'verdict', 'title / note'],
        result.rows.map((row) => [
          row.severity,
          row.module,
          row.id,
          VERDICT[row.verdict],
          `${row.title} — ${row.note}`,
        ]),
      ),
    )
  } else if (!result.unreachable && result.status !== 'fail') {
    out.push('Không có lỗ hổng nào trong các gói production / No advisories in production dependencies.')
  }
  for (const entry of result.unused) {
    out.push(`Mục allow-list không còn dùng, hãy xoá / Unused allow-list entry, remove it: ${label(entry)}`)
  }
  for (const problem of result.problems) out.push(`✗ ${problem}`)
  const failing = result.rows.filter((row) => row.verdict === 'fail').length
  out.push(
    result.status === 'skipped'
      ? 'SKIPPED: chưa kiểm tra được phụ thuộc / dependencies were not audited.'
      : result.status === 'pass'
        ? 'PASSED: không có lỗ hổng bị chặn / no blocking advisories.'
        : `FAILED: ${failing} lỗ hổng bị chặn, ${result.problems.length} lỗi khác / ${failing} blocking advisories, ${result.problems.length} other problems.`,
  )
  return out.join('\n')
}
