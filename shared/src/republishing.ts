import { toNFC } from './normalize'

/**
 * Republished press articles (domain.md): an article taken from another outlet names its source
 * and the permission to republish, and keeps the original title and body. The original is recorded
 * when the article is imported or first saved; any later change is refused at submission.
 */
export interface RepublishedArticle {
  source?: { name?: string | null; url?: string | null; permission?: string | null } | null
  title: string
  /** Plain text of the body (rich text flattened by the caller). */
  bodyText: string
  /** What was recorded at import or first save; absent until then. */
  original?: { title: string; bodyText: string } | null
}

export type RepublishingIssue =
  | 'source-name-required'
  | 'source-url-required'
  | 'source-url-invalid'
  | 'permission-required'
  | 'title-changed'
  | 'body-changed'

/**
 * Spacing and Unicode form are not edits: re-saving an article in another editor must not look
 * like a change to its content.
 */
export const comparableText = (text: string): string => toNFC(text).replace(/\s+/g, ' ').trim()

const filled = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== ''

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

export function checkRepublished(article: RepublishedArticle): RepublishingIssue[] {
  const issues: RepublishingIssue[] = []
  const source = article.source ?? {}
  if (!filled(source.name)) issues.push('source-name-required')
  if (!filled(source.url)) issues.push('source-url-required')
  else if (!isWebUrl(source.url)) issues.push('source-url-invalid')
  if (!filled(source.permission)) issues.push('permission-required')
  if (article.original) {
    if (comparableText(article.title) !== comparableText(article.original.title)) issues.push('title-changed')
    if (comparableText(article.bodyText) !== comparableText(article.original.bodyText))
      issues.push('body-changed')
  }
  return issues
}
