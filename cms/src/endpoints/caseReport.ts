import type { Endpoint, PayloadRequest } from 'payload'
import type { Label } from '@cong/shared/legalVocabulary'
import type { Month } from '@cong/shared/monthlyReport'
import { roleOf } from '../access/roles'
import { caseStatsCsv, caseStatsXlsx } from '../reports/cases/files'
import { loadCaseStats } from '../reports/cases/load'
import { parsePeriod, PERIOD_ERRORS } from '../reports/cases/period'
import { caseReportFileName } from '../reports/cases/strings'
import { REPORT_ROLES } from '../reports/monthly/roles'

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
const CONTENT_TYPES: Record<Exclude<Format, 'json'>, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
}

const refuse = (status: number, error: string, message: Label) =>
  Response.json({ error, message }, { status, headers: { 'cache-control': 'no-store' } })

function check(req: PayloadRequest): { from: Month; to: Month; format: Format } | Response {
  if (!req.user) return refuse(401, 'unauthenticated', MESSAGES.unauthenticated)
  const role = roleOf(req.user as Parameters<typeof roleOf>[0])
  if (!role || !REPORT_ROLES.includes(role)) return refuse(403, 'forbidden', MESSAGES.forbidden)
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
export const caseReportEndpoint: Endpoint = {
  path: '/reports/cases',
  method: 'get',
  handler: async (req) => {
    const checked = check(req)
    if (checked instanceof Response) return checked
    const { from, to, format } = checked
    const now = new Date()
    const report = await loadCaseStats(req.payload, from, to, now)
    if (format === 'json') return Response.json(report, { headers: { 'cache-control': 'no-store' } })
    const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, locale: 'vi' })
    const meta = { siteName: settings.siteName ?? 'Cổng thông tin điện tử', generatedAt: now }
    const file = format === 'xlsx' ? await caseStatsXlsx(report, meta) : caseStatsCsv(report)
    return new Response(new Uint8Array(file), {
      headers: {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${caseReportFileName(from, to, format)}"`,
        'cache-control': 'no-store',
      },
    })
  },
}
