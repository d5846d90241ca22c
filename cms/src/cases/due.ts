import type { Payload, Where } from 'payload'
import type { Case, Unit, User } from '@cong/shared/payload-types'
import { CASE_STATES, isOpenCase, type CaseState } from '@cong/shared/caseWorkflow'
import { vietnamDate, type IsoDate } from '@cong/shared/vnDate'
import { caseDeadlineStatus, type CaseDeadlineStatus, type DeadlineSettings } from '@cong/shared/workingDays'
import { idOf, roleOf } from '../access/roles'

export interface DueCaseRow extends CaseDeadlineStatus {
  id: string
  trackingCode: string
  title: string
  state: CaseState
  unitId: string | null
  unitName: string | null
  receivedAt: string
  dueAt: string
  dueDate: IsoDate
}

export interface UnitDueCount {
  /** `null` for cases not yet routed to a unit. */
  unitId: string | null
  unitName: string | null
  overdue: number
  dueSoon: number
  open: number
}

export interface CasesDue {
  dueSoonWorkingDays: number
  overdue: DueCaseRow[]
  dueSoon: DueCaseRow[]
  /** Open cases per unit, for the roles that see every unit; `null` for a unit's own handler. */
  byUnit: UnitDueCount[] | null
}

/** The slice of a case the list reads, with its unit populated or as an id. */
export type DueCaseInput = Pick<Case, 'id' | 'trackingCode' | 'title' | 'state' | 'receivedAt' | 'dueAt' | 'answeredAt'> & {
  unit?: Case['unit'] | Pick<Unit, 'id' | 'name'>
}

const unitNameOf = (unit: DueCaseInput['unit']): string | null =>
  typeof unit === 'object' && unit !== null && 'name' in unit ? unit.name : null

/**
 * Sorts open cases into the two lists, most urgent first (longest overdue, then fewest days
 * left, then oldest), and counts them per unit when `withUnits`.
 */
export function casesDue(
  cases: readonly DueCaseInput[],
  now: Date,
  settings: DeadlineSettings,
  withUnits: boolean,
): CasesDue {
  const overdue: DueCaseRow[] = []
  const dueSoon: DueCaseRow[] = []
  const units = new Map<string, UnitDueCount>()
  for (const c of cases) {
    if (!isOpenCase(c.state)) continue
    const unitId = idOf(c.unit)
    const unitName = unitNameOf(c.unit)
    const status = caseDeadlineStatus(c.dueAt, null, now, settings)
    const key = unitId ?? ''
    const count = units.get(key) ?? { unitId, unitName, overdue: 0, dueSoon: 0, open: 0 }
    count.open++
    units.set(key, count)
    if (!c.dueAt || (status.standing !== 'overdue' && status.standing !== 'due-soon')) continue
    const row: DueCaseRow = {
      id: String(c.id),
      trackingCode: c.trackingCode,
      title: c.title,
      state: c.state,
      unitId,
      unitName,
      receivedAt: c.receivedAt,
      dueAt: c.dueAt,
      dueDate: vietnamDate(new Date(c.dueAt)),
      ...status,
    }
    if (status.standing === 'overdue') {
      overdue.push(row)
      count.overdue++
    } else {
      dueSoon.push(row)
      count.dueSoon++
    }
  }
  const urgentFirst = (a: DueCaseRow, b: DueCaseRow) =>
    b.daysOverdue - a.daysOverdue || a.dueAt.localeCompare(b.dueAt) || a.receivedAt.localeCompare(b.receivedAt)
  return {
    dueSoonWorkingDays: settings.dueSoonWorkingDays,
    overdue: overdue.sort(urgentFirst),
    dueSoon: dueSoon.sort(urgentFirst),
    byUnit: withUnits
      ? [...units.values()].sort(
          (a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || b.open - a.open || (a.unitName ?? '').localeCompare(b.unitName ?? '', 'vi'),
        )
      : null,
  }
}

const OPEN_STATES = CASE_STATES.filter(isOpenCase)

/**
 * The open cases `user` may read, sorted into overdue and due soon. The query runs with the
 * user's own access, so a case handler's list holds only their unit's cases by the same rule
 * that guards the collection.
 */
export async function loadCasesDue(
  payload: Payload,
  user: User,
  settings: DeadlineSettings,
  now = new Date(),
): Promise<CasesDue> {
  const where: Where = { state: { in: OPEN_STATES } }
  const { docs } = await payload.find({
    collection: 'cases',
    where,
    depth: 1,
    pagination: false,
    overrideAccess: false,
    user: { ...user, collection: 'users' },
    select: { trackingCode: true, title: true, state: true, unit: true, receivedAt: true, dueAt: true, answeredAt: true },
    populate: { units: { name: true } },
  })
  const role = roleOf(user)
  return casesDue(docs, now, settings, role === 'editor' || role === 'board' || role === 'admin')
}
