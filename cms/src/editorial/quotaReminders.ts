import type { Payload } from 'payload'
import { isReminderDay } from '@cong/shared/quota'
import { loadQuotaStanding } from './quota'
import { quotaReminderEmail } from './strings'

export interface SentReminder {
  unitId: string
  recipients: string[]
}

/**
 * From Thursday, e-mails the contributors of every unit behind its quota, once per unit and week.
 * A failed send is logged and retried on the next run (nothing is recorded for it).
 */
export async function sendQuotaReminders(payload: Payload, now = new Date()): Promise<SentReminder[]> {
  if (!isReminderDay(now)) return []
  const standing = await loadQuotaStanding(payload, now)
  const sent: SentReminder[] = []
  const adminUrl = `${payload.config.serverURL}${payload.config.routes.admin}`
  for (const row of standing.rows.filter((r) => r.behind && r.contributors.length > 0)) {
    const { totalDocs } = await payload.count({
      collection: 'quota-reminders',
      where: { and: [{ unit: { equals: row.unitRef } }, { week: { equals: standing.week } }] },
      overrideAccess: true,
    })
    if (totalDocs > 0) continue
    const recipients = row.contributors.map((c) => c.email)
    const email = quotaReminderEmail({
      unitName: row.unitName,
      week: standing.week,
      count: row.thisWeek,
      quota: row.quota,
      writeUrl: `${adminUrl}/collections/articles/create`,
    })
    try {
      await payload.sendEmail({ to: recipients, subject: email.subject, text: email.text })
    } catch (error) {
      payload.logger.error({ err: error, msg: `Quota reminder to unit ${row.unitId} failed` })
      continue
    }
    await payload.create({
      collection: 'quota-reminders',
      data: {
        unit: row.unitRef,
        week: standing.week,
        count: row.thisWeek,
        quota: row.quota,
        recipients,
        sentAt: now.toISOString(),
      },
      overrideAccess: true,
    })
    sent.push({ unitId: row.unitId, recipients })
  }
  return sent
}
