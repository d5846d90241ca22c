import type { Locale } from '@cong/shared/snapshot'
import { formatVietnameseDate, type IsoDate } from '@cong/shared/vnDate'
import { format } from 'date-fns'
import { enGB, vi } from 'date-fns/locale'
import { formatInTimeZone } from 'date-fns-tz'

/** Readers are in Vietnam: every date shows Vietnam time, whatever the build machine's zone. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const LOCALES = { vi, en: enGB }
const DATE_TIME = { vi: "EEEE, dd/MM/yyyy, HH:mm '(GMT+7)'", en: "EEEE d MMMM yyyy, HH:mm '(GMT+7)'" }
const DATE = { vi: 'dd/MM/yyyy', en: 'd MMM yyyy' }

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)

/** "Thứ Tư, 18/06/2025, 09:30 (GMT+7)" / "Wednesday 18 June 2025, 09:30 (GMT+7)". */
export function formatDateTime(iso: string, locale: Locale): string {
  return capitalise(formatInTimeZone(iso, TIME_ZONE, DATE_TIME[locale], { locale: LOCALES[locale] }))
}

/** "18/06/2025" / "18 Jun 2025". */
export function formatDate(iso: string, locale: Locale): string {
  return formatInTimeZone(iso, TIME_ZONE, DATE[locale], { locale: LOCALES[locale] })
}

/** Calendar date in Vietnam, "2025-06-18": sortable, and what `<time datetime>` should carry. */
export function isoDay(iso: string): string {
  return formatInTimeZone(iso, TIME_ZONE, 'yyyy-MM-dd')
}

/** Year in Vietnam: an article posted at 01:00 on 1 January (GMT+7) belongs to the new year. */
export function yearOf(iso: string): string {
  return formatInTimeZone(iso, TIME_ZONE, 'yyyy')
}

/**
 * A calendar day (ngày ban hành, hạn góp ý), never shifted by a time zone: "01/01/2025" the way
 * Vietnamese documents write it, "1 January 2025" in English.
 */
export function formatDay(date: IsoDate, locale: Locale): string {
  if (locale === 'vi') return formatVietnameseDate(date)
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return format(new Date(y, m - 1, d), 'd MMMM yyyy', { locale: enGB })
}
