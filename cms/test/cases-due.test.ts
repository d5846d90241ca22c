import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Case } from '@cong/shared/payload-types'
import { endOfVietnamDay } from '@cong/shared/vnDate'
import { makeCalendar, type DeadlineSettings } from '@cong/shared/workingDays'
import { CASE_TRANSITIONS } from '@cong/shared/caseWorkflow'
import { loadCasesDue } from '../src/cases/due'
import { hasText, promptFor } from '../src/collections/Cases/components/moves'
import { deadlineText, moveLabel } from '../src/collections/Cases/components/strings'
import { lexical } from './helpers/citizenCases'
import { bootPayload } from './helpers/payload'
import { seedWorld, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

// Thursday 26/11/2026, 09:00 in Ha Noi; Saturday 28/11 and Sunday 29/11 are weekend days.
const NOW = new Date('2026-11-26T02:00:00.000Z')
// A holiday on Monday 23/11 (made up for the test) shows the list counts with the agency's calendar.
const SETTINGS: DeadlineSettings = {
  calendar: makeCalendar([{ from: '2026-11-23', kind: 'holiday', name: 'Ngày nghỉ thử' }]),
  dueSoonWorkingDays: 2,
}

const ANSWER = lexical('Trả lời.')

let seq = 0
/** An imported case with its own dates, as a migration would bring it in. */
async function importCase(data: Partial<Case> & Pick<Case, 'state' | 'dueAt'>, unit?: World['unitA']) {
  seq++
  return payload.create({
    collection: 'cases',
    context: { importedCase: true },
    data: {
      trackingCode: `HD-TEST-AAA${'ABCDEFGHJK'[seq]}`,
      receivedAt: '2026-11-02T03:00:00.000Z',
      senderKind: 'person',
      type: 'question',
      field: 'viec-lam',
      name: 'Nguyễn Văn An',
      email: 'an@example.vn',
      title: `Câu hỏi số ${seq} về trợ cấp thất nghiệp`,
      content: 'Tôi muốn hỏi về điều kiện hưởng trợ cấp thất nghiệp khi nghỉ việc.',
      unit: unit?.id,
      ...(data.state === 'awaitingApproval' || data.state === 'answered' ? { answer: ANSWER } : {}),
      ...(data.state === 'answered' ? { visibility: 'private', answeredAt: '2026-11-10T03:00:00.000Z' } : {}),
      ...data,
    },
  })
}

const due = (date: string) => endOfVietnamDay(date).toISOString()

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'cd')
  const { unitA, unitB } = world
  // Unit A: overdue since Tuesday (Wed, Thu lost), due Friday (Thu + Fri left), due next week.
  await importCase({ state: 'inProgress', dueAt: due('2026-11-24'), title: 'A quá hạn' }, unitA)
  await importCase({ state: 'routed', dueAt: due('2026-11-27'), title: 'A sắp đến hạn' }, unitA)
  await importCase({ state: 'routed', dueAt: due('2026-12-04'), title: 'A còn hạn' }, unitA)
  // Unit B: due today, and an answered case long past its deadline that no list should show.
  await importCase({ state: 'awaitingApproval', dueAt: due('2026-11-26'), title: 'B hạn hôm nay' }, unitB)
  await importCase({ state: 'answered', dueAt: due('2026-11-16'), title: 'B đã trả lời' }, unitB)
  // Not yet routed, due Friday 20/11: Monday 23/11 is a holiday, so Tue, Wed, Thu are lost.
  await importCase({ state: 'received', dueAt: due('2026-11-20'), title: 'Chưa giao quá hạn' })
})
afterAll(async () => close())

