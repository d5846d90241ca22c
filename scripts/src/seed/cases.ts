/**
 * The demo's citizen cases: a year of questions, feedback and petitions as an agency would have
 * them after migrating from its old feedback system — most answered (publicly or privately), some
 * rejected with each reason, and a current workload with cases overdue, due within two working
 * days, waiting for the board, and just received. Loaded through the import context, which lets
 * trusted server code set the state and the stamped fields the workflow would have set.
 *
 * Everything is drawn from the case's number with a hash, so a re-run plans the same cases with
 * the same tracking codes and finds them all (dates move with "now"; codes do not).
 */
import type { Payload, PayloadRequest } from 'payload'
import type { Case } from '@cong/shared/payload-types'
import { REJECTION_REASONS, type CaseState, type RejectionReason } from '@cong/shared/caseWorkflow'
import { makeTrackingCode, parseCaseInput, type SenderKind } from '@cong/shared/citizenCase'
import { slugify } from '@cong/shared/slug'
import { addCalendarDays, startOfVietnamDay, vietnamDate } from '@cong/shared/vnDate'
import {
  addWorkingDays,
  caseDeadline,
  DEFAULT_CASE_WORKING_DAYS,
  makeCalendar,
  VIETNAM_HOLIDAYS,
  type WorkingCalendar,
} from '@cong/shared/workingDays'
import {
  ANSWER_CLOSING,
  answerOpening,
  CASE_TEMPLATES,
  COMPANIES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  NOTE_TEXTS,
  PROVINCES,
  REJECTED_TEXTS,
  type Variant,
} from './data/cases'
import { UNITS } from './data/units'
import { storedDay } from '../../../cms/src/days'
import { inTransaction } from '../lib/transaction'
import { hashString } from './images'
import { toLexical } from './lexical'
import { seededBytes } from './random'
import { DEMO_LOGINS } from './users'

export const CASE_SETTINGS = {
  answerWorkingDays: DEFAULT_CASE_WORKING_DAYS,
  dueSoonWorkingDays: 2,
  holidays: VIETNAM_HOLIDAYS,
  intakeEmail: 'tiepnhan@demo.gov.vn',
} as const

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
/** Closed cases spread over the year before the current workload. */
const CLOSED_CASES = 196
const OVERDUE_CASES = 8
const DUE_SOON_CASES = 6
const AWAITING_APPROVAL_CASES = 5
const recent = (state: CaseState, ...daysAgo: number[]) => daysAgo.map((days) => ({ state, daysAgo: days }))
const RECENT: readonly { state: CaseState; daysAgo: number }[] = [
  ...recent('received', 0.1, 0.4, 0.9, 1.6, 2.2),
  ...recent('routed', 1.2, 2.8, 4.1),
  ...recent('inProgress', 3.3, 4.7, 5.9, 6.6),
]

export interface PlannedCase {
  index: number
  trackingCode: string
  state: CaseState
  receivedAt: Date
  dueAt: Date
  routedAt?: Date
  answeredAt?: Date
  /** `shortName` of the handling unit. */
  unit?: string
  visibility?: 'public' | 'private'
  rejectionReason?: RejectionReason
  /** Index of the case this one repeats. */
  duplicateOf?: number
  sent: Pick<
    Case,
    'senderKind' | 'type' | 'field' | 'name' | 'email' | 'phone' | 'address' | 'title' | 'content'
  >
  publicQuestion?: string
  answer?: string[]
  /** Left by the unit's case handler. */
  notes: { text: string; at: Date }[]
}

/** The case's deterministic choices: each draw hashes the case number and a counter. */
function variantOf(key: string): Variant & { hash: () => number } {
  let counter = 0
  const hash = () => hashString(`${key}#${counter++}`)
  return {
    hash,
    int: (min, max) => min + (hash() % (max - min + 1)),
    one: (items) => items[hash() % items.length]!,
  }
}

