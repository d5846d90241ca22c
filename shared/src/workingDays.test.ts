import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addCalendarDays, endOfVietnamDay } from './vnDate'
import {
  addWorkingDays,
  caseDeadline,
  caseDeadlineStatus,
  checkCalendarEntry,
  deadlineStanding,
  DEFAULT_CASE_WORKING_DAYS,
  EMPTY_CALENDAR,
  isWorkingDay,
  makeCalendar,
  VIETNAM_HOLIDAYS,
  workingDaysBetween,
  workingDaysLeft,
  type CalendarEntry,
  type DeadlineSettings,
  type WorkingCalendar,
} from './workingDays'

// Small explicit calendars, so each case shows the one rule it exercises.
const TET_2026: CalendarEntry = {
  from: '2026-02-14',
  to: '2026-02-22',
  kind: 'holiday',
  name: 'Tết Bính Ngọ',
}
const NEW_YEAR_2026: CalendarEntry = { from: '2026-01-01', kind: 'holiday', name: 'Tết Dương lịch' }
const tet = makeCalendar([TET_2026])
const singleHoliday = makeCalendar([{ from: '2026-03-04', kind: 'holiday', name: 'Một ngày nghỉ (thứ Tư)' }])
const newYear = makeCalendar([NEW_YEAR_2026])
const makeUp = makeCalendar([
  { from: '2026-01-01', to: '2026-01-02', kind: 'holiday', name: 'Tết Dương lịch' },
  { from: '2026-01-10', kind: 'workday', name: 'Làm bù cho ngày 02/01' },
])
const official = makeCalendar(VIETNAM_HOLIDAYS)

describe('isWorkingDay', () => {
  it.each<[string, WorkingCalendar, boolean]>([
    ['2026-03-06', EMPTY_CALENDAR, true], // Friday
    ['2026-03-07', EMPTY_CALENDAR, false], // Saturday
    ['2026-03-08', EMPTY_CALENDAR, false], // Sunday
    ['2026-03-04', singleHoliday, false], // a Wednesday off
    ['2026-02-16', tet, false], // Monday in Tết
    ['2026-02-23', tet, true], // first Monday after Tết
    ['2026-01-10', makeUp, true], // make-up Saturday
    ['2026-01-17', makeUp, false], // an ordinary Saturday
  ])('%s → %s', (day, calendar, expected) => {
    expect(isWorkingDay(day, calendar)).toBe(expected)
  })
})

describe('addWorkingDays', () => {
  it.each<[string, string, number, WorkingCalendar, string]>([
    ['a week of weekdays', '2026-03-02', 5, EMPTY_CALENDAR, '2026-03-09'],
    ['Friday + 1 skips the weekend', '2026-03-06', 1, EMPTY_CALENDAR, '2026-03-09'],
    ['ten days over two weekends', '2026-03-02', 10, EMPTY_CALENDAR, '2026-03-16'],
    ['a single holiday on Wednesday', '2026-03-02', 3, singleHoliday, '2026-03-06'],
    ['same span without the holiday', '2026-03-02', 3, EMPTY_CALENDAR, '2026-03-05'],
    ['Tết 14–22/02 spanning both weekends', '2026-02-13', 1, tet, '2026-02-23'],
    ['ten days from the eve of Tết', '2026-02-13', 10, tet, '2026-03-06'],
    ['the same ten days with no Tết', '2026-02-13', 10, EMPTY_CALENDAR, '2026-02-27'],
    ['Thursday before Tết + 1', '2026-02-12', 1, tet, '2026-02-13'],
    ['the official calendar agrees on Tết', '2026-02-13', 10, official, '2026-03-06'],
    ['year boundary: 31/12 with 1/1 off', '2025-12-31', 1, newYear, '2026-01-02'],
    ['year boundary, two days', '2025-12-31', 2, newYear, '2026-01-05'],
    ['year boundary without the holiday', '2025-12-31', 1, EMPTY_CALENDAR, '2026-01-01'],
    ['make-up Saturday counts', '2026-01-09', 1, makeUp, '2026-01-10'],
    ['make-up Saturday in a span', '2026-01-08', 3, makeUp, '2026-01-12'],
    ['the same span with no make-up day', '2026-01-08', 3, newYear, '2026-01-13'],
    ['received on Saturday: Monday is day 1', '2026-03-07', 1, EMPTY_CALENDAR, '2026-03-09'],
    ['received on Sunday: Monday is day 1', '2026-03-08', 1, EMPTY_CALENDAR, '2026-03-09'],
    ['received on a holiday: next working day is day 1', '2026-03-04', 1, singleHoliday, '2026-03-05'],
    ['received in Tết', '2026-02-17', 2, tet, '2026-02-24'],
    ['count 0 is the start itself, even on a Saturday', '2026-03-07', 0, EMPTY_CALENDAR, '2026-03-07'],
  ])('%s: %s + %i → %s', (_, start, count, calendar, expected) => {
    expect(addWorkingDays(start, count, calendar)).toBe(expected)
  })

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s working days', (count) => {
    expect(() => addWorkingDays('2026-03-02', count, EMPTY_CALENDAR)).toThrow(RangeError)
  })

  it('throws on a calendar that leaves no working days instead of looping', () => {
    const days = new Set<string>()
    for (let day = '2026-01-01'; day <= '2028-12-31'; day = addCalendarDays(day, 1)) days.add(day)
    const closed: WorkingCalendar = { holidays: days, workdays: new Set() }
    expect(() => addWorkingDays('2026-03-02', 1, closed)).toThrow(/no working days/)
    expect(() => caseDeadline(new Date('2026-03-02T03:00:00Z'), 10, closed)).toThrow(/no working days/)
    // Nothing to count, nothing to find.
    expect(addWorkingDays('2026-03-02', 0, closed)).toBe('2026-03-02')
  })

  it('is the inverse of workingDaysBetween on the official calendar', () => {
    const start = fc.integer({ min: 0, max: 365 * 2 }).map((n) => addCalendarDays('2025-01-01', n))
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 40 }), (from, count) => {
        const end = addWorkingDays(from, count, official)
        expect(workingDaysBetween(from, end, official)).toBe(count)
        // The period ends on a working day (or is empty).
        if (count > 0) expect(isWorkingDay(end, official)).toBe(true)
      }),
    )
  })
})

