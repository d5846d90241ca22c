import type { Endpoint, PayloadRequest } from 'payload'
import { isMonth, type Month } from '@cong/shared/monthlyReport'
import { vietnamDate } from '@cong/shared/vnDate'
import { roleOf } from '../access/roles'
import { loadMonthlyReport } from '../reports/monthly/load'
import { monthlyReportPdf } from '../reports/monthly/pdf'
import { REPORT_ROLES } from '../reports/monthly/roles'
import { reportFileName } from '../reports/monthly/strings'
import { monthlyReportXlsx } from '../reports/monthly/xlsx'

const MESSAGES = {
  unauthenticated: 'Cần đăng nhập. / Please sign in.',
  forbidden: 'Chỉ biên tập viên, Ban Biên tập và quản trị hệ thống được xem báo cáo tháng. / Only editors, the board and admins may read the monthly report.',
  badMonth: 'Tháng phải có dạng yyyy-MM, ví dụ 2026-10. / The month must look like 2026-10.',
  future: 'Tháng này chưa bắt đầu. / That month has not started yet.',
  badFormat: 'Định dạng phải là json, xlsx hoặc pdf. / The format must be json, xlsx or pdf.',
}

const FORMATS = ['json', 'xlsx', 'pdf'] as const
type Format = (typeof FORMATS)[number]

const CONTENT_TYPES: Record<Exclude<Format, 'json'>, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
}

const refuse = (status: number, error: string, message: string) =>
  Response.json({ error, message }, { status, headers: { 'cache-control': 'no-store' } })

function check(req: PayloadRequest): { month: Month; format: Format } | Response {
  if (!req.user) return refuse(401, 'unauthenticated', MESSAGES.unauthenticated)
  const role = roleOf(req.user as Parameters<typeof roleOf>[0])
  if (!role || !REPORT_ROLES.includes(role)) return refuse(403, 'forbidden', MESSAGES.forbidden)
  const url = new URL(req.url ?? '', 'http://cms.invalid')
  const month = url.searchParams.get('month') ?? ''
  const format = (url.searchParams.get('format') ?? 'json') as Format
  if (!isMonth(month)) return refuse(400, 'bad-month', MESSAGES.badMonth)
  if (month > vietnamDate(new Date()).slice(0, 7)) return refuse(400, 'future-month', MESSAGES.future)
  if (!FORMATS.includes(format)) return refuse(400, 'bad-format', MESSAGES.badFormat)
  return { month, format }
}

/**
 * `GET /api/reports/monthly?month=yyyy-MM&format=json|xlsx|pdf`: the director's monthly activity
 * report, as data for the admin screen or as the files the office files and prints.
 */
export const monthlyReportEndpoint: Endpoint = {
  path: '/reports/monthly',
  method: 'get',
  handler: async (req) => {
    const checked = check(req)
    if (checked instanceof Response) return checked
    const report = await loadMonthlyReport(req.payload, checked.month)
    if (checked.format === 'json') return Response.json(report, { headers: { 'cache-control': 'no-store' } })
    const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, locale: 'vi' })
    const meta = { siteName: settings.siteName ?? 'Cổng thông tin điện tử', generatedAt: new Date() }
    const file = checked.format === 'xlsx' ? await monthlyReportXlsx(report, meta) : await monthlyReportPdf(report, meta)
    return new Response(new Uint8Array(file), {
      headers: {
        'content-type': CONTENT_TYPES[checked.format],
        'content-disposition': `attachment; filename="${reportFileName(checked.month, checked.format)}"`,
        'cache-control': 'no-store',
      },
    })
  },
}
