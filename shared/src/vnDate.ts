import { formatInTimeZone, fromZonedTime } from 'date-fns-tz'

/**
 * Calendar dates as the agencies state them. Legal dates (ngày ban hành, ngày có hiệu lực) and
 * comment periods are days in Viet Nam, not instants: "closes on 30/11" means 23:59:59 in Ha Noi
 * whatever the server's clock zone. They travel as `yyyy-MM-dd` strings so no time zone can shift
 * them by a day on the way.
 */
export const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh'

export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `value` is a real calendar date in `yyyy-MM-dd` form (no 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The date it is in Viet Nam at `instant`. */
export function vietnamDate(instant: Date): IsoDate {
  return formatInTimeZone(instant, PORTAL_TIME_ZONE, 'yyyy-MM-dd')
}

/**
 * A stored date-time (Payload keeps dates as ISO instants, typically midnight UTC or midnight in
 * Viet Nam depending on how the editor picked it) read as the Vietnamese calendar day. An
 * `yyyy-MM-dd` string passes through.
 */
export function toVietnamDate(value: string | Date): IsoDate {
  if (typeof value === 'string' && isIsoDate(value)) return value
  const instant = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date: ${String(value)}`)
  return vietnamDate(instant)
}

/** 00:00:00.000 of `date` in Viet Nam. */
export function startOfVietnamDay(date: IsoDate): Date {
  return fromZonedTime(`${date}T00:00:00.000`, PORTAL_TIME_ZONE)
}

/** 23:59:59.999 of `date` in Viet Nam: the last instant that still belongs to that day. */
export function endOfVietnamDay(date: IsoDate): Date {
  return fromZonedTime(`${date}T23:59:59.999`, PORTAL_TIME_ZONE)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (d: IsoDate) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)))
  return Math.round((utc(to) - utc(from)) / 86_400_000)
}

/** The calendar day `days` after `date` (before, when negative). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  const utc = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days))
  return utc.toISOString().slice(0, 10)
}

/** ISO day of the week of a calendar day: 1 for Monday … 7 for Sunday. */
export function isoWeekday(date: IsoDate): number {
  const day = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay()
  return day === 0 ? 7 : day
}

/** `dd/MM/yyyy`, the way Vietnamese documents write dates. */
export function formatVietnameseDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`
}

/** `dd/MM/yyyy HH:mm` in Viet Nam time, the way the admin and its exports write an instant. */
export function formatVietnamDateTime(instant: Date | string): string {
  return formatInTimeZone(instant, PORTAL_TIME_ZONE, 'dd/MM/yyyy HH:mm')
}
