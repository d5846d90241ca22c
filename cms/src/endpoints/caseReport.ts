import type { PayloadRequest } from 'payload'
import type { Label } from '@cong/shared/legalVocabulary'
import type { Month } from '@cong/shared/monthlyReport'
import { caseStatsCsv, caseStatsXlsx } from '../reports/cases/files'
import { loadCaseStats } from '../reports/cases/load'
import { parsePeriod, PERIOD_ERRORS } from '../reports/cases/period'
import { caseReportFileName } from '../reports/cases/strings'
import { refuseReport as refuse, reportEndpoint, reportFile, reportFileMeta, reportJson, reportReaderRefusal } from './reportResponse'

const MESSAGES = {
  unauthenticated: { vi: 'Cần đăng nhập.', en: 'Please sign in.' },
  forbidden: {
    vi: 'Chỉ biên tập viên, Ban Biên tập và quản trị hệ thống được xem thống kê hỏi đáp.',
    en: 'Only editors, the board and admins may read the case statistics.',
  },
  badFormat: { vi: 'Định dạng phải là json, xlsx hoặc csv.', en: 'The format must be json, xlsx or csv.' },
} satisfies Record<string, Label>

const FORMATS = ['json', 'xlsx', 'csv'] as const
type Format = (typeof FORMATS)[number]

function check(req: PayloadRequest): { from: Month; to: Month; format: Format } | Response {
  const refusal = reportReaderRefusal(req, MESSAGES)
  if (refusal) return refusal
  const params = new URL(req.url ?? '', 'http://cms.invalid').searchParams
  const period = parsePeriod(params.get('from'), params.get('to'), new Date())
  if ('error' in period) return refuse(400, period.error, PERIOD_ERRORS[period.error])
  const format = (params.get('format') ?? 'json') as Format
  if (!FORMATS.includes(format)) return refuse(400, 'bad-format', MESSAGES.badFormat)
  return { ...period, format }
}

/**
 * `GET /api/reports/cases?from=yyyy-MM&to=yyyy-MM&format=json|xlsx|csv`: the statistics of
 * citizens' cases for the dashboard, and as files for the monthly and yearly reports.
 */
export const caseReportEndpoint = reportEndpoint('/reports/cases', check, async (req, { from, to, format }) => {
  const now = new Date()
  const report = await loadCaseStats(req.payload, from, to, now)
  if (format === 'json') return reportJson(report)
  const meta = await reportFileMeta(req, now)
  const file = format === 'xlsx' ? await caseStatsXlsx(report, meta) : caseStatsCsv(report)
  return reportFile(file, format, caseReportFileName(from, to, format))
})
