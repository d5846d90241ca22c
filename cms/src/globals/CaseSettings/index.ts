import type { GlobalConfig, Validate } from 'payload'
import { checkCalendarEntry, DEFAULT_CASE_WORKING_DAYS, type CalendarEntry } from '@cong/shared/workingDays'
import { hasRole } from '../../access'
import { dayOf } from '../../days'
import { bilingual } from '../../i18n'
import { CALENDAR_ENTRY_MESSAGES } from '../../cases/strings'

const DAY = { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } as const

// A date Payload could not parse is reported as invalid, not thrown at the editor.
const safeDay = (value: unknown) => {
  try {
    return dayOf(value)
  } catch {
    return undefined
  }
}

/** A holiday row as typed, in the shape the working-day functions read. */
export const calendarEntryOf = (row: Record<string, unknown>): Partial<CalendarEntry> => ({
  from: safeDay(row.from),
  to: row.to == null || row.to === '' ? null : (safeDay(row.to) ?? 'invalid'),
  kind: row.kind === 'workday' ? 'workday' : 'holiday',
  name: typeof row.name === 'string' ? row.name : undefined,
})

/**
 * Each date field reports only the problems that are its own, so the admin marks the right box:
 * a bad start on «Từ ngày», a reversed or overlong range on «Đến ngày».
 */
const calendarCheck =
  (field: 'from' | 'to'): Validate =>
  (_value, { siblingData }) => {
    const entry = calendarEntryOf(siblingData as Record<string, unknown>)
    const problem = checkCalendarEntry(entry)
    if (!problem || problem === 'name-required') return true
    const startIsBad = problem === 'date-invalid' && !entry.from
    return startIsBad === (field === 'from') ? bilingual(CALENDAR_ENTRY_MESSAGES[problem]) : true
  }

/**
 * How the agency counts deadlines for citizens' cases: the answer period, when a case counts as
 * due soon, the holiday calendar (kept up to date each year from the Ministry of Home Affairs'
 * notice) and who receives new cases. Read with `loadCaseCalendar` (cms/src/cases/calendar.ts).
 */
export const CaseSettings: GlobalConfig = {
  slug: 'case-settings',
  label: { vi: 'Cấu hình Hỏi đáp', en: 'Case settings' },
  admin: {
    group: { vi: 'Hỏi đáp', en: 'Questions' },
    description: {
      vi: 'Thời hạn trả lời câu hỏi, phản ánh, kiến nghị của người dân và lịch nghỉ lễ dùng để tính hạn.',
      en: "Deadlines for answering citizens' questions, feedback and petitions, and the holiday calendar used to count them.",
    },
  },
  access: {
    read: hasRole('caseHandler', 'editor', 'board', 'admin'),
    update: hasRole('board', 'admin'),
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'answerWorkingDays',
          type: 'number',
          label: { vi: 'Thời hạn trả lời (ngày làm việc)', en: 'Answer period (working days)' },
          required: true,
          defaultValue: DEFAULT_CASE_WORKING_DAYS,
          min: 1,
          max: 90,
          admin: {
            step: 1,
            description: {
              vi: 'Số ngày làm việc kể từ ngày sau ngày nhận câu hỏi. Không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ bên dưới. Chỉ áp dụng cho câu hỏi nhận từ nay.',
              en: 'Working days counted from the day after a case arrives; weekends and the holidays below do not count. Applies to cases received from now on.',
            },
          },
        },
        {
          name: 'dueSoonWorkingDays',
          type: 'number',
          label: { vi: 'Báo sắp đến hạn trước (ngày làm việc)', en: 'Due soon within (working days)' },
          required: true,
          defaultValue: 2,
          min: 0,
          max: 30,
          admin: {
            step: 1,
            description: {
              vi: 'Câu hỏi còn từ chừng này ngày làm việc trở xuống được đưa vào danh sách «Sắp đến hạn».',
              en: 'Cases with this many working days left or fewer appear in the "Due soon" list.',
            },
          },
        },
      ],
    },
    {
      name: 'intakeEmail',
      type: 'email',
      label: { vi: 'Thư điện tử bộ phận tiếp nhận', en: 'Intake office e-mail' },
      admin: {
        description: {
          vi: 'Mỗi câu hỏi mới được báo về địa chỉ này để phân loại và chuyển đơn vị. Để trống thì không gửi.',
          en: 'Every new case is announced to this address for triage. Leave blank to send nothing.',
        },
      },
    },
    {
      name: 'holidays',
      type: 'array',
      label: { vi: 'Lịch nghỉ lễ, làm bù', en: 'Holidays and make-up days' },
      labels: { singular: { vi: 'Ngày', en: 'Day' }, plural: { vi: 'Ngày', en: 'Days' } },
      admin: {
        description: {
          vi: 'Ghi các ngày nghỉ lễ, Tết, nghỉ bù (không tính vào thời hạn) và các ngày thứ Bảy làm bù (có tính) theo thông báo hằng năm của Bộ Nội vụ. Một khoảng nhiều ngày ghi một dòng, tối đa 31 ngày.',
          en: "Public holidays, Tết and bridged days (not counted) and Saturdays worked to make up for them (counted), from the Ministry of Home Affairs' yearly notice. One row per period, at most 31 days.",
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'from',
              type: 'date',
              label: { vi: 'Từ ngày', en: 'From' },
              required: true,
              validate: calendarCheck('from'),
              admin: DAY,
            },
            {
              name: 'to',
              type: 'date',
              label: { vi: 'Đến ngày', en: 'To' },
              validate: calendarCheck('to'),
              admin: {
                ...DAY,
                description: { vi: 'Để trống nếu chỉ một ngày.', en: 'Leave blank for a single day.' },
              },
            },
            {
              name: 'kind',
              type: 'select',
              label: { vi: 'Loại', en: 'Kind' },
              required: true,
              defaultValue: 'holiday',
              options: [
                { value: 'holiday', label: { vi: 'Ngày nghỉ', en: 'Day off' } },
                { value: 'workday', label: { vi: 'Ngày làm bù', en: 'Make-up working day' } },
              ],
            },
            {
              name: 'name',
              type: 'text',
              label: { vi: 'Tên', en: 'Name' },
              required: true,
              validate: (value: unknown) =>
                typeof value === 'string' && value.trim() !== ''
                  ? true
                  : bilingual(CALENDAR_ENTRY_MESSAGES['name-required']),
            },
          ],
        },
      ],
    },
  ],
}
