import type { Config } from 'payload'

type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

/**
 * Admin components of the publishing side, by import-map path (run `pnpm generate:importmap`
 * after changing them): the site-builds panel on the dashboard, its full view and a nav link.
 */
export const publishingAdminComponents = {
  afterDashboard: [
    { path: '/components/SiteBuilds/SiteBuildsPanel#SiteBuildsPanel', clientProps: { compact: true } },
  ],
  afterNavLinks: ['/components/SiteBuilds/SiteBuildsNavLink#SiteBuildsNavLink'],
  views: {
    siteBuilds: { Component: '/components/SiteBuilds/SiteBuildsView#SiteBuildsView', path: '/site-builds' },
  },
} satisfies AdminComponents

/**
 * Admin components of the editorial side: Cổng's logo and icon instead of Payload's, and the
 * dashboard's work list (review queue, or the unit's drafts for contributors), and the weekly
 * quota of the units (a dashboard summary and a full view) and the director's monthly report.
 */
export const editorialAdminComponents = {
  graphics: {
    Logo: '/components/Branding/Logo#Logo',
    Icon: '/components/Branding/Icon#Icon',
  },
  afterDashboard: ['/components/ReviewQueue/ReviewQueue#ReviewQueue', '/components/Quota/QuotaPanel#QuotaPanel'],
  afterNavLinks: ['/components/Quota/QuotaNavLink#QuotaNavLink', '/components/MonthlyReport/MonthlyReportNavLink#MonthlyReportNavLink'],
  views: {
    editorialQuota: { Component: '/components/Quota/QuotaView#QuotaView', path: '/editorial-quota' },
    monthlyReport: { Component: '/components/MonthlyReport/MonthlyReportView#MonthlyReportView', path: '/monthly-report' },
  },
} satisfies AdminComponents

/**
 * Admin screens of citizens' cases: the deadline list (overdue, due soon) for everyone who
 * handles cases, and the statistics dashboard for the editorial office and the board.
 */
export const casesAdminComponents = {
  afterNavLinks: [
    {
      path: '/components/AdminNavLink#AdminNavLink',
      clientProps: {
        path: '/cases-due',
        roles: ['caseHandler', 'editor', 'board', 'admin'],
        label: { vi: 'Hạn xử lý câu hỏi', en: 'Case deadlines' },
      },
    },
    {
      path: '/components/AdminNavLink#AdminNavLink',
      clientProps: {
        path: '/case-statistics',
        roles: ['editor', 'board', 'admin'],
        label: { vi: 'Thống kê hỏi đáp', en: 'Case statistics' },
      },
    },
  ],
  views: {
    casesDue: { Component: '/components/Cases/CasesDueView#CasesDueView', path: '/cases-due' },
    caseStatistics: {
      Component: '/components/CaseStatistics/CaseStatisticsView#CaseStatisticsView',
      path: '/case-statistics',
    },
  },
} satisfies AdminComponents

/**
 * Admin screens of the English translation workflow: the translator's queue (with XLIFF export
 * and import) and the coverage report.
 */
export const translationsAdminComponents = {
  afterNavLinks: [
    {
      path: '/components/AdminNavLink#AdminNavLink',
      clientProps: {
        path: '/translation-queue',
        roles: ['translator', 'editor', 'board', 'admin'],
        label: { vi: 'Hàng chờ dịch', en: 'Translation queue' },
      },
    },
    {
      path: '/components/AdminNavLink#AdminNavLink',
      clientProps: {
        path: '/translation-coverage',
        roles: ['editor', 'board', 'admin'],
        label: { vi: 'Tỷ lệ bản tiếng Anh', en: 'English coverage' },
      },
    },
  ],
  views: {
    translationQueue: {
      Component: '/components/Translations/TranslationQueueView#TranslationQueueView',
      path: '/translation-queue',
    },
    translationCoverage: {
      Component: '/components/Translations/TranslationCoverageView#TranslationCoverageView',
      path: '/translation-coverage',
    },
  },
} satisfies AdminComponents
