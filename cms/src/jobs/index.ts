import type { JobsConfig } from 'payload'
import { sendQuotaReminders } from '../editorial/quotaReminders'
import { runDuePublications } from './publishDue'
import { refreshStoredStatuses } from './refreshStatuses'

export const PUBLISHING_QUEUE = 'publishing'
export const EDITORIAL_QUEUE = 'editorial'

/**
 * Tasks queued by Payload's scheduler and run by its autorun cron in the CMS process: scheduled
 * publishing every minute, quota reminders every morning, date-driven statuses every night.
 * Tests (and deployments that run jobs elsewhere) set `CONG_JOBS_AUTORUN=false` and call the
 * task functions or `payload.jobs.run`.
 */
export const jobs: JobsConfig = {
  tasks: [
    {
      slug: 'publishDue',
      label: 'Đăng các bài đã hẹn giờ / Publish scheduled items',
      schedule: [{ cron: '* * * * *', queue: PUBLISHING_QUEUE }],
      retries: 0,
      handler: async ({ req }) => {
        const published = await runDuePublications(req.payload)
        return { output: { published: published.length } }
      },
      outputSchema: [{ name: 'published', type: 'number', required: true }],
    },
    {
      slug: 'quotaReminders',
      label: 'Nhắc đơn vị chưa đủ chỉ tiêu tin bài / Remind units behind their quota',
      // 01:00 UTC is 08:00 in Ha Noi: the reminder arrives at the start of the working day.
      schedule: [{ cron: '0 1 * * *', queue: EDITORIAL_QUEUE }],
      retries: 0,
      handler: async ({ req }) => {
        const sent = await sendQuotaReminders(req.payload)
        return { output: { reminded: sent.length } }
      },
      outputSchema: [{ name: 'reminded', type: 'number', required: true }],
    },
    {
      slug: 'refreshStatuses',
      label: 'Cập nhật tình trạng hiệu lực và dự thảo theo ngày / Refresh validity and draft statuses',
      // 17:01 UTC is 00:01 in Ha Noi: the new day's statuses.
      schedule: [{ cron: '1 17 * * *', queue: EDITORIAL_QUEUE }],
      retries: 0,
      handler: async ({ req }) => {
        const refreshed = await refreshStoredStatuses(req.payload)
        return {
          output: { legalDocuments: refreshed.legalDocuments.length, drafts: refreshed.drafts.length },
        }
      },
      outputSchema: [
        { name: 'legalDocuments', type: 'number', required: true },
        { name: 'drafts', type: 'number', required: true },
      ],
    },
  ],
  autoRun:
    process.env.CONG_JOBS_AUTORUN === 'false'
      ? undefined
      : [
          { cron: '* * * * *', queue: PUBLISHING_QUEUE },
          { cron: '*/10 * * * *', queue: EDITORIAL_QUEUE },
        ],
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    admin: { ...defaultJobsCollection.admin, group: { vi: 'Hệ thống', en: 'System' } },
  }),
}
