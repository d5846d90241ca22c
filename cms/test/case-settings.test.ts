import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { isWorkingDay } from '@cong/shared/workingDays'
import { loadCaseCalendar } from '../src/cases/calendar'
import { bootPayload } from './helpers/payload'
import { seedWorld, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'cset')
})
afterAll(async () => close())

const save = (holidays: Record<string, unknown>[], user = world.users.board) =>
  payload.updateGlobal({ slug: 'case-settings', data: { holidays } as never, user, overrideAccess: false })

describe('case settings', () => {
  it('defaults to 10 working days, due soon at 2, no holidays', async () => {
    const { answerWorkingDays, dueSoonWorkingDays, calendar } = await loadCaseCalendar(payload)
    expect({ answerWorkingDays, dueSoonWorkingDays, holidays: calendar.holidays.size }).toEqual({
      answerWorkingDays: 10,
      dueSoonWorkingDays: 2,
      holidays: 0,
    })
  })

  it('the board and admins edit; editors and handlers read; nobody else', async () => {
    const { users } = world
    for (const user of [users.editor, users.caseHandler]) {
      await expect(payload.findGlobal({ slug: 'case-settings', user, overrideAccess: false })).resolves.toBeTruthy()
      await expect(save([], user)).rejects.toMatchObject({ status: 403 })
    }
    for (const user of [users.contributor, users.translator, users.ops])
      await expect(payload.findGlobal({ slug: 'case-settings', user, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(save([], users.admin)).resolves.toBeTruthy()
  })

  it.each([
    [{ from: '2026-02-22', to: '2026-02-14', kind: 'holiday', name: 'Tết' }, '«Đến ngày» phải cùng ngày hoặc sau «Từ ngày»'],
    [{ from: '2026-01-01', to: '2026-03-01', kind: 'holiday', name: 'Quá dài' }, 'tối đa 31 ngày'],
    [{ from: '2026-01-01', kind: 'holiday', name: '   ' }, 'Cần ghi tên ngày nghỉ'],
  ])('refuses a holiday row %o with a message the board understands', async (row, message) => {
    const error = (await save([row]).then(() => null, (e: unknown) => e)) as { status?: number; data?: unknown } | null
    expect(error?.status).toBe(400)
    expect(JSON.stringify(error?.data)).toContain(message)
  })

  it('loads holidays and make-up days into the calendar the deadlines use', async () => {
    await payload.updateGlobal({
      slug: 'case-settings',
      data: {
        answerWorkingDays: 15,
        holidays: [
          { from: '2026-02-14', to: '2026-02-22', kind: 'holiday', name: 'Tết Nguyên đán Bính Ngọ' },
          { from: '2026-01-10', kind: 'workday', name: 'Làm bù' },
        ],
      },
    })
    const { calendar, answerWorkingDays } = await loadCaseCalendar(payload)
    expect(answerWorkingDays).toBe(15)
    expect(isWorkingDay('2026-02-16', calendar)).toBe(false)
    expect(isWorkingDay('2026-02-23', calendar)).toBe(true)
    expect(isWorkingDay('2026-01-10', calendar)).toBe(true)
  })
})
