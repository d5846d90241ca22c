import type { Payload, Where } from 'payload'
import type { AnswerVisibility, CaseState } from '@cong/shared/caseWorkflow'
import { caseStats, UNASSIGNED, type CaseGroupRow, type CaseRecord, type CaseStats } from '@cong/shared/caseStats'
import { CASE_STATE_LABELS, CASE_TYPES, SENDER_KINDS, type CaseType, type SenderKind } from '@cong/shared/citizenCase'
import { LEGAL_FIELDS, type Label } from '@cong/shared/legalVocabulary'
import { monthRange, type Month } from '@cong/shared/monthlyReport'
import { UNASSIGNED_LABELS } from './strings'

export type LabelledRow = CaseGroupRow & { label: Label }

/** The figures with a display name on every row, so screens and files never look names up again. */
export interface CaseStatsReport extends Omit<CaseStats, 'byUnit' | 'byField' | 'byType' | 'bySenderKind' | 'byState'> {
  byUnit: LabelledRow[]
  byField: LabelledRow[]
  byType: LabelledRow[]
  bySenderKind: LabelledRow[]
  byState: { key: CaseState; count: number; label: Label }[]
}

type CaseDoc = {
  id: number | string
  receivedAt: string
  state: CaseState
  type: CaseType
  senderKind: SenderKind
  field?: string | null
  unit?: number | string | null
  dueAt?: string | null
  answeredAt?: string | null
  visibility?: AnswerVisibility | null
}

const CASE_SELECT = {
  receivedAt: true,
  state: true,
  type: true,
  senderKind: true,
  field: true,
  unit: true,
  dueAt: true,
  answeredAt: true,
  visibility: true,
} as const

/** Large enough to make few round trips, small enough to keep each page's memory flat. */
const PAGE_SIZE = 1000

/**
 * The case records the statistics of `from`…`to` need: received in the period, or answered in it
 * (a month's answers count whenever the case arrived). Read page by page with only the fields
 * the figures use, so years of cases stay cheap. No access check here: callers check the role.
 */
export async function caseRecords(payload: Payload, from: Month, to: Month, pageSize = PAGE_SIZE): Promise<CaseRecord[]> {
  const start = monthRange(from).start.toISOString()
  const end = monthRange(to).end.toISOString()
  const during = (field: string): Where => ({
    and: [{ [field]: { greater_than_equal: start } }, { [field]: { less_than_equal: end } }],
  })
  const records: CaseRecord[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'cases',
      where: { or: [during('receivedAt'), during('answeredAt')] },
      select: CASE_SELECT,
      depth: 0,
      limit: pageSize,
      page,
      // A stable order, so no case is skipped or read twice between pages.
      sort: 'id',
      overrideAccess: true,
    })
    for (const doc of result.docs as unknown as CaseDoc[]) {
      records.push({
        receivedAt: doc.receivedAt,
        state: doc.state,
        type: doc.type,
        senderKind: doc.senderKind,
        field: doc.field ?? null,
        unitId: doc.unit == null ? null : String(doc.unit),
        dueAt: doc.dueAt ?? null,
        answeredAt: doc.answeredAt ?? null,
        visibility: doc.visibility ?? null,
      })
    }
    if (!result.hasNextPage) return records
  }
}

/** Unit names in both languages (English falls back to the Vietnamese name). */
async function unitLabels(payload: Payload): Promise<Map<string, Label>> {
  const { docs } = await payload.find({
    collection: 'units',
    select: { name: true },
    depth: 0,
    pagination: false,
    locale: 'all',
    overrideAccess: true,
  })
  const names = new Map<string, Label>()
  for (const unit of docs as unknown as { id: number | string; name?: Partial<Label> | null }[]) {
    const vi = unit.name?.vi ?? unit.name?.en ?? String(unit.id)
    names.set(String(unit.id), { vi, en: unit.name?.en || vi })
  }
  return names
}

const labelled = (rows: CaseGroupRow[], labelOf: (key: string) => Label | undefined, unassigned: Label = { vi: UNASSIGNED, en: UNASSIGNED }) =>
  rows.map((row) => ({ ...row, label: row.key === UNASSIGNED ? unassigned : (labelOf(row.key) ?? { vi: row.key, en: row.key }) }))

/**
 * The statistics of cases received from month `from` to month `to` (both included), "overdue"
 * judged at `now`, with the names of units, fields, types, senders and states.
 */
export async function loadCaseStats(payload: Payload, from: Month, to: Month, now: Date): Promise<CaseStatsReport> {
  const [records, units] = await Promise.all([caseRecords(payload, from, to), unitLabels(payload)])
  const stats = caseStats(records, from, to, now)
  const lookup = <T extends Record<string, Label>>(table: T) => (key: string) =>
    Object.hasOwn(table, key) ? table[key as keyof T] : undefined
  return {
    ...stats,
    byUnit: labelled(stats.byUnit, (key) => units.get(key), UNASSIGNED_LABELS.unit),
    byField: labelled(stats.byField, lookup(LEGAL_FIELDS), UNASSIGNED_LABELS.field),
    byType: labelled(stats.byType, lookup(CASE_TYPES)),
    bySenderKind: labelled(stats.bySenderKind, lookup(SENDER_KINDS)),
    byState: stats.byState.map((row) => ({ ...row, label: CASE_STATE_LABELS[row.key] })),
  }
}
