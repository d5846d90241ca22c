import type { UIFieldServerProps } from 'payload'
import { loadCaseCalendar } from '../../../cases/calendar'
import { CaseActionsPanel } from './CaseActionsPanel'

/**
 * The case's next steps in the sidebar. The agency's holiday calendar and the unit list are read
 * here on the server, so the browser counts working days with the same calendar as the hooks.
 */
export async function CaseActions({ payload }: UIFieldServerProps) {
  const [{ calendar, dueSoonWorkingDays }, { docs: units }] = await Promise.all([
    loadCaseCalendar(payload),
    payload.find({
      collection: 'units',
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true },
      overrideAccess: true,
    }),
  ])
  return (
    <CaseActionsPanel
      holidays={[...calendar.holidays]}
      workdays={[...calendar.workdays]}
      dueSoonWorkingDays={dueSoonWorkingDays}
      units={units.map((u) => ({ id: u.id, name: u.name }))}
    />
  )
}