describe('workingDaysBetween', () => {
  it.each<[string, string, WorkingCalendar, number]>([
    ['2026-03-02', '2026-03-02', EMPTY_CALENDAR, 0],
    ['2026-03-06', '2026-03-09', EMPTY_CALENDAR, 1], // Friday → Monday
    ['2026-03-09', '2026-03-06', EMPTY_CALENDAR, -1], // backwards
    ['2026-03-07', '2026-03-08', EMPTY_CALENDAR, 0], // a weekend
    ['2026-02-13', '2026-02-23', tet, 1],
    ['2026-02-23', '2026-02-13', tet, -1],
    ['2026-02-13', '2026-03-06', tet, 10],
    ['2025-12-31', '2026-01-05', newYear, 2],
    ['2026-01-09', '2026-01-12', makeUp, 2], // the make-up Saturday and Monday
  ])('%s → %s: %i', (from, to, calendar, expected) => {
    expect(workingDaysBetween(from, to, calendar)).toBe(expected)
  })
})

describe('caseDeadline', () => {
  it.each<[string, string, number, string]>([
    // 23:30 on Thursday in Viet Nam is 16:30Z: still Thursday, so Friday is day 1.
    ['late Thursday night in Viet Nam', '2026-03-05T16:30:00.000Z', 1, '2026-03-06'],
    // 17:00Z on Thursday in UTC is already Friday 00:00 in Viet Nam: Monday is day 1.
    ['just after midnight in Viet Nam', '2026-03-05T17:00:00.000Z', 1, '2026-03-09'],
    ['received on Saturday', '2026-03-07T02:00:00.000Z', 1, '2026-03-09'],
    ['the default ten days', '2026-03-02T02:00:00.000Z', DEFAULT_CASE_WORKING_DAYS, '2026-03-16'],
  ])('%s (%s, %i days) → %s', (_, receivedAt, days, dueDate) => {
    const deadline = caseDeadline(new Date(receivedAt), days, EMPTY_CALENDAR)
    expect(deadline.dueDate).toBe(dueDate)
    // The deadline is the last instant of that day in Ha Noi (UTC+7).
    expect(deadline.dueAt.toISOString()).toBe(`${dueDate}T16:59:59.999Z`)
  })

  it('uses the calendar', () => {
    expect(caseDeadline(new Date('2026-02-13T01:00:00.000Z'), 10, official).dueDate).toBe('2026-03-06')
  })
})

