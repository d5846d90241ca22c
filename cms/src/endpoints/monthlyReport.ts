import type { PayloadRequest } from 'payload'
import { isMonth, type Month } from '@cong/shared/monthlyReport'
import { vietnamDate } from '@cong/shared/vnDate'
import { loadMonthlyReport } from '../reports/monthly/load'
import { monthlyReportPdf } from '../reports/monthly/pdf'
import { reportFileName } from '../reports/monthly/strings'
import { monthlyReportXlsx } from '../reports/monthly/xlsx'
import { refuseReport as refuse, reportEndpoint, reportFile, reportFileMeta, reportJson, reportReaderRefusal } from './reportResponse'

const MESSAGES = {
  unauthenticated: 'Cần đăng nhập. / Please sign in.',
  forbidden: 'Chỉ biên tập viên, Ban Biên tập và quản trị hệ thống được xem báo cáo tháng. / Only editors, the board and admins may read the monthly report.',
  badMonth: 'Tháng phải có dạng yyyy-MM, ví dụ 2026-10. / The month must look like 2026-10.',
  future: 'Tháng này chưa bắt đầu. / That month has not started yet.',
  badFormat: 'Định dạng phải là json, xlsx hoặc pdf. / The format must be json, xlsx or pdf.',
}

const FORMATS = ['json', 'xlsx', 'pdf'] as const
type Format = (typeof FORMATS)[number]

function check(req: PayloadRequest): { month: Month; format: Format } | Response {
  const refusal = reportReaderRefusal(req, MESSAGES)
  if (refusal) return refusal
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
export const monthlyReportEndpoint = reportEndpoint('/reports/monthly', check, async (req, { month, format }) => {
  const report = await loadMonthlyReport(req.payload, month)
  if (format === 'json') return reportJson(report)
  const meta = await reportFileMeta(req, new Date())
  const file = format === 'xlsx' ? await monthlyReportXlsx(report, meta) : await monthlyReportPdf(report, meta)
  return reportFile(file, format, reportFileName(month, format))
})
