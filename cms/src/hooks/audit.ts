import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { CaseState } from '@cong/shared/caseWorkflow'
import type { WorkflowState } from '@cong/shared/workflow'
import type { ModerationState } from '../i18n/legal'
import { actorName } from './actor'

type AuditedDoc = {
  id: string | number
  workflowStatus?: WorkflowState | null
  workflowReason?: string | null
  title?: unknown
  number?: unknown
  reference?: unknown
  name?: unknown
  filename?: unknown
  email?: unknown
}

type AuditedState = WorkflowState | ModerationState | CaseState

export interface AuditEntry {
  action: 'create' | 'transition' | 'moderation' | 'delete'
  collection: string
  doc: AuditedDoc
  /** What the log calls the document when its title is personal (a citizen's case: its tracking code). */
  docTitle?: string
  from?: AuditedState | null
  to?: AuditedState | null
  reason?: string | null
}

// A comment's reference comes before `name`: the log names the comment, not the person who wrote it.
const titleOf = (doc: AuditedDoc): string => {
  const title = [doc.title, doc.number, doc.reference, doc.name, doc.filename, doc.email].find(
    (v) => typeof v === 'string' && v !== '',
  )
  return (title as string | undefined) ?? String(doc.id)
}

/** One audit entry, in the transaction of `req`; for hooks whose documents audit their own way. */
export async function writeAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    data: {
      action: entry.action,
      collection: entry.collection,
      docId: String(entry.doc.id),
      docTitle: entry.docTitle ?? titleOf(entry.doc),
      from: entry.from ?? null,
      to: entry.to ?? null,
      reason: entry.reason ?? null,
      user: req.user?.id ?? null,
      userRole: actorName(req),
      at: new Date().toISOString(),
    },
    overrideAccess: true,
    req,
  })
}

/** Records creation and every workflow transition, in the same transaction as the save. */
export const auditAfterChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  collection,
  req,
}) => {
  if (operation === 'create') {
    await writeAudit(req, { action: 'create', collection: collection.slug, doc, to: doc.workflowStatus })
  } else if (doc.workflowStatus !== undefined && previousDoc?.workflowStatus !== doc.workflowStatus) {
    await writeAudit(req, {
      action: 'transition',
      collection: collection.slug,
      doc,
      from: previousDoc?.workflowStatus,
      to: doc.workflowStatus,
      reason: doc.workflowReason,
    })
  }
  return doc
}

/** Records every change of a public comment's moderation state, with the moderator's note. */
export const auditModerationChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  collection,
  req,
}) => {
  if (operation === 'update' && previousDoc?.moderation !== doc.moderation) {
    await writeAudit(req, {
      action: 'moderation',
      collection: collection.slug,
      doc,
      from: previousDoc?.moderation,
      to: doc.moderation,
      reason: doc.moderationNote,
    })
  }
  return doc
}

export const auditAfterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  await writeAudit(req, { action: 'delete', collection: collection.slug, doc, from: doc.workflowStatus })
  return doc
}
