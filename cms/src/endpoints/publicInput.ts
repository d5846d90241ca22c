import type { CollectionSlug, Payload, Where } from 'payload'
import { line } from '@cong/shared/formInput'
import { contactMatches } from '@cong/shared/citizenCase'

/**
 * What the public endpoints do to input before their schemas see it, beyond the schemas: the
 * names of sent files, and recognising the same submission sent twice.
 */

const MAX_SHOWN_NAME = 80

/**
 * A sent file's name as a refusal may quote it back to the sender: its last path segment only
 * (`../../etc/passwd.pdf` is `passwd.pdf`), cleaned like any single-line field, without markup
 * characters, and short. Stored files never carry it: they are named after the case.
 */
export function shownFileName(name: string): string {
  const last = (line(name) as string).split(/[/\\]/).pop() ?? ''
  const shown = last
    .replace(/[<>"'`]/g, '')
    .slice(0, MAX_SHOWN_NAME)
    .trim()
  return shown || 'tep'
}

/**
 * Whether `collection` already holds a submission with these words (`where`) from this contact:
 * a double click or a resent form, answered 409 so the sender is not counted twice and a handler
 * does not answer twice. Several people may send the very same words, so the contact decides.
 */
async function sentBefore(
  payload: Payload,
  collection: CollectionSlug,
  where: Where,
  contact: { email?: string; phone?: string },
): Promise<boolean> {
  const { docs } = await payload.find({
    collection,
    where,
    select: { email: true, phone: true },
    depth: 0,
    limit: 20,
    pagination: false,
    overrideAccess: true,
  })
  return (docs as { email?: string | null; phone?: string | null }[]).some(
    (doc) =>
      (contact.email !== undefined && contactMatches(contact.email, doc)) ||
      (contact.phone !== undefined && contactMatches(contact.phone, doc)),
  )
}

/** The same comment (words and contact) on the same draft, at any time during its period. */
export const isDuplicateComment = (
  payload: Payload,
  draft: string | number,
  comment: { text: string; email?: string; phone?: string },
) =>
  sentBefore(
    payload,
    'draft-comments',
    { and: [{ draft: { equals: draft } }, { text: { equals: comment.text } }] },
    comment,
  )

/** How long the same question from the same contact counts as sent twice rather than asked again. */
export const CASE_DUPLICATE_HOURS = 24

/** The same question (title, content and contact) received in the last `CASE_DUPLICATE_HOURS`. */
export const isDuplicateCase = (
  payload: Payload,
  question: { title: string; content: string; email?: string; phone?: string },
  now: Date,
) =>
  sentBefore(
    payload,
    'cases',
    {
      and: [
        { title: { equals: question.title } },
        { content: { equals: question.content } },
        {
          receivedAt: {
            greater_than: new Date(now.getTime() - CASE_DUPLICATE_HOURS * 3600_000).toISOString(),
          },
        },
      ],
    },
    question,
  )