const unitName = (shortName: string): string => {
  const unit = UNITS.find((u) => u.shortName === shortName)
  if (!unit) throw new Error(`Case template refers to unknown unit ${shortName}`)
  return unit.name.vi
}

/** Units that answer the demo's cases: each has a case handler among the demo logins. */
export const CASE_UNITS = [...new Set(CASE_TEMPLATES.map((t) => t.unit))]

type Slot = { state: CaseState; receivedAt: Date; reason?: RejectionReason }

function slots(now: Date, calendar: WorkingCalendar): Slot[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS)
  const out: Slot[] = []
  let rejected = 0
  for (let k = 0; k < CLOSED_CASES; k++) {
    const receivedAt = ago(365 - (k * 335) / CLOSED_CASES)
    if (k % 12 === 5)
      out.push({
        state: 'rejected',
        receivedAt,
        reason: REJECTION_REASONS[rejected++ % REJECTION_REASONS.length],
      })
    else out.push({ state: 'answered', receivedAt })
  }
  for (let k = 0; k < OVERDUE_CASES; k++) {
    out.push({ state: k % 3 === 2 ? 'routed' : 'inProgress', receivedAt: ago(45 - k * 4) })
  }
  // Received on the working day whose deadline is the next working day: due within two.
  const target = addWorkingDays(vietnamDate(now), 1, calendar)
  let received = addCalendarDays(vietnamDate(now), -1)
  while (addWorkingDays(received, CASE_SETTINGS.answerWorkingDays, calendar) > target)
    received = addCalendarDays(received, -1)
  for (let k = 0; k < DUE_SOON_CASES; k++) {
    const at = new Date(startOfVietnamDay(received).getTime() + (8 + k) * HOUR_MS)
    out.push({ state: k % 2 ? 'routed' : 'inProgress', receivedAt: at })
  }
  for (let k = 0; k < AWAITING_APPROVAL_CASES; k++)
    out.push({ state: 'awaitingApproval', receivedAt: ago(8 - k) })
  for (const r of RECENT) out.push({ state: r.state, receivedAt: ago(r.daysAgo) })
  return out
}

/** Who sent case `index` and what they wrote, validated as the public form would. */
function compose(
  index: number,
  slot: Slot,
): Pick<PlannedCase, 'sent' | 'publicQuestion' | 'answer' | 'unit'> {
  const v = variantOf(`case#${index}`)
  const template = CASE_TEMPLATES[index % CASE_TEMPLATES.length]!
  const odd = slot.reason && slot.reason !== 'duplicate' ? REJECTED_TEXTS[slot.reason] : undefined
  const text = template.make(v)
  const province = v.one(PROVINCES)
  const roll = v.hash() % 100
  const senderKind: SenderKind =
    roll < 68 ? 'person' : roll < 80 ? 'business' : roll < 92 ? 'voter' : 'deputy'
  const family = v.one(FAMILY_NAMES)
  const given = v.one(GIVEN_NAMES)
  const person = `${family} ${v.one(MIDDLE_NAMES)} ${given}`
  const name =
    senderKind === 'business'
      ? v.one(COMPANIES)
      : senderKind === 'deputy'
        ? `Đoàn ĐBQH ${province} (demo)`
        : person
  const intro = {
    person: `Tôi là ${person}, hiện sống tại ${province}.`,
    business: `${name} có trụ sở tại ${province} xin hỏi:`,
    voter: `Cử tri ${person} (${province}) gửi nội dung sau:`,
    deputy: `${name} chuyển ý kiến của cử tri:`,
  }[senderKind]
  const contacts = v.hash() % 3
  const mailbox =
    senderKind === 'person' || senderKind === 'voter' ? `${slugify(given)}.${slugify(family)}` : 'lienhe'
  const question = odd?.question ?? text.question
  const parsed = parseCaseInput({
    senderKind,
    type: odd ? 'question' : template.type,
    name,
    email: contacts === 2 ? '' : `${mailbox}.${index + 1}@example.com`,
    phone: contacts === 1 ? '' : `09${v.int(10, 99)} ${v.int(100, 999)} ${v.int(100, 999)}`,
    address: `Số ${v.int(1, 199)} đường Demo, ${province}`,
    field: odd && slot.reason !== 'missingInformation' ? 'khac' : template.field,
    title: odd?.title ?? text.title,
    content: `${intro}\n\n${question}`,
    consent: true,
  })
  if (!parsed.ok) throw new Error(`Seed case ${index} is invalid: ${JSON.stringify(parsed.errors)}`)
  const { consent: _consent, ...sent } = parsed.value
  const answered = slot.state === 'answered' || slot.state === 'awaitingApproval'
  return {
    sent,
    publicQuestion: odd ? undefined : question,
    answer: answered
      ? [answerOpening(unitName(template.unit), template.type), ...text.answer, ANSWER_CLOSING]
      : undefined,
    // Triage rejects what no unit should see; everything else went to the template's unit.
    unit: slot.state === 'received' || slot.state === 'rejected' ? undefined : template.unit,
  }
}

