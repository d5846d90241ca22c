import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { checkRepublished, type RepublishingIssue } from '@cong/shared/republishing'
import type { WorkflowState } from '@cong/shared/workflow'
import { bilingual, MESSAGES } from '../../../i18n'
import { richTextToPlainText } from '../../../richText/plainText'

interface Original {
  title?: string | null
  bodyText?: string | null
}

/** The states an article reaches only through the board: a republished text is checked on the way. */
const GATED: readonly WorkflowState[] = ['submitted', 'approved', 'scheduled', 'published']

/** Which field the editor must look at for each problem. */
const FIELD_OF: Record<RepublishingIssue, string> = {
  'source-name-required': 'source.name',
  'source-url-required': 'source.url',
  'source-url-invalid': 'source.url',
  'permission-required': 'source.permission',
  'title-changed': 'title',
  'body-changed': 'body',
}

/**
 * Records the title and body of a republished article the first time it is saved as republished
 * and keeps them from then on: whatever a request sends for `republishedOriginal` is replaced, so
 * the record cannot be rewritten to match an edited text. Vietnamese only: the rule is about the
 * Vietnamese press text, and an English translation is ours to write.
 */
export const recordRepublishedOriginal: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const recorded = originalDoc?.republishedOriginal as Original | undefined
  if (recorded?.title) {
    data.republishedOriginal = recorded
    return data
  }
  const origin = data.origin ?? originalDoc?.origin
  if (origin === 'republished' && req.locale !== 'en') {
    data.republishedOriginal = {
      title: data.title ?? originalDoc?.title ?? '',
      bodyText: richTextToPlainText(data.body ?? originalDoc?.body),
    }
  } else {
    data.republishedOriginal = recorded ?? null
  }
  return data
}

/** Refuses to send a republished article to the board without its source or with an altered text. */
export const republishingGate: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const from = originalDoc?.workflowStatus as WorkflowState | undefined
  const to = data.workflowStatus as WorkflowState | undefined
  if (!to || to === from || !GATED.includes(to)) return data
  if ((data.origin ?? originalDoc?.origin) !== 'republished' || req.locale === 'en') return data

  const issues = checkRepublished({
    source: data.source ?? originalDoc?.source,
    title: data.title ?? originalDoc?.title ?? '',
    bodyText: richTextToPlainText(data.body ?? originalDoc?.body),
    original: data.republishedOriginal as { title: string; bodyText: string } | null,
  })
  if (issues.length === 0) return data
  const original = data.republishedOriginal as Original
  const messages = issues.map((issue) => MESSAGES.republishing(issue, original?.title ?? ''))
  throw new APIError(
    [bilingual(MESSAGES.republishingRefused), ...messages.map(bilingual)].join('\n'),
    400,
    { errors: issues.map((issue, i) => ({ path: FIELD_OF[issue], message: bilingual(messages[i]!) })) },
  )
}
