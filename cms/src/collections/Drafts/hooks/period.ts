import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { checkPeriod, draftStatus, periodState, type DraftStatus } from '@cong/shared/commentPeriod'
import { idOf } from '../../../access/roles'
import { clock } from '../../../clock'
import { dayOf } from '../../../days'
import { invalidField } from '../../../hooks/errors'
import { LEGAL_MESSAGES } from '../../../i18n/legal'

type Data = Record<string, unknown>

const current = (data: Data, original: Data | undefined, field: string): unknown =>
  field in data ? data[field] : original?.[field]

export interface DraftValues {
  opensOn?: unknown
  closesOn?: unknown
  resultingDocument?: unknown
  status?: DraftStatus | null
}

/** The status `draftStatus` gives now; `null` while the period is not entered yet. */
export function statusOf(draft: DraftValues, now = clock.now()): DraftStatus | null {
  const opensOn = dayOf(draft.opensOn)
  const closesOn = dayOf(draft.closesOn)
  if (!opensOn || !closesOn) return null
  return draftStatus({ opensOn, closesOn, resultingDocumentId: idOf(draft.resultingDocument) }, now)
}

/** Whether a rich-text value or a list of files holds anything a reader would see. */
function hasContent(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasContent)
  if (typeof value !== 'object' || value === null) return false
  const node = value as { type?: unknown; text?: unknown; file?: unknown; children?: unknown; root?: unknown }
  if (node.type === 'text') return typeof node.text === 'string' && node.text.trim() !== ''
  if (node.type === 'upload' || node.file) return true
  return hasContent(node.root) || hasContent(node.children)
}

const summaryContent = (summary: unknown) => {
  const s = (summary ?? {}) as { body?: unknown; files?: unknown }
  return JSON.stringify([s.body ?? null, s.files ?? []])
}

/**
 * The comment period must make sense (`checkPeriod`), the summary of comments (báo cáo tổng hợp,
 * tiếp thu, giải trình) can only be entered once the period is over, and the status is
 * recomputed on every save.
 */
export const applyPeriod: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const opensOn = dayOf(current(data, originalDoc, 'opensOn'))
  const closesOn = dayOf(current(data, originalDoc, 'closesOn'))
  if (opensOn && closesOn && checkPeriod({ opensOn, closesOn }) === 'closes-before-opens') {
    throw invalidField('closesOn', LEGAL_MESSAGES.periodReversed)
  }
  const summary = data.summary as { body?: unknown; files?: unknown; publishedAt?: unknown } | undefined
  if (
    summary &&
    summaryContent(summary) !== summaryContent(originalDoc?.summary) &&
    hasContent([summary.body, summary.files])
  ) {
    if (!opensOn || !closesOn || periodState({ opensOn, closesOn }, clock.now()) !== 'closed') {
      throw invalidField('summary', LEGAL_MESSAGES.summaryTooEarly(closesOn))
    }
    // The day the summary was first given is when it was made public.
    if (
      !summary.publishedAt &&
      !(originalDoc?.summary as { publishedAt?: unknown } | undefined)?.publishedAt
    ) {
      data.summary = { ...summary, publishedAt: clock.now().toISOString() }
    }
  }
  data.status = statusOf({
    opensOn: current(data, originalDoc, 'opensOn'),
    closesOn: current(data, originalDoc, 'closesOn'),
    resultingDocument: current(data, originalDoc, 'resultingDocument'),
  })
  return data
}

/**
 * Commenters' names and contacts do not outlive the draft they commented on. Before, not after:
 * a comment cannot exist without its draft, so the database refuses to delete a draft that has some.
 */
export const deleteCommentsWithDraft: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'draft-comments',
    where: { draft: { equals: id } },
    overrideAccess: true,
    req,
  })
}
