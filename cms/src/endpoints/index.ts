import type { Endpoint } from 'payload'
import { caseReportEndpoint } from './caseReport'
import { monthlyReportEndpoint } from './monthlyReport'
import { siteBuildEndpoints } from './siteBuilds'
import { snapshotEndpoint } from './snapshot'
import { translationReportEndpoint } from './translationReport'
import { viewEndpoints } from './views'

export const endpoints: Endpoint[] = [
  snapshotEndpoint,
  ...viewEndpoints,
  ...siteBuildEndpoints,
  monthlyReportEndpoint,
  caseReportEndpoint,
  translationReportEndpoint,
]