/** The demo's cases as of `now`, oldest first (a duplicate always comes after its original). */
export function planCases(
  now: Date,
  calendar: WorkingCalendar = makeCalendar(CASE_SETTINGS.holidays),
): PlannedCase[] {
  const planned: PlannedCase[] = []
  for (const [index, slot] of slots(now, calendar).entries()) {
    const v = variantOf(`case-times#${index}`)
    const { receivedAt, state } = slot
    const { dueAt } = caseDeadline(receivedAt, CASE_SETTINGS.answerWorkingDays, calendar)
    const latest = now.getTime() - HOUR_MS
    const at = (ms: number) => new Date(Math.min(ms, latest))
    let duplicateOf: number | undefined
    if (slot.reason === 'duplicate') {
      duplicateOf = index - 1
      while (planned[duplicateOf]?.state !== 'answered') duplicateOf--
    }
    // A duplicate is the same sender sending the same text again; triage never routed it.
    const content = compose(duplicateOf ?? index, slot)
    const routed = state !== 'received' && state !== 'rejected'
    const routedAt = routed ? at(receivedAt.getTime() + v.int(2, 30) * HOUR_MS) : undefined
    let answeredAt: Date | undefined
    if (state === 'answered') {
      const late = v.hash() % 10 === 0
      answeredAt = late
        ? at(dueAt.getTime() + v.int(1, 5) * DAY_MS)
        : at(routedAt!.getTime() + ((dueAt.getTime() - routedAt!.getTime()) * v.int(20, 95)) / 100)
    }
    const withNote = routed && state !== 'routed' && v.hash() % 3 === 0
    planned.push({
      index,
      trackingCode: makeTrackingCode(seededBytes(`demo-case#${index}`)),
      state,
      receivedAt,
      dueAt,
      routedAt,
      answeredAt,
      visibility:
        state === 'answered' || state === 'awaitingApproval'
          ? v.hash() % 100 < 28
            ? 'private'
            : 'public'
          : undefined,
      rejectionReason: slot.reason,
      duplicateOf,
      notes: withNote ? [{ text: v.one(NOTE_TEXTS), at: at(routedAt!.getTime() + DAY_MS) }] : [],
      ...content,
    })
  }
  return planned
}

type Id = number

export interface CasesSeedResult {
  created: number
  existing: number
  settingsCreated: boolean
}

const TRUSTED = { overrideAccess: true, depth: 0 } as const

