import { addCalendarDays, formatVietnameseDate } from '@cong/shared/vnDate'

const sunday = (monday: string) => addCalendarDays(monday, 6)

/** The quota reminder e-mail, Vietnamese first with the English below for foreign staff. */
export function quotaReminderEmail(input: {
  unitName: string
  week: string
  count: number
  quota: number
  writeUrl: string
}): { subject: string; text: string } {
  const { unitName, week, count, quota, writeUrl } = input
  const from = formatVietnameseDate(week)
  const to = formatVietnameseDate(sunday(week))
  return {
    subject: `[Cổng] ${unitName}: tuần này mới gửi ${count}/${quota} bài / Weekly article quota reminder`,
    text: [
      `Kính gửi các cộng tác viên của ${unitName},`,
      '',
      `Tuần này (từ ${from} đến ${to}), đơn vị mới gửi ${count} trên ${quota} bài theo chỉ tiêu tới Ban Biên tập.`,
      `Đề nghị đơn vị gửi bài trước hết ngày Chủ nhật ${to}.`,
      '',
      `Viết bài mới: ${writeUrl}`,
      '',
      'Ban Biên tập Cổng thông tin điện tử',
      '',
      '---',
      `This week (${from} to ${to}) ${unitName} has sent ${count} of its ${quota} weekly article(s) to the editorial board.`,
      `Please send the rest by Sunday ${to}. Write a new article: ${writeUrl}`,
    ].join('\n'),
  }
}

/** Labels of the quota screen in the admin's two languages. */
export const QUOTA_STRINGS = {
  vi: {
    title: 'Chỉ tiêu tin bài',
    intro: (quota: number, from: string) =>
      `Mỗi đơn vị gửi ít nhất ${quota} bài mỗi tuần tới Ban Biên tập. Tuần này bắt đầu từ thứ Hai ${from}. Đơn vị chưa đủ được nhắc qua thư điện tử từ thứ Năm.`,
    unit: 'Đơn vị',
    thisWeek: 'Tuần này',
    lastWeeks: '4 tuần trước',
    trend: 'Xu hướng',
    status: 'Tình trạng',
    behind: 'Chưa đủ',
    onTrack: 'Đủ chỉ tiêu',
    trendLabel: { up: 'Tăng', down: 'Giảm', flat: 'Giữ nguyên' },
    none: 'Chưa có đơn vị nào có cộng tác viên.',
    behindSummary: (n: number, total: number) => `${n}/${total} đơn vị chưa đủ chỉ tiêu tuần này`,
    allOnTrack: 'Tất cả đơn vị đã đủ chỉ tiêu tuần này.',
    weekOf: (d: string) => `Tuần ${d}`,
    seeAll: 'Xem bảng chỉ tiêu',
  },
  en: {
    title: 'Article quotas',
    intro: (quota: number, from: string) =>
      `Each unit sends at least ${quota} article(s) a week to the editorial board. This week began on Monday ${from}. Units behind are reminded by e-mail from Thursday.`,
    unit: 'Unit',
    thisWeek: 'This week',
    lastWeeks: 'Last 4 weeks',
    trend: 'Trend',
    status: 'Status',
    behind: 'Behind',
    onTrack: 'On track',
    trendLabel: { up: 'Rising', down: 'Falling', flat: 'Steady' },
    none: 'No unit has contributors yet.',
    behindSummary: (n: number, total: number) => `${n} of ${total} units are behind this week`,
    allOnTrack: 'Every unit is on track this week.',
    weekOf: (d: string) => `Week of ${d}`,
    seeAll: 'See the quota table',
  },
} as const

export const quotaStrings = (language: string) => (language === 'en' ? QUOTA_STRINGS.en : QUOTA_STRINGS.vi)
