import type { Endpoint, PayloadRequest } from 'payload'
import {
  fieldDiff,
  isTranslatableCollection,
  nextTranslationStates,
  type TranslatableCollection,
  type TranslationState,
} from '@cong/shared/translation'
import type { Role } from '@cong/shared/roles'
import { roleOf } from '../access/roles'
import type { Label } from '../i18n'
import { TRANSLATION_MESSAGES as M } from '../i18n/translations'
import { sourceTexts } from '../translations/fields'
import { findTranslation } from '../translations/hooks'
import { ensureTranslation, moveTranslation, readSource } from '../translations/service'

const READERS: readonly Role[] = ['translator', 'editor', 'board', 'admin']
const NO_STORE = { 'cache-control': 'no-store' }

const refuse = (status: number, error: string, message: Label) =>
  Response.json({ error, message: message.vi, messageEn: message.en }, { status, headers: NO_STORE })

function reader(req: PayloadRequest): Role | Response {
  if (!req.user) return refuse(401, 'unauthenticated', M.unauthenticated)
  const role = roleOf(req.user as Parameters<typeof roleOf>[0])
  if (!role || !READERS.includes(role)) return refuse(403, 'forbidden', M.forbiddenRead)
  return role
}

async function body(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const data = req.json ? await req.json() : {}
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const itemOf = (collection: unknown, id: unknown): { collection: TranslatableCollection; id: string } | null =>
  isTranslatableCollection(collection) && (typeof id === 'string' || typeof id === 'number') && String(id).trim()
    ? { collection, id: String(id).trim() }
    : null

/**
 * `POST /api/translations/move` `{ collection, id, to, reason? }`: one move of an item's English
 * (who may make it: shared/src/translation.ts). Writes the translation record only, in one
 * transaction; the item is never saved.
 */
const move: Endpoint = {
  path: '/move',
  method: 'post',
  handler: async (req) => {
    const role = reader(req)
    if (role instanceof Response) return role
    const data = await body(req)
    const item = itemOf(data.collection, data.id)
    if (!item || typeof data.to !== 'string') return refuse(400, 'bad-request', M.badRequest)
    const { payload } = req
    const transactionID = await payload.db.beginTransaction()
    const txReq = { ...req, transactionID: transactionID ?? undefined } as PayloadRequest
    try {
      const result = await moveTranslation(payload, {
        ...item,
        to: data.to as TranslationState,
        reason: typeof data.reason === 'string' ? data.reason : null,
        user: req.user as { id: string | number },
        req: txReq,
      })
      if (!result.ok) {
        if (transactionID) await payload.db.rollbackTransaction(transactionID)
        return refuse(result.status, result.code, result.message)
      }
      if (transactionID) await payload.db.commitTransaction(transactionID)
      return Response.json({ translation: result.translation }, { headers: NO_STORE })
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      payload.logger.error({ err: error, msg: `Translation move of ${item.collection}/${item.id} failed` })
      return refuse(500, 'move-failed', M.moveFailed)
    }
  },
}

/**
 * `GET /api/translations/status?collection=&id=`: the record, the moves the signed-in person may
 * make, what changed in the Vietnamese since the English was made (word diff per field) and the
 * current Vietnamese, for the panel and the side-by-side view.
 */
const status: Endpoint = {
  path: '/status',
  method: 'get',
  handler: async (req) => {
    const role = reader(req)
    if (role instanceof Response) return role
    const params = new URL(req.url ?? '', 'http://cms.invalid').searchParams
    const item = itemOf(params.get('collection'), params.get('id'))
    if (!item) return refuse(400, 'bad-request', M.badRequest)
    const source = await readSource(req.payload, item.collection, item.id, req)
    if (!source) return refuse(404, 'not-found', M.notFound)
    // A private case has no English and no record: reading must not make one.
    const translation =
      item.collection === 'cases'
        ? await findTranslation(req.payload, item.collection, item.id, req)
        : await ensureTranslation(req.payload, item.collection, item.id, req)
    if (!translation) return refuse(404, 'not-found', M.notFound)
    const current = sourceTexts(item.collection, source)
    const changes = translation.sourceTexts ? fieldDiff(translation.sourceTexts, current) : []
    return Response.json(
      { translation, moves: nextTranslationStates(translation.state, role), changes, source: current },
      { headers: NO_STORE },
    )
  },
}

/**
 * Endpoints of the `translations` collection (so under `/api/translations/`: a root endpoint there
 * would be shadowed by the collection's own routes).
 */
export const translationEndpoints: Endpoint[] = [move, status]
