import type { Endpoint, PayloadRequest } from 'payload'
import type { Label } from '@cong/shared/legalVocabulary'
import { roleOf } from '../access/roles'
import { REPORT_ROLES } from '../reports/monthly/roles'

// Report figures change with every case and article, so no answer of a report endpoint may be
// kept by a browser or proxy, a refusal included.
const NO_STORE = { 'cache-control': 'no-store' }

export const REPORT_CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const

export const refuseReport = (status: number, error: string, message: Label | string) =>
  Response.json({ error, message }, { status, headers: NO_STORE })

/** The refusal for a visitor the reports are not for, or null for someone who may read them. */
export function reportReaderRefusal(
  req: PayloadRequest,
  messages: { unauthenticated: Label | string; forbidden: Label | string },
): Response | null {
  if (!req.user) return refuseReport(401, 'unauthenticated', messages.unauthenticated)
  const role = roleOf(req.user as Parameters<typeof roleOf>[0])
  if (!role || !REPORT_ROLES.includes(role)) return refuseReport(403, 'forbidden', messages.forbidden)
  return null
}

export const reportJson = (report: unknown) => Response.json(report, { headers: NO_STORE })

/** What the report files print in their heading: the portal's Vietnamese name and when they were made. */
export async function reportFileMeta(req: PayloadRequest, generatedAt: Date) {
  const settings = await req.payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    locale: 'vi',
  })
  return { siteName: settings.siteName ?? 'Cổng thông tin điện tử', generatedAt }
}

export function reportFile(
  file: Uint8Array,
  format: keyof typeof REPORT_CONTENT_TYPES,
  fileName: string,
): Response {
  return new Response(new Uint8Array(file), {
    headers: {
      'content-type': REPORT_CONTENT_TYPES[format],
      'content-disposition': `attachment; filename="${fileName}"`,
      ...NO_STORE,
    },
  })
}

/**
 * A `GET` report endpoint: `check` reads who asks and for what, or refuses; only a request it
 * lets through makes the database count anything.
 */
export const reportEndpoint = <Query>(
  path: string,
  check: (req: PayloadRequest) => Query | Response,
  answer: (req: PayloadRequest, query: Query) => Promise<Response>,
): Endpoint => ({
  path,
  method: 'get',
  handler: async (req) => {
    const checked = check(req)
    return checked instanceof Response ? checked : answer(req, checked)
  },
})
