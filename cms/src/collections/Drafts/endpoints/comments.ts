import { randomBytes } from 'node:crypto'
import type { PayloadHandler, PayloadRequest } from 'payload'
import type { Draft } from '@cong/shared/payload-types'
import { periodState } from '@cong/shared/commentPeriod'
import { makeReference, parseCommentInput } from '@cong/shared/draftComment'
import { clock } from '../../../clock'
import { dayOf } from '../../../days'
import { isDocumentId } from '../../../db/ids'
import {
  clientAddress,
  freshCode,
  honeypotFilled,
  preflightResponse,
  publicAnswer,
  rateLimitedAnswer,
  readLimited,
} from '../../../endpoints/publicRequest'
import { decodeUtf8 } from '@cong/shared/utf8'
import { isDuplicateComment } from '../../../endpoints/publicInput'
import { addressAllowance } from '../../../endpoints/rateLimit'
import { COMMENT_ENDPOINT_MESSAGES, COMMENT_ERROR_MESSAGES } from '../../../i18n/legal'
import { plainText } from './plainText'

/**
 * `POST /api/drafts/:id/comments`, the public comment form's endpoint, answering exactly as
 * docs/legal-documents.md ("Public endpoint") says. Cheap refusals come first (type, size), the
 * per-address allowance before anything is stored, and a refusal for the content gives the
 * allowance back.
 */
export const MAX_COMMENT_BYTES = 64 * 1024

/** `COMMENT_RATE_LIMIT` comments per address per `COMMENT_RATE_WINDOW_SECONDS` (5 per 10 minutes). */
const commentAllowance = addressAllowance('draft-comments', 'COMMENT', { perAddress: 5, shared: 100, windowSeconds: 600 })

interface PublishedDraft {
  id: Draft['id']
  opensOn?: string | null
  closesOn?: string | null
}

async function publishedDraft(req: PayloadRequest, id: string): Promise<PublishedDraft | null> {
  if (!isDocumentId(req.payload, id)) return null
  const { docs } = await req.payload.find({
    collection: 'drafts',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    select: { opensOn: true, closesOn: true },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return (docs[0] as PublishedDraft | undefined) ?? null
}

const newReference = () => makeReference('GY', (n) => randomBytes(n))

const FREE_TEXT_FIELDS = ['name', 'organisation', 'clause', 'text'] as const

export const postComment: PayloadHandler = async (req) => {
  if (!/^application\/json\s*(;|$)/i.test(req.headers.get('content-type') ?? '')) {
    return publicAnswer(415, { code: 'not-json', message: COMMENT_ENDPOINT_MESSAGES.notJson })
  }
  const bytes = await readLimited(req, MAX_COMMENT_BYTES)
  if (bytes === null) return publicAnswer(413, { code: 'too-large', message: COMMENT_ENDPOINT_MESSAGES.tooLarge })
  // Invalid UTF-8 is no JSON either (RFC 8259): refused, not stored with U+FFFD for letters.
  const raw = decodeUtf8(bytes)
  let input: unknown
  try {
    if (raw === null) throw new SyntaxError('not UTF-8')
    input = JSON.parse(raw)
  } catch {
    return publicAnswer(400, { code: 'bad-json', message: COMMENT_ENDPOINT_MESSAGES.badJson, errors: [] })
  }

  const draft = await publishedDraft(req, String(req.routeParams?.id ?? ''))
  const opensOn = dayOf(draft?.opensOn)
  const closesOn = dayOf(draft?.closesOn)
  if (!draft || !opensOn || !closesOn)
    return publicAnswer(404, { code: 'not-found', message: COMMENT_ENDPOINT_MESSAGES.notFound })

  const address = clientAddress(req)
  const wait = await commentAllowance.take(address)
  if (wait !== null) return rateLimitedAnswer(wait, COMMENT_ENDPOINT_MESSAGES.rateLimited)

  const fields =
    typeof input === 'object' && input !== null && !Array.isArray(input)
      ? (input as Record<string, unknown>)
      : {}
  const now = clock.now()
  // A filled honeypot is a robot: it gets the answer a person would, and nothing is kept.
  if (honeypotFilled(fields.homepage)) {
    return publicAnswer(201, { reference: newReference(), submittedAt: now.toISOString() })
  }

  const state = periodState({ opensOn, closesOn }, now)
  if (state !== 'open') {
    await commentAllowance.giveBack(address)
    const code = state === 'closed' ? 'period-closed' : 'period-not-open'
    const message =
      state === 'closed'
        ? COMMENT_ENDPOINT_MESSAGES.closed(opensOn, closesOn)
        : COMMENT_ENDPOINT_MESSAGES.notYetOpen(opensOn, closesOn)
    return publicAnswer(403, { code, message, opensOn, closesOn })
  }

  const cleaned = { ...fields }
  for (const field of FREE_TEXT_FIELDS) {
    const value = cleaned[field]
    if (typeof value === 'string') cleaned[field] = plainText(value)
  }
  const parsed = parseCommentInput(cleaned)
  if (!parsed.ok) {
    await commentAllowance.giveBack(address)
    return publicAnswer(400, {
      errors: parsed.errors.map(({ field, code }) => ({
        field,
        code,
        message: COMMENT_ERROR_MESSAGES[code],
      })),
    })
  }

  if (await isDuplicateComment(req.payload, draft.id, parsed.value)) {
    return publicAnswer(409, { code: 'duplicate', message: COMMENT_ENDPOINT_MESSAGES.duplicate })
  }

  const submittedAt = now.toISOString()
  const reference = await freshCode(req.payload, 'draft-comments', 'reference', newReference)
  await req.payload.create({
    collection: 'draft-comments',
    data: { ...parsed.value, draft: draft.id, reference, submittedAt, moderation: 'pending' },
    overrideAccess: true,
  })
  return publicAnswer(201, { reference, submittedAt })
}

export const commentPreflight: PayloadHandler = () => preflightResponse('POST, OPTIONS')
