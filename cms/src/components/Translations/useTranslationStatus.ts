'use client'
import { useCallback, useEffect, useState } from 'react'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import {
  isTranslatableCollection,
  type FieldChange,
  type SourceTexts,
  type TranslatableCollection,
  type TranslationState,
} from '@cong/shared/translation'
import type { PanelRecord } from './TranslationPanelView'

/** `GET /api/translations/status` (docs/translation-and-multimedia.md). */
export interface TranslationStatus {
  translation: PanelRecord | null
  moves: TranslationState[]
  changes: FieldChange[]
  source: SourceTexts
}

export type StatusResult =
  | { ok: true; status: TranslationStatus }
  | { ok: false; httpStatus: number; body: unknown }

/**
 * One request per item and stamp, shared by the panel and every Vietnamese-source box of the edit
 * view (a dozen boxes must not make a dozen requests). The stamp is the item's `updatedAt`, so a
 * save of the item reads the status again; the panel drops the entry itself after a move.
 */
const cache = new Map<string, Promise<StatusResult>>()

export function loadTranslationStatus(
  apiBase: string,
  collection: TranslatableCollection,
  id: string,
  stamp: string,
  fresh = false,
): Promise<StatusResult> {
  const key = `${collection}:${id}:${stamp}`
  const cached = cache.get(key)
  if (cached && !fresh) return cached
  const query = new URLSearchParams({ collection, id })
  const request = fetch(`${apiBase}/translations/status?${query}`, { credentials: 'include' })
    .then(async (res): Promise<StatusResult> => {
      const body: unknown = await res.json().catch(() => null)
      if (!res.ok) return { ok: false, httpStatus: res.status, body }
      const b = (body ?? {}) as Partial<TranslationStatus>
      return {
        ok: true,
        status: {
          translation: b.translation ?? null,
          moves: Array.isArray(b.moves) ? b.moves : [],
          changes: Array.isArray(b.changes) ? b.changes : [],
          source: b.source && typeof b.source === 'object' ? b.source : {},
        },
      }
    })
    .catch((): StatusResult => ({ ok: false, httpStatus: 0, body: null }))
  cache.set(key, request)
  // A failed request is not remembered: the next box (or «Thử lại») asks again.
  void request.then((r) => {
    if (!r.ok && cache.get(key) === request) cache.delete(key)
  })
  return request
}

/**
 * The translatable item the edit view is about: the document itself, or for a translation record
 * (Q&A's working English lives there) the item the record belongs to.
 */
export function useTranslatedItem(): { collection: TranslatableCollection | null; id: string | null; stamp: string } {
  const { collectionSlug, id, savedDocumentData } = useDocumentInfo()
  // Primitive selections: an object would be new on every keystroke and re-render every box.
  const itemCollection = useFormFields(([f]) => f.itemCollection?.value)
  const itemId = useFormFields(([f]) => f.itemId?.value)
  const stamp = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : ''
  if (collectionSlug === 'translations') {
    return {
      collection: isTranslatableCollection(itemCollection) ? itemCollection : null,
      id: itemId === undefined || itemId === null || itemId === '' ? null : String(itemId),
      stamp,
    }
  }
  return {
    collection: isTranslatableCollection(collectionSlug) ? collectionSlug : null,
    id: id === undefined || id === null || id === '' ? null : String(id),
    stamp,
  }
}

/** The status of the item in view; `reload` asks the server again (after a move). */
export function useTranslationStatus(
  collection: TranslatableCollection | null,
  id: string | null,
  stamp: string,
): { result: StatusResult | null; reload: () => void } {
  const { config } = useConfig()
  const apiBase = `${config.serverURL}${config.routes.api}`
  const [result, setResult] = useState<StatusResult | null>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    if (!collection || !id) return
    let live = true
    setResult(null)
    void loadTranslationStatus(apiBase, collection, id, stamp, round > 0).then((r) => live && setResult(r))
    return () => {
      live = false
    }
  }, [apiBase, collection, id, stamp, round])

  const reload = useCallback(() => setRound((n) => n + 1), [])
  return { result, reload }
}
