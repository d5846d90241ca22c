import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { checkContent, hasBlockingErrors, type CheckFinding, type ToneStyle } from '@cong/shared/checker'
import type { WorkflowState } from '@cong/shared/workflow'
import { bilingual, MESSAGES } from '../../../i18n'
import { contextLine, findingContext } from '../../../richText/findingContext'
import { richTextToPlainText } from '../../../richText/plainText'

/** The checker runs as the editor types; here it is the gate on the way to the board. */
const GATED: readonly WorkflowState[] = ['submitted']

/** Enough to fix the first problems without a wall of text; the admin panel lists them all. */
const LISTED = 8

export async function siteToneStyle(req: PayloadRequest): Promise<ToneStyle> {
  const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req })
  return (settings.toneStyle as ToneStyle | undefined) ?? 'old'
}

const FIELD_PATH: Record<string, string> = { title: 'title', sapo: 'sapo', body: 'body' }

/**
 * Refuses to send an article to the board while the content checker finds errors in its
 * Vietnamese text (warnings do not block). The English text is a translator's, checked elsewhere.
 */
export const contentGate: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const to = data.workflowStatus as WorkflowState | undefined
  if (!to || to === originalDoc?.workflowStatus || !GATED.includes(to) || req.locale === 'en') return data
  const texts: Record<string, string> = {
    title: data.title ?? originalDoc?.title ?? '',
    sapo: data.sapo ?? originalDoc?.sapo ?? '',
    body: richTextToPlainText(data.body ?? originalDoc?.body),
  }
  const findings = checkContent(texts, { toneStyle: await siteToneStyle(req) })
  if (!hasBlockingErrors(findings)) return data
  const errors = findings.filter((f) => f.severity === 'error')
  const describe = (f: CheckFinding) => MESSAGES.contentFinding(f, contextLine(findingContext(texts[f.field] ?? '', f)))
  throw new APIError(
    [
      bilingual(MESSAGES.contentRefused(errors.length)),
      ...errors.slice(0, LISTED).map((f) => bilingual(describe(f))),
    ].join('\n'),
    400,
    { errors: errors.slice(0, LISTED).map((f) => ({ path: FIELD_PATH[f.field] ?? f.field, message: bilingual(describe(f)) })) },
  )
}