describe('deadlineStanding', () => {
  // Friday 13/03/2026 23:59:59.999 in Ha Noi.
  const due = endOfVietnamDay('2026-03-13')
  const at = (ms: number) => new Date(due.getTime() + ms)
  const hanoi = (local: string) => new Date(`${local}+07:00`)

  it.each<[string, Date | string | null, Date | string | null, Date, number | undefined, string]>([
    ['no deadline', null, null, hanoi('2026-03-12T10:00:00'), undefined, 'none'],
    ['answered at the deadline exactly', due, due, at(5000), undefined, 'answered-on-time'],
    ['answered 1 ms late', due, at(1), at(5000), undefined, 'answered-late'],
    [
      'answered early, judged later',
      due,
      hanoi('2026-03-10T09:00:00'),
      at(86_400_000),
      undefined,
      'answered-on-time',
    ],
    ['stored as strings', due.toISOString(), at(1).toISOString(), at(2), undefined, 'answered-late'],
    ['open at the deadline exactly', due, null, due, undefined, 'due-soon'],
    ['open 1 ms after the deadline', due, null, at(1), undefined, 'overdue'],
    ['two working days left (Thursday)', due, null, hanoi('2026-03-12T08:00:00'), undefined, 'due-soon'],
    ['three working days left (Wednesday)', due, null, hanoi('2026-03-11T23:59:59'), undefined, 'on-track'],
    ['three left, with a wider warning', due, null, hanoi('2026-03-11T08:00:00'), 3, 'due-soon'],
    ['no warning wanted', due, null, hanoi('2026-03-13T08:00:00'), 0, 'on-track'],
  ])('%s → %s', (_, dueAt, answeredAt, now, dueSoonDays, expected) => {
    expect(deadlineStanding(dueAt, answeredAt, now, EMPTY_CALENDAR, dueSoonDays)).toBe(expected)
  })

  it('counts working days, not calendar days, to warn', () => {
    const monday = endOfVietnamDay('2026-03-16')
    // Thursday: Thu, Fri, Mon are left → on track; Friday: Fri and Mon → due soon.
    expect(deadlineStanding(monday, null, hanoi('2026-03-12T09:00:00'), EMPTY_CALENDAR)).toBe('on-track')
    expect(deadlineStanding(monday, null, hanoi('2026-03-13T09:00:00'), EMPTY_CALENDAR)).toBe('due-soon')
    // With Monday off, the Friday before has one day left and the deadline is later in the week.
    const mondayOff = makeCalendar([{ from: '2026-03-16', kind: 'holiday', name: 'Nghỉ' }])
    expect(workingDaysLeft(endOfVietnamDay('2026-03-17'), hanoi('2026-03-13T09:00:00'), mondayOff)).toBe(2)
  })
})

describe('workingDaysLeft', () => {
  const hanoi = (local: string) => new Date(`${local}+07:00`)
  it.each<[string, string, number]>([
    ['on the deadline day', '2026-03-13T08:00:00', 1],
    ['the day before', '2026-03-12T08:00:00', 2],
    ['a week before', '2026-03-06T08:00:00', 6],
    ['on the weekend before a Friday deadline', '2026-03-08T08:00:00', 5],
    ['a day after', '2026-03-14T08:00:00', 0],
    ['long after', '2026-04-20T08:00:00', 0],
  ])('%s', (_, now, expected) => {
    expect(workingDaysLeft(endOfVietnamDay('2026-03-13'), hanoi(now), EMPTY_CALENDAR)).toBe(expected)
    expect(workingDaysLeft(endOfVietnamDay('2026-03-13').toISOString(), hanoi(now), EMPTY_CALENDAR)).toBe(
      expected,
    )
  })

  it('judges "today" in Viet Nam, not UTC', () => {
    // 17:30Z on Thursday is 00:30 on Friday in Ha Noi: only the deadline day is left.
    expect(
      workingDaysLeft(endOfVietnamDay('2026-03-13'), new Date('2026-03-12T17:30:00Z'), EMPTY_CALENDAR),
    ).toBe(1)
  })
})

