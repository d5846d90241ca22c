import type { CollectionSlug, Payload, Where } from 'payload'
import { computeValidity, type ActingRelation } from '@cong/shared/legalValidity'
import { vietnamDate } from '@cong/shared/vnDate'
import { clock } from '../clock'
import { statusOf, type DraftValues } from '../collections/Drafts/hooks/period'
import {
  actingRelationsOf,
  storedValidity,
  validityInput,
  type LegalDocumentValues,
} from '../collections/LegalDocuments/validity'
import { dayOf } from '../days'
import { writeDerivedFields } from '../db/derivedFields'

/**
 * Stored statuses that change with the calendar alone — a decree coming into force, a replacement
 * taking effect, a comment period ending — are brought up to date once a day, shortly after
 * midnight in Ha Noi. Every save already recomputes them; this catches the days that pass with
 * no save. The public site does not depend on it: the snapshot computes both afresh.
 */

const BATCH = 200

async function* batches<T extends { id: string | number }>(
  payload: Payload,
  collection: CollectionSlug,
  select: Record<string, true>,
  where?: Where,
): AsyncGenerator<T[]> {
  let after: string | number | undefined
  for (;;) {
    const conditions: Where[] = [
      ...(where ? [where] : []),
      ...(after === undefined ? [] : [{ id: { greater_than: after } }]),
    ]
    const { docs } = await payload.find({
      collection,
      where: conditions.length ? { and: conditions } : undefined,
      select,
      sort: 'id',
      limit: BATCH,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    if (docs.length === 0) return
    yield docs as unknown as T[]
    if (docs.length < BATCH) return
    after = docs[docs.length - 1]!.id
  }
}

export interface RefreshedStatuses {
  legalDocuments: string[]
  drafts: string[]
}

export async function refreshStoredStatuses(payload: Payload, now = clock.now()): Promise<RefreshedStatuses> {
  const today = vietnamDate(now)
  const refreshed: RefreshedStatuses = { legalDocuments: [], drafts: [] }

  // What published documents do to others, indexed by target: one pass instead of a query per document.
  const actedOn = new Map<string, ActingRelation[]>()
  const actingFields = { number: true, issuedDate: true, effectiveDate: true, relations: true } as const
  for await (const batch of batches<LegalDocumentValues & { id: string | number }>(
    payload,
    'legal-documents',
    actingFields,
    { _status: { equals: 'published' } },
  )) {
    for (const doc of batch) {
      for (const { targetId, relation } of actingRelationsOf(doc)) {
        if (targetId !== String(doc.id)) actedOn.set(targetId, [...(actedOn.get(targetId) ?? []), relation])
      }
    }
  }

  const ownFields = {
    type: true,
    issuedDate: true,
    effectiveDate: true,
    expiryDate: true,
    validityOverride: true,
    validityStatus: true,
    validitySince: true,
  } as const
  for await (const batch of batches<LegalDocumentValues & { id: string | number }>(
    payload,
    'legal-documents',
    ownFields,
  )) {
    for (const doc of batch) {
      const validity = computeValidity(validityInput(doc, actedOn.get(String(doc.id)) ?? []), today)
      if ((doc.validityStatus ?? null) === validity.status && dayOf(doc.validitySince) === validity.since)
        continue
      await writeDerivedFields(payload, 'legal-documents', doc.id, storedValidity(validity))
      refreshed.legalDocuments.push(String(doc.id))
    }
  }

  const draftFields = { opensOn: true, closesOn: true, resultingDocument: true, status: true } as const
  for await (const batch of batches<DraftValues & { id: string | number }>(payload, 'drafts', draftFields)) {
    for (const draft of batch) {
      const status = statusOf(draft, now)
      if ((draft.status ?? null) === status) continue
      await writeDerivedFields(payload, 'drafts', draft.id, { status })
      refreshed.drafts.push(String(draft.id))
    }
  }
  return refreshed
}
