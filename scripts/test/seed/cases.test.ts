import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Case } from '@cong/shared/payload-types'
import { CASE_STATES, REJECTION_REASONS } from '@cong/shared/caseWorkflow'
import { CASE_TYPE_CODES, SENDER_KIND_CODES } from '@cong/shared/citizenCase'
import { LEGAL_FIELD_CODES } from '@cong/shared/legalVocabulary'
import { deadlineStanding } from '@cong/shared/workingDays'
import { bootPayload } from '../../../cms/test/helpers/payload'
import { loadCaseCalendar } from '../../../cms/src/cases/calendar'
import { CASE_SETTINGS, CASE_UNITS, planCases } from '../../src/seed/cases'
import { seed, type SeedReport } from '../../src/seed/seed'
import { DEMO_LOGINS } from '../../src/seed/users'

process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
process.env.PUBLISHER_WEBHOOK_SECRET ??= 'test-webhook-secret-0123456789abcdef'
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'
process.env.CONG_JOBS_AUTORUN = 'false'

const casesStep = (report: SeedReport) => report.steps.find((s) => s.step === 'Citizen cases')!

describe('the planned demo cases (no CMS)', () => {
  const now = new Date('2026-11-23T08:00:00Z')
  const plan = planCases(now)

  it('draws the same cases and tracking codes on every run, whatever the day', () => {
    const later = planCases(new Date('2027-03-02T02:00:00Z'))
    expect(later.map((c) => c.trackingCode)).toEqual(plan.map((c) => c.trackingCode))
    expect(new Set(plan.map((c) => c.trackingCode)).size).toBe(plan.length)
    expect(planCases(now)).toEqual(plan)
  })

  it('covers every field, type and sender kind, and never writes to a real address', () => {
    expect(new Set(plan.map((c) => c.sent.field))).toEqual(new Set(LEGAL_FIELD_CODES))
    expect(new Set(plan.map((c) => c.sent.type))).toEqual(new Set(CASE_TYPE_CODES))
    expect(new Set(plan.map((c) => c.sent.senderKind))).toEqual(new Set(SENDER_KIND_CODES))
    for (const c of plan) {
      if (c.sent.email) expect(c.sent.email).toMatch(/@example\.com$/)
      if (c.sent.phone) expect(c.sent.phone).toMatch(/^09\d{8}$/)
      expect(c.receivedAt.getTime()).toBeLessThanOrEqual(now.getTime())
      expect(c.receivedAt.getTime()).toBeGreaterThan(now.getTime() - 366 * 86_400_000)
      if (c.answeredAt) expect(c.answeredAt.getTime()).toBeLessThan(now.getTime())
    }
  })

  it('keeps the sender out of what Q&A publishes', () => {
    for (const c of plan.filter((p) => p.visibility === 'public')) {
      expect(c.publicQuestion).toBeTruthy()
      expect(c.publicQuestion).not.toContain(c.sent.name)
    }
  })

  it('every handling unit has a case handler among the demo logins', () => {
    for (const unit of CASE_UNITS) {
      expect(DEMO_LOGINS.some((l) => l.role === 'caseHandler' && l.unitShortName === unit), unit).toBe(true)
    }
  })
})

describe('demo cases in the seeded CMS', () => {
  let payload: Payload
  let close: (() => Promise<void>) | undefined
  let first: SeedReport
  let second: SeedReport
  let cases: Case[]
  const now = new Date()

  beforeAll(async () => {
    ;({ payload, close } = await bootPayload())
    first = await seed(payload, { now })
    second = await seed(payload, { now })
    cases = (await payload.find({ collection: 'cases', pagination: false, depth: 0, overrideAccess: true })).docs
  }, 900_000)

  afterAll(async () => {
    await close?.()
  })

  it('loads at least 200 cases once, and nothing on a re-run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200)
    expect(casesStep(first)).toMatchObject({ created: cases.length, existing: 0 })
    expect(casesStep(second)).toMatchObject({ created: 0, existing: cases.length })
    expect(second.totals.cases).toBe(first.totals.cases)
  })

  it('sets the case settings the deadlines are counted with', async () => {
    const settings = await loadCaseCalendar(payload)
    expect(settings.answerWorkingDays).toBe(CASE_SETTINGS.answerWorkingDays)
    expect(settings.dueSoonWorkingDays).toBe(CASE_SETTINGS.dueSoonWorkingDays)
    const global = await payload.findGlobal({ slug: 'case-settings', overrideAccess: true })
    expect(global.intakeEmail).toBe(CASE_SETTINGS.intakeEmail)
    expect(global.holidays).toHaveLength(CASE_SETTINGS.holidays.length)
  })

  it('has every state, at least 40 public answers with their Q&A address, and private answers', () => {
    expect(new Set(cases.map((c) => c.state))).toEqual(new Set(CASE_STATES))
    const published = cases.filter((c) => c.state === 'answered' && c.visibility === 'public')
    expect(published.length).toBeGreaterThanOrEqual(40)
    for (const c of published) expect(c.publicSlug).toMatch(new RegExp(`-${c.id}$`))
    expect(cases.filter((c) => c.state === 'answered' && c.visibility === 'private').length).toBeGreaterThan(5)
    expect(cases.filter((c) => c.state !== 'answered' && c.publicSlug)).toEqual([])
  })

  it('rejects with every reason; duplicates point at an existing original', () => {
    const rejected = cases.filter((c) => c.state === 'rejected')
    expect(new Set(rejected.map((c) => c.rejectionReason))).toEqual(new Set(REJECTION_REASONS))
    const byId = new Map(cases.map((c) => [c.id, c]))
    const duplicates = rejected.filter((c) => c.rejectionReason === 'duplicate')
    expect(duplicates.length).toBeGreaterThan(0)
    for (const dup of duplicates) {
      const original = byId.get(dup.duplicateOf as number)
      expect(original, dup.trackingCode).toBeDefined()
      expect(original!.id).not.toBe(dup.id)
      expect(original!.title).toBe(dup.title)
      expect(original!.receivedAt < dup.receivedAt).toBe(true)
    }
  })

  it('spreads over the last 12 months and the handling units', async () => {
    const months = new Set(cases.map((c) => c.receivedAt.slice(0, 7)))
    expect(months.size).toBeGreaterThanOrEqual(12)
    const units = new Set(cases.map((c) => c.unit).filter(Boolean))
    expect(units.size).toBe(CASE_UNITS.length)
  })

  it('gives the deadline list overdue and due-soon cases, and the board answers to approve', async () => {
    const { calendar, dueSoonWorkingDays } = await loadCaseCalendar(payload)
    const open = cases.filter((c) => c.state !== 'answered' && c.state !== 'rejected')
    const standings = open.map((c) => deadlineStanding(c.dueAt, null, new Date(), calendar, dueSoonWorkingDays))
    expect(standings.filter((s) => s === 'overdue').length).toBeGreaterThanOrEqual(3)
    expect(standings.filter((s) => s === 'due-soon').length).toBeGreaterThanOrEqual(3)
    expect(cases.filter((c) => c.state === 'awaitingApproval').length).toBeGreaterThanOrEqual(3)
  })
})
