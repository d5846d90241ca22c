import { addCalendarDays, startOfVietnamDay, vietnamDate } from '@cong/shared/vnDate'

/**
 * A rebuild a few minutes after midnight in Viet Nam, every day. Some of what the site shows
 * changes with the date alone, with no edit to fire a webhook: a decree comes into force, a
 * comment period closes, "còn 3 ngày" becomes "còn 2 ngày".
 */
export const DAILY_REBUILD_MINUTES_PAST_MIDNIGHT = 5

export function nextDailyRebuild(now: Date, minutesPastMidnight = DAILY_REBUILD_MINUTES_PAST_MIDNIGHT): Date {
  const at = (day: string) => new Date(startOfVietnamDay(day).getTime() + minutesPastMidnight * 60_000)
  const today = vietnamDate(now)
  const candidate = at(today)
  return candidate > now ? candidate : at(addCalendarDays(today, 1))
}

/** Calls `rebuild` at every next daily time until the returned function is called. */
export function scheduleDailyRebuild(rebuild: () => void, clock: () => Date = () => new Date()): () => void {
  let timer: NodeJS.Timeout | undefined
  const arm = () => {
    const now = clock()
    timer = setTimeout(() => {
      rebuild()
      arm()
    }, nextDailyRebuild(now).getTime() - now.getTime())
    timer.unref()
  }
  arm()
  return () => clearTimeout(timer)
}
