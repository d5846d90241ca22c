import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'
import { computeValidity } from '@cong/shared/legalValidity'
import { documentNumberKey, documentNumberSlug, parseDocumentNumber } from '@cong/shared/legalNumber'
import { uniqueSlug } from '@cong/shared/slug'
import { todayInVietnam } from '../../days'
import { invalidField } from '../../hooks/errors'
import { LEGAL_MESSAGES } from '../../i18n/legal'
import {
  COLLECTION,
  refreshValidity,
  relationsActingOn,
  storedValidity,
  targetIds,
  validityInput,
  type LegalDocumentValues,
} from './validity'

type Data = Record<string, unknown>

/** The value a save leaves in a field: the incoming one when sent (even if cleared), else the stored one. */
const current = (data: Data, original: Data | undefined, field: string): unknown =>
  field in data ? data[field] : original?.[field]

/** The Vietnamese issuing body, whatever locale is being saved: number keys are made from it. */
async function vietnameseIssuingBody(
  data: Data,
  original: Data | undefined,
  req: PayloadRequest,
): Promise<string> {
  const value = (v: unknown) => (typeof v === 'string' ? v : '')
  if (req.locale === 'vi' || !original?.id) return value(current(data, original, 'issuingBody'))
  // The local API sets the locale it is asked for on the request it is given: the save that
  // is under way must get its own back.
  const { locale, fallbackLocale } = req
  try {
    const stored = await req.payload.findByID({
      collection: COLLECTION,
      id: original.id as string | number,
      locale: 'vi',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
      select: { issuingBody: true },
    })
    return value(stored.issuingBody)
  } finally {
    Object.assign(req, { locale, fallbackLocale })
  }
}

/**
 * Số ký hiệu: stored in canonical form, unique per issuing body (a clear message here; the
 * unique index on `numberKey` is only the backstop), and the slug made from it once, on create,
 * so the public URL never changes.
 */
export const applyDocumentNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const raw = current(data, originalDoc, 'number')
  const parsed = parseDocumentNumber(typeof raw === 'string' ? raw : '', {
    currentYear: Number(todayInVietnam().slice(0, 4)),
  })
  if (!parsed.ok) throw invalidField('number', LEGAL_MESSAGES.number[parsed.error])
  const number = parsed.value.number
  const issuingBody = await vietnameseIssuingBody(data, originalDoc, req)
  const numberKey = documentNumberKey(number, issuingBody)
  const id = originalDoc?.id as string | number | undefined
  const notSelf = id === undefined ? [] : [{ id: { not_equals: id } }]
  const { totalDocs } = await req.payload.count({
    collection: COLLECTION,
    where: { and: [{ numberKey: { equals: numberKey } }, ...notSelf] },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw invalidField('number', LEGAL_MESSAGES.numberTaken(number, issuingBody.trim()))
  data.number = number
  data.numberKey = numberKey
  data.slug =
    originalDoc?.slug ||
    (await uniqueSlug(documentNumberSlug(number), async (candidate) => {
      const { totalDocs: taken } = await req.payload.count({
        collection: COLLECTION,
        where: { and: [{ slug: { equals: candidate } }, ...notSelf] },
        overrideAccess: true,
        req,
      })
      return taken > 0
    }))
  return data
}

/** The document's own tình trạng hiệu lực, from what this save leaves and what acts on it. */
export const applyOwnValidity: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const override = {
    ...(originalDoc?.validityOverride ?? {}),
    ...((data.validityOverride as Data | undefined) ?? {}),
  }
  if (override.status && !(typeof override.reason === 'string' && override.reason.trim())) {
    throw invalidField('validityOverride.reason', LEGAL_MESSAGES.overrideReasonRequired)
  }
  const doc: LegalDocumentValues = {
    type: current(data, originalDoc, 'type') as string,
    issuedDate: current(data, originalDoc, 'issuedDate') as string,
    effectiveDate: current(data, originalDoc, 'effectiveDate') as string,
    expiryDate: current(data, originalDoc, 'expiryDate') as string,
    validityOverride: override,
  }
  const id = originalDoc?.id as string | number | undefined
  const actedOnBy = id === undefined ? [] : await relationsActingOn(req.payload, id, req)
  Object.assign(data, storedValidity(computeValidity(validityInput(doc, actedOnBy), todayInVietnam())))
  return data
}

const targetsKey = (id: unknown) => `legalTargetsBefore:${String(id)}`

/**
 * The documents this one acted on before the save, as published (what the status of others was
 * computed from): a relation removed by this save must be recomputed too.
 */
export const rememberTargets: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (originalDoc?.id === undefined) return data
  const stored = await req.payload.findByID({
    collection: COLLECTION,
    id: originalDoc.id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
    select: { relations: true },
  })
  req.context[targetsKey(originalDoc.id)] = targetIds(stored?.relations as LegalDocumentValues['relations'])
  return data
}

async function refreshAll(ids: Iterable<string>, self: string, req: PayloadRequest): Promise<void> {
  for (const id of new Set(ids)) if (id !== self) await refreshValidity(req.payload, id, req)
}

/** Recomputes every document this one acts on, before and after the change. */
export const refreshTargetsAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const before = (req.context[targetsKey(doc.id)] as string[] | undefined) ?? []
  delete req.context[targetsKey(doc.id)]
  await refreshAll(
    [...before, ...targetIds(previousDoc?.relations), ...targetIds(doc.relations)],
    String(doc.id),
    req,
  )
  return doc
}

export const refreshTargetsAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await refreshAll(targetIds(doc?.relations), String(doc?.id), req)
  return doc
}
