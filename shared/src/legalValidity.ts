import type { Label, LegalRelationKind, LegalRelationScope } from './legalVocabulary'
import type { IsoDate } from './vnDate'

/**
 * Tình trạng hiệu lực (domain.md): derived from a document's own dates, from what newer documents
 * did to it, and from an editor's override. One function decides it so that the admin list, the
 * document page and the facets never disagree.
 */
export const VALIDITY_STATUSES = {
  'not-yet-effective': { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  'in-force': { vi: 'Còn hiệu lực', en: 'In force' },
  'partially-expired': { vi: 'Hết hiệu lực một phần', en: 'Partially no longer in force' },
  expired: { vi: 'Hết hiệu lực toàn bộ', en: 'No longer in force' },
  suspended: { vi: 'Ngưng hiệu lực', en: 'Suspended' },
} as const satisfies Record<string, Label>

export type ValidityStatus = keyof typeof VALIDITY_STATUSES
export const VALIDITY_STATUS_CODES = Object.keys(VALIDITY_STATUSES) as ValidityStatus[]

/** Something a newer document did to this one, recorded on the newer document. */
export interface ActingRelation {
  kind: LegalRelationKind
  scope: LegalRelationScope
  /** The acting document's effective date: its effect starts then, not when it was issued. */
  effectiveDate?: IsoDate
  /** The acting document's id and number, to say which document caused the status. */
  documentId: string
  number: string
}

export interface ValidityInput {
  normative: boolean
  issuedDate?: IsoDate
  effectiveDate?: IsoDate
  /** Ngày hết hiệu lực stated by the document itself: the first day it is no longer in force. */
  expiryDate?: IsoDate
  actedOnBy: ActingRelation[]
  /** An editor's decision, for what the data cannot express (a court ruling, a suspension). */
  override?: { status: ValidityStatus; reason: string; since?: IsoDate }
}

export type ValidityCause =
  | { kind: 'override'; reason: string }
  | { kind: 'dates' }
  | { kind: 'relation'; relation: LegalRelationKind; documentId: string; number: string }

export interface Validity {
  /** `null` for directive documents, which have no validity status. */
  status: ValidityStatus | null
  /** The day the status began, when known. */
  since?: IsoDate
  cause?: ValidityCause
  /** A change already known to come (a replacement that takes effect next month). */
  upcoming?: { status: ValidityStatus; on: IsoDate; cause: ValidityCause }
}

/** What a relation does to the target once in effect; `guides` leaves its validity alone. */
function effectOf(relation: ActingRelation): 'expired' | 'partially-expired' | null {
  if (relation.kind === 'guides') return null
  // An amendment always leaves the amended provisions behind: the target is in force only in part.
  if (relation.kind === 'amends') return 'partially-expired'
  return relation.scope === 'whole' ? 'expired' : 'partially-expired'
}

const RANK: Record<'expired' | 'partially-expired', number> = { expired: 2, 'partially-expired': 1 }

interface Candidate {
  status: ValidityStatus
  on?: IsoDate
  cause: ValidityCause
}

/** The state the document is in on `date` from its own dates and the relations acting on it. */
function derivedOn(input: ValidityInput, date: IsoDate): Candidate {
  const start = input.effectiveDate ?? input.issuedDate
  if (input.expiryDate !== undefined && input.expiryDate <= date) {
    return { status: 'expired', on: input.expiryDate, cause: { kind: 'dates' } }
  }
  let best: Candidate | undefined
  for (const relation of input.actedOnBy) {
    const effect = effectOf(relation)
    // A relation without a date cannot be placed in time; the acting document is not in force yet.
    if (effect === null || relation.effectiveDate === undefined || relation.effectiveDate > date) continue
    const candidate: Candidate = {
      status: effect,
      on: relation.effectiveDate,
      cause: {
        kind: 'relation',
        relation: relation.kind,
        documentId: relation.documentId,
        number: relation.number,
      },
    }
    // The strongest effect wins; between equals, the earliest tells since when it holds.
    if (
      !best ||
      RANK[effect] > RANK[best.status as keyof typeof RANK] ||
      (RANK[effect] === RANK[best.status as keyof typeof RANK] && candidate.on! < best.on!)
    ) {
      best = candidate
    }
  }
  if (best) return best
  if (start !== undefined && start > date) return { status: 'not-yet-effective', cause: { kind: 'dates' } }
  return { status: 'in-force', on: start, cause: { kind: 'dates' } }
}

/** Every date on which the derived status may change after `today`, earliest first. */
function futureDates(input: ValidityInput, today: IsoDate): IsoDate[] {
  const dates = [
    input.effectiveDate ?? input.issuedDate,
    input.expiryDate,
    ...input.actedOnBy.map((r) => r.effectiveDate),
  ]
  return [...new Set(dates.filter((d): d is IsoDate => d !== undefined && d > today))].sort()
}

export function computeValidity(input: ValidityInput, today: IsoDate): Validity {
  if (input.override) {
    const { status, reason, since } = input.override
    return { status, since, cause: { kind: 'override', reason } }
  }
  if (!input.normative) return { status: null }
  const now = derivedOn(input, today)
  const validity: Validity = { status: now.status, cause: now.cause }
  if (now.on !== undefined) validity.since = now.on
  for (const date of futureDates(input, today)) {
    const next = derivedOn(input, date)
    if (next.status !== now.status) {
      validity.upcoming = { status: next.status, on: date, cause: next.cause }
      break
    }
  }
  return validity
}