describe('overdue and due-soon lists', () => {
  const titles = (rows: { title: string }[]) => rows.map((r) => r.title)

  it('show the editorial office every unit, most overdue first, with counts per unit', async () => {
    const list = await loadCasesDue(payload, world.users.editor, SETTINGS, NOW)
    expect(titles(list.overdue)).toEqual(['Chưa giao quá hạn', 'A quá hạn'])
    expect(list.overdue.map((r) => [r.daysOverdue, r.dueDate, r.unitName])).toEqual([
      [3, '2026-11-20', null],
      [2, '2026-11-24', world.unitA.name],
    ])
    expect(titles(list.dueSoon)).toEqual(['B hạn hôm nay', 'A sắp đến hạn'])
    expect(list.dueSoon.map((r) => r.daysLeft)).toEqual([1, 2])
    expect(list.byUnit?.map((u) => [u.unitName, u.overdue, u.dueSoon, u.open])).toEqual([
      [world.unitA.name, 1, 1, 3],
      [null, 1, 0, 1],
      [world.unitB.name, 0, 1, 1],
    ])
  })

  it("show a case handler only their own unit's cases, without the per-unit table", async () => {
    const list = await loadCasesDue(payload, world.users.caseHandler, SETTINGS, NOW)
    expect(titles(list.overdue)).toEqual(['A quá hạn'])
    expect(titles(list.dueSoon)).toEqual(['A sắp đến hạn'])
    expect(list.byUnit).toBeNull()
  })

  it('are closed to roles that do not handle cases', async () => {
    await expect(loadCasesDue(payload, world.users.contributor, SETTINGS, NOW)).rejects.toThrow()
  })

  it('use the dueSoon threshold the agency set', async () => {
    const list = await loadCasesDue(payload, world.users.board, { ...SETTINGS, dueSoonWorkingDays: 1 }, NOW)
    expect(titles(list.dueSoon)).toEqual(['B hạn hôm nay'])
  })
})

describe("the case page's action buttons", () => {
  it('name every move of the workflow in both languages, never by its raw state', () => {
    for (const { from, to } of CASE_TRANSITIONS) {
      for (const lang of ['vi', 'en'] as const) expect(moveLabel(from, to, lang)).not.toBe(to)
    }
    expect(moveLabel('received', 'routed', 'vi')).toBe('Chuyển đơn vị xử lý')
    expect(moveLabel('awaitingApproval', 'inProgress', 'vi')).toBe('Trả lại để sửa')
    expect(moveLabel('inProgress', 'received', 'vi')).toBe('Chuyển về bộ phận tiếp nhận')
  })

  it('ask for what each move needs before saving', () => {
    expect(promptFor('received', 'routed')).toBe('unit')
    expect(promptFor('routed', 'inProgress')).toBeNull()
    expect(promptFor('routed', 'received')).toBe('reason')
    expect(promptFor('awaitingApproval', 'inProgress')).toBe('reason')
    expect(promptFor('inProgress', 'rejected')).toBe('rejection')
    expect(promptFor('awaitingApproval', 'answered')).toBe('visibility')
    expect(promptFor('rejected', 'received')).toBeNull()
  })

  it('see an emptied answer editor as no answer', () => {
    expect(hasText(ANSWER)).toBe(true)
    const emptied = { root: { ...ANSWER.root, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: '  ' }] }] } }
    expect(hasText(emptied)).toBe(false)
    expect(hasText(null)).toBe(false)
  })

  it('say the deadline in working days', () => {
    expect(deadlineText({ standing: 'due-soon', daysLeft: 3, daysOverdue: 0 }, 'vi')).toBe('Còn 3 ngày làm việc')
    expect(deadlineText({ standing: 'overdue', daysLeft: 0, daysOverdue: 2 }, 'vi')).toBe('Quá hạn 2 ngày làm việc')
    expect(deadlineText({ standing: 'answered-on-time', daysLeft: 0, daysOverdue: 0 }, 'vi')).toBe('Trả lời đúng hạn')
    expect(deadlineText({ standing: 'overdue', daysLeft: 0, daysOverdue: 1 }, 'en')).toBe('1 working day overdue')
  })
})
