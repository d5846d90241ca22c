import type { Endpoint, PayloadRequest } from 'payload'
import type { Role } from '@cong/shared/roles'
import { requestRole } from '../access/roles'
import { XLIFF_EXPORT_MESSAGES, XLIFF_FILE_MESSAGES, type XliffMessage } from '../i18n/xliff'
import { MAX_XLIFF_BYTES, parseXliff } from '../translations/xliff'
import { exportXliff, importXliff, type ItemRef } from '../translations/xliffService'
import { readLimited } from './publicRequest'

/**
 * `POST /api/translations/xliff/export` and `/import` (docs/translation-and-multimedia.md,
 * "XLIFF"), endpoints of the `translations` collection. For the people who translate and the
 * board; every refusal is `{ message, messageEn }` like the move endpoint's.
 */

export const XLIFF_ROLES: readonly Role[] = ['translator', 'board', 'admin']
/** A selection of the queue fits; a larger one is a mistake, not a translator's batch. */
export const MAX_EXPORT_ITEMS = 500
/** The file and the multipart envelope around it. */
const MAX_IMPORT_BODY = MAX_XLIFF_BYTES + 64 * 1024

const NO_STORE = { 'cache-control': 'no-store' }

const refuse = (status: number, code: string, message: XliffMessage, extra: Record<string, unknown> = {}) =>
  Response.json(
    { code, message: message.reason, messageEn: message.reasonEn, ...extra },
    { status, headers: NO_STORE },
  )

function who(req: PayloadRequest): Role | Response {
  if (!req.user) return refuse(401, 'unauthenticated', XLIFF_EXPORT_MESSAGES.unauthenticated)
  const role = requestRole(req)
  if (!role || !XLIFF_ROLES.includes(role)) return refuse(403, 'forbidden', XLIFF_EXPORT_MESSAGES.forbidden)
  return role
}

function readRefs(body: unknown): ItemRef[] | null {
  const items = (body as { items?: unknown } | null)?.items
  if (!Array.isArray(items)) return null
  const refs: ItemRef[] = []
  for (const item of items) {
    const { collection, id } = (item ?? {}) as { collection?: unknown; id?: unknown }
    if (typeof collection !== 'string' || (typeof id !== 'string' && typeof id !== 'number') || id === '')
      return null
    refs.push({ collection, id: String(id) })
  }
  // The same item ticked twice is exported once.
  return refs.filter((r, i) => refs.findIndex((o) => o.collection === r.collection && o.id === r.id) === i)
}

/** `cong-ban-dich-YYYYMMDD.xlf`, dated in Hà Nội, where the translators work. */
export function exportFileName(now: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(now)
    .replaceAll('-', '')
  return `cong-ban-dich-${day}.xlf`
}

const exportEndpoint: Endpoint = {
  path: '/xliff/export',
  method: 'post',
  handler: async (req) => {
    const role = who(req)
    if (role instanceof Response) return role
    const raw = await readLimited(req, 256 * 1024)
    let body: unknown = null
    try {
      body = raw ? JSON.parse(raw.toString('utf8')) : null
    } catch {
      body = null
    }
    const refs = readRefs(body)
    if (!refs) return refuse(400, 'bad-body', XLIFF_EXPORT_MESSAGES.badBody)
    if (refs.length === 0) return refuse(400, 'empty', XLIFF_EXPORT_MESSAGES.empty)
    if (refs.length > MAX_EXPORT_ITEMS)
      return refuse(400, 'too-many', XLIFF_EXPORT_MESSAGES.tooMany(MAX_EXPORT_ITEMS))
    const outcome = await exportXliff(req.payload, refs, req)
    if (!outcome.ok)
      return refuse(400, 'unknown-items', XLIFF_EXPORT_MESSAGES.unknown(outcome.unknown), {
        unknown: outcome.unknown,
      })
    return new Response(outcome.xml, {
      headers: {
        'content-type': 'application/xliff+xml; charset=utf-8',
        'content-disposition': `attachment; filename="${exportFileName(new Date())}"`,
        ...NO_STORE,
      },
    })
  },
}

const MULTIPART = /^multipart\/form-data\s*;/i

const importEndpoint: Endpoint = {
  path: '/xliff/import',
  method: 'post',
  handler: async (req) => {
    const role = who(req)
    if (role instanceof Response) return role
    const type = req.headers.get('content-type') ?? ''
    if (!MULTIPART.test(type)) return refuse(415, 'bad-body', XLIFF_FILE_MESSAGES.badBody)
    const raw = await readLimited(req, MAX_IMPORT_BODY)
    if (raw === null) return refuse(413, 'too-large', XLIFF_FILE_MESSAGES.tooLarge)
    let file: File | null = null
    try {
      // The bytes are already bounded: the Fetch API's own parser reads them from memory.
      const form = await new Response(raw, { headers: { 'content-type': type } }).formData()
      const value = form.get('file')
      file = value && typeof value !== 'string' ? value : null
    } catch {
      return refuse(400, 'bad-body', XLIFF_FILE_MESSAGES.badBody)
    }
    if (!file || file.size === 0) return refuse(400, 'missing-file', XLIFF_FILE_MESSAGES.missingFile)
    const parsed = parseXliff(new Uint8Array(await file.arrayBuffer()))
    if (!parsed.ok) return refuse(400, 'not-xliff', parsed)
    const results = await importXliff(req.payload, parsed.items, role, req)
    return Response.json({ results }, { headers: NO_STORE })
  },
}

export const xliffEndpoints: Endpoint[] = [exportEndpoint, importEndpoint]
