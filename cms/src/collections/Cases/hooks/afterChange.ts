import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import { REJECTION_REASON_LABELS } from '@cong/shared/citizenCase'
import type { Case } from '@cong/shared/payload-types'
import { idOf, relationId } from '../../../access/roles'
import { notifyCase } from '../../../cases/notifications'
import { CASE_MESSAGES } from '../../../cases/strings'
import { writeAudit } from '../../../hooks/audit'
import { publicSlugOf, reasonFor } from './beforeChange'
import { isImport } from './rules'

/** What the audit log says about a move: the reason given, or the rejection's reason. */
function auditReason(req: PayloadRequest, doc: Case, duplicateCode: string | null): string | null {
  if (doc.state === 'rejected' && doc.rejectionReason) {
    const label = REJECTION_REASON_LABELS[doc.rejectionReason].vi
    return duplicateCode ? `${label}: ${duplicateCode}` : label
  }
  return reasonFor(req, doc.id)
}

async function originalOf(req: PayloadRequest, doc: Case): Promise<Case | null> {
  const id = doc.rejectionReason === 'duplicate' ? idOf(doc.duplicateOf) : null
  if (!id) return null
  return req.payload.findByID({ collection: 'cases', id, depth: 0, overrideAccess: true, req, disableErrors: true })
}

/**
 * After a case is saved, in the same transaction: the audit entry of its move, the files kept in
 * step with its unit, the note on the original of a merged duplicate, the Q&A address of an
 * imported public answer, and the e-mails (never for imports).
 */
export const afterCaseChange: CollectionAfterChangeHook<Case> = async ({ doc, previousDoc, operation, req }) => {
  const created = operation === 'create'
  const from = created ? null : previousDoc.state
  if (created || from !== doc.state) {
    const original = !created && doc.state === 'rejected' ? await originalOf(req, doc) : null
    await writeAudit(req, {
      action: created ? 'create' : 'transition',
      collection: 'cases',
      doc,
      docTitle: doc.trackingCode,
      from,
      to: doc.state,
      reason: created ? null : auditReason(req, doc, original?.trackingCode ?? null),
    })
    if (original) {
      await req.payload.update({
        collection: 'cases',
        id: original.id,
        data: { notes: [...(original.notes ?? []), { text: CASE_MESSAGES.mergedNote(doc.trackingCode) }] },
        overrideAccess: true,
        req,
      })
    }
  }

  if (idOf(doc.unit) !== idOf(created ? null : previousDoc.unit)) {
    await req.payload.update({
      collection: 'case-files',
      where: { case: { equals: doc.id } },
      data: { unit: relationId(doc.unit) as number | null },
      overrideAccess: true,
      req,
    })
  }

  if (isImport(req)) {
    if (doc.state === 'answered' && doc.visibility === 'public' && !doc.publicSlug) {
      const publicSlug = publicSlugOf(doc, doc.id)
      await req.payload.update({ collection: 'cases', id: doc.id, data: { publicSlug }, overrideAccess: true, req })
      return { ...doc, publicSlug }
    }
    return doc
  }
  // `doc` is what the saver may read: an editor's copy lacks the sender's contacts, which never
  // change after sending, so the e-mails take them from the stored case.
  const sender = created ? doc : { ...doc, name: previousDoc.name, email: previousDoc.email, phone: previousDoc.phone }
  await notifyCase(req, sender, created ? null : previousDoc, reasonFor(req, doc.id))
  return doc
}
