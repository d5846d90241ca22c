import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluateAudit, failLevelFromEnv, formatAudit, type AuditInput } from '../../src/audit/policy'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))
const report = (name: string): AuditInput => ({ kind: 'report', report: fixture(name) })
const unreachable: AuditInput = {
  kind: 'unreachable',
  reason: `ERR_PNPM_AUDIT_BAD_RESPONSE: ${(fixture('unreachable-405.json') as { error: { message: string } }).error.message}`,
}
const TODAY = '2026-12-07'
const allow = (...entries: object[]) => ({ entries })

describe('dependency audit policy', () => {
  it('fails on an advisory of severity high, naming it and its fix, and only warns on moderate', () => {
    const result = evaluateAudit(report('report-high-moderate.json'), allow(), { today: TODAY })
    expect(result.status).toBe('fail')
    expect(result.rows.map((row) => [row.module, row.severity, row.verdict])).toEqual([
      ['send', 'high', 'fail'],
      ['cookie', 'moderate', 'warn'],
    ])
    const text = formatAudit(result)
    expect(text).toMatch(
      /high\s+send\s+GHSA-xxxx-high-0001\s+FAIL\s+Template injection in redirect — fixed in >=1\.2\.1/,
    )
    expect(text).toMatch(/moderate\s+cookie\s+GHSA-yyyy-mod-0002\s+warn/)
    expect(text.split('\n').at(-1)).toBe(
      'FAILED: 1 lỗ hổng bị chặn, 0 lỗi khác / 1 blocking advisories, 0 other problems.',
    )
  })

  it('fails on moderate too when CONG_AUDIT_FAIL_LEVEL=moderate', () => {
    const failLevel = failLevelFromEnv({ CONG_AUDIT_FAIL_LEVEL: 'moderate' })
    const allowed = allow({
      id: 'GHSA-xxxx-high-0001',
      reason: 'Only used with fixed redirect targets.',
      expires: '2027-01-31',
    })
    const result = evaluateAudit(report('report-high-moderate.json'), allowed, { today: TODAY, failLevel })
    expect(result.status).toBe('fail')
    expect(result.rows.find((row) => row.module === 'cookie')?.verdict).toBe('fail')
    expect(() => failLevelFromEnv({ CONG_AUDIT_FAIL_LEVEL: 'severe' })).toThrow(
      /CONG_AUDIT_FAIL_LEVEL must be one of/,
    )
    expect(failLevelFromEnv({})).toBe('high')
  })

  it.each([
    ['the GHSA id', { id: 'GHSA-xxxx-high-0001' }],
    ['the npm advisory number', { id: 1101234 }],
    ['the CVE id', { id: 'cve-2026-10001' }],
    ['the package', { module: 'send' }],
    ['the package and id together', { module: 'send', id: 'GHSA-xxxx-high-0001' }],
  ])('passes a high advisory allow-listed by %s until its expiry date, showing the reason', (_, key) => {
    const entry = { ...key, reason: 'Only used with fixed redirect targets.', expires: TODAY }
    const result = evaluateAudit(report('report-high-moderate.json'), allow(entry), { today: TODAY })
    expect(result.status).toBe('pass')
    expect(result.rows[0]).toMatchObject({ module: 'send', verdict: 'allowed' })
    expect(formatAudit(result)).toMatch(
      /allowed\s+Template injection in redirect — allowed until 2026-12-07: Only used with fixed redirect targets\./,
    )
    expect(formatAudit(result).split('\n').at(-1)).toMatch(/^PASSED/)
  })

  it('does not let an entry for another package or advisory allow it', () => {
    const entries = [
      {
        module: 'cookie',
        id: 'GHSA-xxxx-high-0001',
        reason: 'Wrong package for this advisory.',
        expires: '2027-01-31',
      },
      { id: 'GHSA-zzzz-other-0003', reason: 'An advisory that is not reported.', expires: '2027-01-31' },
    ]
    const result = evaluateAudit(report('report-high-moderate.json'), allow(...entries), { today: TODAY })
    expect(result.status).toBe('fail')
    expect(result.unused).toHaveLength(2)
    expect(formatAudit(result)).toContain('Unused allow-list entry, remove it: GHSA-zzzz-other-0003')
  })

  it('fails on an expired allow-list entry, even when the advisory is gone', () => {
    const expired = {
      id: 'GHSA-xxxx-high-0001',
      reason: 'Only used with fixed redirect targets.',
      expires: '2026-12-06',
    }
    const withAdvisory = evaluateAudit(report('report-high-moderate.json'), allow(expired), { today: TODAY })
    expect(withAdvisory.status).toBe('fail')
    expect(withAdvisory.rows[0].verdict).toBe('fail')
    const clean = evaluateAudit(report('report-clean.json'), allow(expired), { today: TODAY })
    expect(clean.status).toBe('fail')
    expect(formatAudit(clean)).toContain('✗ allow-list entry GHSA-xxxx-high-0001 expired on 2026-12-06')
  })

  it.each([
    ['no reason', { id: 'GHSA-1', expires: '2027-01-01' }, /reason/],
    ['a token reason', { id: 'GHSA-1', reason: 'ok', expires: '2027-01-01' }, /explain why/],
    ['no expiry', { id: 'GHSA-1', reason: 'Not reachable from any route.' }, /expires/],
    [
      'a loose date',
      { id: 'GHSA-1', reason: 'Not reachable from any route.', expires: '31/01/2027' },
      /YYYY-MM-DD/,
    ],
    [
      'neither id nor module',
      { reason: 'Not reachable from any route.', expires: '2027-01-01' },
      /needs an id or a module/,
    ],
    [
      'an unknown field',
      { id: 'GHSA-1', reason: 'Not reachable from any route.', expires: '2027-01-01', until: 'x' },
      /until|unrecognized/i,
    ],
  ])('refuses an allow-list entry with %s', (_, entry, message) => {
    const result = evaluateAudit(report('report-clean.json'), allow(entry), { today: TODAY })
    expect(result.status).toBe('fail')
    expect(result.problems.join('\n')).toMatch(message)
  })

  it('passes a clean report and an absent allow-list', () => {
    const result = evaluateAudit(report('report-clean.json'), undefined, { today: TODAY })
    expect(result).toMatchObject({ status: 'pass', rows: [], problems: [] })
    expect(formatAudit(result)).toContain('No advisories in production dependencies.')
  })

  it('fails on a report it cannot read instead of passing it', () => {
    const result = evaluateAudit(
      { kind: 'report', report: { advisories: { 1: { id: 1, severity: 'dire' } } } },
      undefined,
      { today: TODAY },
    )
    expect(result.status).toBe('fail')
    expect(result.problems[0]).toMatch(/unreadable audit report/)
  })

  it('says SKIPPED when the advisory database is unreachable, and fails when it is required', () => {
    const skipped = evaluateAudit(unreachable, allow(), { today: TODAY })
    expect(skipped.status).toBe('skipped')
    const text = formatAudit(skipped)
    expect(text).toContain('The advisory database is unreachable')
    expect(text).toContain('responded with 405')
    expect(text.split('\n').at(-1)).toBe(
      'SKIPPED: chưa kiểm tra được phụ thuộc / dependencies were not audited.',
    )
    const required = evaluateAudit(unreachable, allow(), { today: TODAY, required: true })
    expect(required.status).toBe('fail')
    expect(formatAudit(required)).toContain('required (CONG_AUDIT_REQUIRED=1) but unreachable')
  })

  it('still fails on an expired allow-list entry when the database is unreachable', () => {
    const expired = {
      module: 'send',
      reason: 'Only used with fixed redirect targets.',
      expires: '2026-01-01',
    }
    expect(evaluateAudit(unreachable, allow(expired), { today: TODAY }).status).toBe('fail')
  })
})
