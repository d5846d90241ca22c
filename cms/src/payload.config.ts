import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import type { Config } from '@cong/shared/payload-types'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import sharp from 'sharp'

import { collections } from './collections'
import { casesAdminComponents, editorialAdminComponents, publishingAdminComponents, translationsAdminComponents } from './components'
import { globals } from './globals'
import { endpoints } from './endpoints'
import { jobs } from './jobs'
import { databaseAdapter } from './db/adapter'
import { outboxAdapter } from './email/outbox'
import { adminTranslations } from './i18n'
import { checkWebhookSecret, requireSecret } from './secrets'
import { storagePlugins } from './storage/s3'

const dirname = path.dirname(fileURLToPath(import.meta.url))

checkWebhookSecret()

// @payloadcms/storage-s3 has no 3.90.2 release, so its cloud-storage base is 3.90.1 beside our
// Payload 3.90.2 (its UI dependency is overridden to ours in the root package.json). Payload's
// development-time version check rejects that pair with an unhandled rejection at every start,
// which fails every test file; production never runs the check. Delete this line once the S3
// adapter can be installed at our Payload version.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

export default buildConfig({
  serverURL: process.env.CMS_PUBLIC_URL ?? '',
  secret: requireSecret('PAYLOAD_SECRET'),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  collections,
  globals,
  endpoints,
  jobs,
  email: outboxAdapter(),
  // Uploads go to S3-compatible storage when S3_BUCKET is set (docs/deploy.md), else to the local disk.
  plugins: storagePlugins(),
  admin: {
    user: 'users',
    meta: { titleSuffix: ' — Cổng quản trị' },
    // Vietnamese reading order; Payload's default renders "tháng 11 23 2026, 10:46 AM".
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Gravatar is unreachable from government networks and would show a broken image.
    avatar: 'default',
    importMap: { baseDir: dirname },
    components: {
      ...publishingAdminComponents,
      ...editorialAdminComponents,
      // The work list first: it is what most people open the dashboard for.
      afterDashboard: [...editorialAdminComponents.afterDashboard, ...publishingAdminComponents.afterDashboard],
      afterNavLinks: [
        ...editorialAdminComponents.afterNavLinks,
        ...casesAdminComponents.afterNavLinks,
        ...translationsAdminComponents.afterNavLinks,
        ...publishingAdminComponents.afterNavLinks,
      ],
      views: {
        ...editorialAdminComponents.views,
        ...casesAdminComponents.views,
        ...translationsAdminComponents.views,
        ...publishingAdminComponents.views,
      },
    },
  },
  i18n: {
    fallbackLanguage: 'vi',
    supportedLanguages: { vi, en },
    translations: adminTranslations,
  },
  localization: {
    locales: [
      { code: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
      { code: 'en', label: { vi: 'Tiếng Anh', en: 'English' } },
    ],
    defaultLocale: 'vi',
    // English is a translation: where it is missing, the admin shows the Vietnamese source.
    fallback: true,
  },
  typescript: {
    outputFile: path.resolve(dirname, '../../shared/src/payload-types.ts'),
    // The types live in @cong/shared, which does not depend on payload; the augmentation that
    // types the local API is declared below, where payload resolves.
    declare: false,
  },
  graphQL: { disable: true },
  telemetry: false,
})

declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}
