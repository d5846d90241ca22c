import type { JobsConfig } from 'payload'
import { runDuePublications } from './publishDue'

export const PUBLISHING_QUEUE = 'publishing'

/**
 * One task, queued every minute by Payload's scheduler and run by its autorun cron in the CMS
 * process. Tests (and deployments that run jobs elsewhere) set `CONG_JOBS_AUTORUN=false` and
 * call `runDuePublications` or `payload.jobs.run` themselves.
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
  ],
  autoRun:
    process.env.CONG_JOBS_AUTORUN === 'false' ? undefined : [{ cron: '* * * * *', queue: PUBLISHING_QUEUE }],
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    admin: { ...defaultJobsCollection.admin, group: { vi: 'Hệ thống', en: 'System' } },
  }),
}