/** The case settings and the planned cases; what already exists (by tracking code) stays as it is. */
export async function seedCases(payload: Payload, now: Date): Promise<CasesSeedResult> {
  const settings = await payload.findGlobal({ ...TRUSTED, slug: 'case-settings' })
  const settingsCreated = !settings.intakeEmail
  if (settingsCreated) {
    await payload.updateGlobal({
      ...TRUSTED,
      slug: 'case-settings',
      data: {
        answerWorkingDays: CASE_SETTINGS.answerWorkingDays,
        dueSoonWorkingDays: CASE_SETTINGS.dueSoonWorkingDays,
        intakeEmail: CASE_SETTINGS.intakeEmail,
        holidays: CASE_SETTINGS.holidays.map((h) => ({
          from: storedDay(h.from)!.toISOString(),
          to: storedDay(h.to ?? undefined)?.toISOString() ?? null,
          kind: h.kind,
          name: h.name,
        })),
      },
    })
  }

  const plan = planCases(now)
  const { docs: found } = await payload.find({
    ...TRUSTED,
    collection: 'cases',
    where: { trackingCode: { in: plan.map((c) => c.trackingCode) } },
    pagination: false,
    select: { trackingCode: true },
  })
  const ids = new Map<string, Id>(found.map((doc) => [doc.trackingCode, doc.id]))
  const pending = plan.filter((c) => !ids.has(c.trackingCode))
  if (pending.length === 0) return { created: 0, existing: plan.length, settingsCreated }

  const { docs: units } = await payload.find({
    ...TRUSTED,
    collection: 'units',
    where: { shortName: { in: CASE_UNITS } },
    pagination: false,
    select: { shortName: true },
  })
  const unitIds = new Map(units.map((u) => [u.shortName, u.id]))
  const logins = DEMO_LOGINS.filter((l) => l.role === 'board' || l.role === 'caseHandler')
  const { docs: users } = await payload.find({
    ...TRUSTED,
    collection: 'users',
    where: { email: { in: logins.map((l) => l.email) } },
    pagination: false,
    select: { email: true },
  })
  const userId = (pick: (l: (typeof logins)[number]) => boolean, what: string): Id => {
    const email = logins.find(pick)?.email
    const user = users.find((u) => u.email === email)
    if (!user) throw new Error(`Seed cases need the demo ${what}`)
    return user.id
  }
  const board = userId((l) => l.role === 'board', 'board member')

  // One transaction for all of them: on SQLite a commit per case would cost most of the time.
  await inTransaction(payload, (req) => createAll(req), {
    context: { importedCase: true, skipPublishWebhook: true },
  })
  return { created: pending.length, existing: plan.length - pending.length, settingsCreated }

  async function createAll(req: PayloadRequest): Promise<void> {
    for (const c of pending) {
      const unit = c.unit === undefined ? null : unitIds.get(c.unit)
      if (unit === undefined) throw new Error(`Seed cases refer to unknown unit ${c.unit}`)
      const handler =
        c.unit &&
        userId((l) => l.role === 'caseHandler' && l.unitShortName === c.unit, `case handler of ${c.unit}`)
      const duplicateOf = c.duplicateOf === undefined ? null : ids.get(plan[c.duplicateOf]!.trackingCode)
      if (duplicateOf === undefined)
        throw new Error(`Seed case ${c.index} repeats a case that was not created`)
      const doc = await payload.create({
        ...TRUSTED,
        req,
        collection: 'cases',
        data: {
          ...c.sent,
          trackingCode: c.trackingCode,
          state: c.state,
          unit,
          receivedAt: c.receivedAt.toISOString(),
          dueAt: c.dueAt.toISOString(),
          routedAt: c.routedAt?.toISOString() ?? null,
          answeredAt: c.answeredAt?.toISOString() ?? null,
          approvedBy: c.state === 'answered' ? board : null,
          visibility: c.visibility ?? null,
          answer: c.answer ? toLexical({ paragraphs: c.answer }) : null,
          publicQuestion: c.visibility === 'public' ? c.publicQuestion : null,
          rejectionReason: c.rejectionReason ?? null,
          duplicateOf,
          notes: c.notes.map((n) => ({ text: n.text, at: n.at.toISOString(), author: handler || null })),
        },
      })
      ids.set(c.trackingCode, doc.id)
    }
  }
}
