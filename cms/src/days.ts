import { toVietnamDate, vietnamDate, type IsoDate } from '@cong/shared/vnDate'
import { clock } from './clock'

/**
 * Vietnamese calendar days as the CMS stores them in Payload's date fields (legal dates, comment
 * periods). Payload keeps instants; these two functions are the only way in and out.
 */

/** A stored date (an instant, or `yyyy-MM-dd` as the importer sends it) as the Vietnamese day. */
export const dayOf = (value: unknown): IsoDate | undefined =>
  (typeof value === 'string' && value !== '') || value instanceof Date ? toVietnamDate(value) : undefined

/**
 * A computed day as stored: noon UTC is the same calendar day from UTC−11 to UTC+11, so the
 * admin shows it right whatever the browser's zone, and `dayOf` reads it back unchanged.
 */
export const storedDay = (day: IsoDate | undefined): Date | null =>
  day ? new Date(`${day}T12:00:00.000Z`) : null

export const todayInVietnam = (): IsoDate => vietnamDate(clock.now())
