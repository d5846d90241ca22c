import type { PayloadHandler, PayloadRequest } from 'payload'
import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import { formatVietnamDateTime } from '@cong/shared/vnDate'
import { moderatesDraft, readsCommenterContacts } from '../../../access/commentModerators'
import { isDocumentId } from '../../../db/ids'
import {
  COMMENT_ENDPOINT_MESSAGES,
  COMMENT_EXPORT_COLUMNS,
  COMMENT_EXPORT_NO_CLAUSE,
  MODERATION_LABELS,
  type ModerationState,
} from '../../../i18n/legal'

/**
 * `GET /api/drafts/:id/comments/export?format=csv|xlsx`: every comment on a draft, for the
 * drafting unit's báo cáo tổng hợp, tiếp thu, giải trình. Grouped by the article or clause they
 * address (Điều 2 before Điều 10), general comments last; contacts included, since the file
 * stays inside the agency.
 */
interface CommentRow {
  reference: string
  submittedAt: string
  name: string
  organisation?: string | null
  clause?: string | null
  text: string
  moderation?: ModerationState | null
  email?: string | null
  phone?: string | null
}

const COLUMNS = Object.keys(COMMENT_EXPORT_COLUMNS) as (keyof typeof COMMENT_EXPORT_COLUMNS)[]

const clauseOrder = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' })


export function sortByClause(rows: CommentRow[]): CommentRow[] {
  return [...rows].sort((a, b) => {
    const ca = a.clause?.trim()
    const cb = b.clause?.trim()
    if (!ca !== !cb) return ca ? -1 : 1
    return (ca && cb ? clauseOrder.compare(ca, cb) : 0) || a.submittedAt.localeCompare(b.submittedAt)
  })
}

const cells = (row: CommentRow): Record<(typeof COLUMNS)[number], string> => ({
  reference: row.reference,
  submittedAt: formatVietnamDateTime(row.submittedAt),
  name: row.name,
  organisation: row.organisation ?? '',
  clause: row.clause?.trim() || COMMENT_EXPORT_NO_CLAUSE,
  text: row.text,
  moderation: MODERATION_LABELS[row.moderation ?? 'pending'].vi,
  email: row.email ?? '',
  phone: row.phone ?? '',
})

const json = (status: number, body: object) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

async function toXlsx(rows: CommentRow[]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Góp ý', { views: [{ state: 'frozen', ySplit: 1 }] })
  const widths: Record<(typeof COLUMNS)[number], number> = {
    reference: 14,
    submittedAt: 17,
    name: 24,
    organisation: 28,
    clause: 20,
    text: 80,
    moderation: 16,
    email: 28,
    phone: 15,
  }
  sheet.columns = COLUMNS.map((key) => ({ header: COMMENT_EXPORT_COLUMNS[key], key, width: widths[key] }))
  sheet.getRow(1).font = { bold: true }
  for (const row of rows) sheet.addRow(cells(row)).alignment = { vertical: 'top', wrapText: true }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer
}

function toCsv(rows: CommentRow[]): string {
  // The BOM makes Excel read the file as UTF-8 instead of mangling Vietnamese letters.
  return stringify(rows.map(cells), {
    bom: true,
    header: true,
    columns: COLUMNS.map((key) => ({ key, header: COMMENT_EXPORT_COLUMNS[key] })),
  })
}

async function commentsOf(req: PayloadRequest, draftId: string | number): Promise<CommentRow[]> {
  const { docs } = await req.payload.find({
    collection: 'draft-comments',
    where: { draft: { equals: draftId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const rows = docs as unknown as CommentRow[]
  // Editors moderate but do not get the commenters' contacts, in the file as on screen.
  const visible = readsCommenterContacts(req) ? rows : rows.map((row) => ({ ...row, email: null, phone: null }))
  return sortByClause(visible)
}

export const exportComments: PayloadHandler = async (req) => {
  if (!req.user)
    return json(401, { code: 'unauthenticated', message: COMMENT_ENDPOINT_MESSAGES.exportUnauthenticated })
  const format = req.searchParams?.get('format') ?? 'csv'
  if (format !== 'csv' && format !== 'xlsx') {
    return json(400, { code: 'bad-format', message: COMMENT_ENDPOINT_MESSAGES.exportBadFormat })
  }
  const id = String(req.routeParams?.id ?? '')
  const draft = isDocumentId(req.payload, id)
    ? await req.payload.findByID({
        collection: 'drafts',
        id,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
        select: { slug: true, draftingUnit: true },
      })
    : null
  if (!draft) return json(404, { code: 'not-found', message: COMMENT_ENDPOINT_MESSAGES.exportNotFound })
  if (!moderatesDraft(req, draft))
    return json(403, { code: 'forbidden', message: COMMENT_ENDPOINT_MESSAGES.exportForbidden })

  const rows = await commentsOf(req, draft.id)
  const name = `gop-y-${draft.slug || draft.id}.${format}`
  const headers = {
    'cache-control': 'no-store',
    'content-disposition': `attachment; filename="${name}"`,
  }
  if (format === 'csv') {
    return new Response(toCsv(rows), { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } })
  }
  return new Response(await toXlsx(rows), {
    headers: {
      ...headers,
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  })
}
