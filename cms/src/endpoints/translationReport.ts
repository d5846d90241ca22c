import type { PayloadRequest } from 'payload'
import {
  coverageCsv,
  loadTranslationCoverage,
  parseCoveragePeriod,
  PERIOD_ERRORS,
  type CoveragePeriod,
} from '../translations/coverage'
import { TRANSLATION_REPORT_MESSAGES as MESSAGES } from '../i18n/translationQueue'
import {
  refuseReport as refuse,
  reportEndpoint,
  reportFile,
  reportJson,
  reportReaderRefusal,
} from './reportResponse'

const FORMATS = ['json', 'csv'] as const
type Format = (typeof FORMATS)[number]

function check(req: PayloadRequest): { period: CoveragePeriod; format: Format } | Response {
  const refusal = reportReaderRefusal(req, MESSAGES)
  if (refusal) return refusal
  const params = new URL(req.url ?? '', 'http://cms.invalid').searchParams
  const parsed = parseCoveragePeriod(params.get('from'), params.get('to'), new Date())
  if ('error' in parsed) return refuse(400, parsed.error, PERIOD_ERRORS[parsed.error])
  const format = (params.get('format') ?? 'json') as Format
  if (!FORMATS.includes(format)) return refuse(400, 'bad-format', MESSAGES.badFormat)
  return { period: parsed.period, format }
}

/**
 * `GET /api/reports/translations?from=yyyy-MM&to=yyyy-MM&format=json|csv`: how much of what is
 * public has published English, per section, per month of Vietnamese publication and per kind.
 * Without a period, every month.
 */
export const translationReportEndpoint = reportEndpoint(
  '/reports/translations',
  check,
  async (req, { period, format }) => {
    const report = await loadTranslationCoverage(req.payload, period)
    if (format === 'json') return reportJson(report)
    const name = period ? `ban-tieng-anh-${period.from}-${period.to}.csv` : 'ban-tieng-anh.csv'
    return reportFile(coverageCsv(report), 'csv', name)
  },
)
