import type { Payload, PayloadRequest } from 'payload'
import {
  computeValidity,
  type ActingRelation,
  type Validity,
  type ValidityInput,
  type ValidityStatus,
} from '@cong/shared/legalValidity'
import {
  isLegalDocType,
  LEGAL_DOC_TYPES,
  type LegalRelationKind,
  type LegalRelationScope,
} from '@cong/shared/legalVocabulary'
import type { IsoDate } from '@cong/shared/vnDate'
import { idOf } from '../../access/roles'
import { dayOf, storedDay, todayInVietnam } from '../../days'
import { writeDerivedFields } from '../../db/derivedFields'

/**
 * Reading a legal document's tình trạng hiệu lực out of the database: its own dates and
 * override, and the relations that other documents record against it. `computeValidity` decides;
 * this module only gathers its input. Only published documents act on others: a replacement
 * still in draft changes nothing the public sees, so it changes nothing in the admin either.
 */
export const COLLECTION = 'legal-documents'

export interface RelationRow {
  kind?: LegalRelationKind | null
  target?: unknown
  scope?: LegalRelationScope | null
  note?: string | null
}

export interface LegalDocumentValues {
  id?: string | number
  number?: string | null
  type?: string | null
  issuedDate?: string | null
  effectiveDate?: string | null
  expiryDate?: string | null
  relations?: RelationRow[] | null
  validityOverride?: { status?: ValidityStatus | null; reason?: string | null; since?: string | null } | null
  validityStatus?: ValidityStatus | null
  validitySince?: string | null
}

/** The ids a document's relations point at. */
export const targetIds = (relations: RelationRow[] | null | undefined): string[] =>
  (relations ?? []).flatMap((r) => idOf(r.target) ?? [])

/** What `acting` does to each of its targets, dated by the day `acting` takes effect. */
export function actingRelationsOf(
  acting: LegalDocumentValues,
): { targetId: string; relation: ActingRelation }[] {
  // A document without a stated effective date takes effect when issued ("có hiệu lực kể từ ngày ký").
  const effectiveDate = dayOf(acting.effectiveDate) ?? dayOf(acting.issuedDate)
  return (acting.relations ?? []).flatMap((row) => {
    const targetId = idOf(row.target)
    if (!targetId || !row.kind || acting.id === undefined) return []
    return [
      {
        targetId,
        relation: {
          kind: row.kind,
          scope: row.scope ?? 'whole',
          effectiveDate,
          documentId: String(acting.id),
          number: acting.number ?? '',
        },
      },
    ]
  })
}

/** The relations published documents record against document `id`. */
export async function relationsActingOn(
  payload: Payload,
  id: string | number,
  req?: Partial<PayloadRequest>,
): Promise<ActingRelation[]> {
  const { docs } = await payload.find({
    collection: COLLECTION,
    where: {
      and: [
        { 'relations.target': { equals: id } },
        { _status: { equals: 'published' } },
        { id: { not_equals: id } },
      ],
    },
    select: { number: true, issuedDate: true, effectiveDate: true, relations: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (docs as LegalDocumentValues[]).flatMap((doc) =>
    actingRelationsOf(doc).flatMap(({ targetId, relation }) => (targetId === String(id) ? [relation] : [])),
  )
}

export function validityInput(doc: LegalDocumentValues, actedOnBy: ActingRelation[]): ValidityInput {
  const override = doc.validityOverride
  return {
    normative: isLegalDocType(doc.type) ? LEGAL_DOC_TYPES[doc.type].normative : false,
    issuedDate: dayOf(doc.issuedDate),
    effectiveDate: dayOf(doc.effectiveDate),
    expiryDate: dayOf(doc.expiryDate),
    actedOnBy,
    override: override?.status
      ? { status: override.status, reason: override.reason ?? '', since: dayOf(override.since) }
      : undefined,
  }
}

/** The stored form of a validity: what the admin lists and filters on. */
export const storedValidity = (validity: Validity) => ({
  validityStatus: validity.status,
  validitySince: storedDay(validity.since),
})

/**
 * Recomputes a document's stored validity from the database (after a document acting on it
 * changed, or as days pass) and writes it when it changed. Returns whether it did.
 */
export async function refreshValidity(
  payload: Payload,
  id: string | number,
  req?: Partial<PayloadRequest>,
  today: IsoDate = todayInVietnam(),
): Promise<boolean> {
  const doc = (await payload.findByID({
    collection: COLLECTION,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as LegalDocumentValues | null
  if (!doc) return false
  const validity = computeValidity(validityInput(doc, await relationsActingOn(payload, id, req)), today)
  const stored = storedValidity(validity)
  if ((doc.validityStatus ?? null) === stored.validityStatus && dayOf(doc.validitySince) === validity.since)
    return false
  await writeDerivedFields(payload, COLLECTION, id, stored, req)
  return true
}