describe('checkCalendarEntry', () => {
  it.each<[string, Partial<CalendarEntry>, ReturnType<typeof checkCalendarEntry>]>([
    ['a single day', { from: '2026-09-02', kind: 'holiday', name: 'Quốc khánh' }, null],
    [
      'a single day with to: null',
      { from: '2026-09-02', to: null, kind: 'holiday', name: 'Quốc khánh' },
      null,
    ],
    ['a range', TET_2026, null],
    ['a 31-day range', { from: '2026-01-01', to: '2026-01-31', kind: 'holiday', name: 'Dài' }, null],
    [
      'a 32-day range',
      { from: '2026-01-01', to: '2026-02-01', kind: 'holiday', name: 'Dài' },
      'range-too-long',
    ],
    ['a year', { from: '2026-01-01', to: '2026-12-31', kind: 'holiday', name: 'Dài' }, 'range-too-long'],
    ['no start', { kind: 'holiday', name: 'Tết' }, 'date-invalid'],
    ['30 February', { from: '2026-02-30', kind: 'holiday', name: 'Tết' }, 'date-invalid'],
    ['a bad end', { from: '2026-02-14', to: '2026-13-01', kind: 'holiday', name: 'Tết' }, 'date-invalid'],
    ['a Vietnamese-style date', { from: '14/02/2026', kind: 'holiday', name: 'Tết' }, 'date-invalid'],
    [
      'an end before the start',
      { from: '2026-02-22', to: '2026-02-14', kind: 'holiday', name: 'Tết' },
      'range-reversed',
    ],
    ['no name', { from: '2026-02-14', kind: 'holiday' }, 'name-required'],
    ['a blank name', { from: '2026-02-14', kind: 'holiday', name: '   ' }, 'name-required'],
  ])('%s → %s', (_, entry, expected) => {
    expect(checkCalendarEntry(entry)).toBe(expected)
  })

  it('accepts every default Vietnamese holiday', () => {
    expect(VIETNAM_HOLIDAYS.filter((entry) => checkCalendarEntry(entry) !== null)).toEqual([])
  })
})

describe('makeCalendar', () => {
  it('expands ranges and skips invalid entries', () => {
    const calendar = makeCalendar([
      TET_2026,
      { from: '2026-05-05', to: '2026-05-01', kind: 'holiday', name: 'Ngược' },
      { from: '2026-06-31', kind: 'holiday', name: 'Không có ngày này' },
      { from: '2026-07-07', kind: 'holiday', name: ' ' },
      { from: '2026-01-01', to: '2026-03-01', kind: 'holiday', name: 'Quá dài' },
      { from: '2026-02-28', kind: 'workday', name: 'Làm bù' },
    ])
    expect([...calendar.holidays].sort()).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ])
    expect([...calendar.workdays]).toEqual(['2026-02-28'])
    // The skipped entries change nothing: 1/5 and 7/7/2026 stay ordinary working days.
    expect(isWorkingDay('2026-05-01', calendar)).toBe(true)
    expect(isWorkingDay('2026-07-07', calendar)).toBe(true)
  })
})

describe('caseDeadlineStatus', () => {
  // Thursday 26/11/2026, 09:00 in Ha Noi; Saturday 28/11 and Sunday 29/11 are weekend days.
  const NOW = new Date('2026-11-26T02:00:00.000Z')
  // A holiday on Monday 23/11 (made up for the test) shows the counts use the agency's calendar.
  const SETTINGS: DeadlineSettings = {
    calendar: makeCalendar([{ from: '2026-11-23', kind: 'holiday', name: 'Ngày nghỉ thử' }]),
    dueSoonWorkingDays: 2,
  }
  const due = (date: string) => endOfVietnamDay(date).toISOString()

  it('counts working days left, the deadline day and today included, and working days overdue', () => {
    expect(caseDeadlineStatus(due('2026-11-27'), null, NOW, SETTINGS)).toEqual({ standing: 'due-soon', daysLeft: 2, daysOverdue: 0 })
    expect(caseDeadlineStatus(due('2026-12-04'), null, NOW, SETTINGS)).toEqual({ standing: 'on-track', daysLeft: 7, daysOverdue: 0 })
    expect(caseDeadlineStatus(due('2026-11-20'), null, NOW, SETTINGS)).toEqual({ standing: 'overdue', daysLeft: 0, daysOverdue: 3 })
  })

  it('calls a case one day overdue on the weekend after its Friday deadline', () => {
    const saturday = new Date('2026-11-28T02:00:00.000Z')
    expect(caseDeadlineStatus(due('2026-11-27'), null, saturday, SETTINGS)).toMatchObject({ standing: 'overdue', daysOverdue: 1 })
  })

  it('says whether an answered case was answered on time', () => {
    expect(caseDeadlineStatus(due('2026-11-27'), '2026-11-20T03:00:00.000Z', NOW, SETTINGS).standing).toBe('answered-on-time')
    expect(caseDeadlineStatus(due('2026-11-20'), '2026-11-24T03:00:00.000Z', NOW, SETTINGS).standing).toBe('answered-late')
  })
})
