import type { PayloadHandler } from 'payload'
import { isCaseState, publicCaseStatus, type RejectionReason } from '@cong/shared/caseWorkflow'
import { contactMatches, parseLookupInput, REJECTION_REASON_LABELS } from '@cong/shared/citizenCase'
import { routes } from '@cong/shared/routes'
import { clientAddress, publicAnswer, rateLimitedAnswer, readLimited } from '../../../endpoints/publicRequest'
import { decodeUtf8 } from '@cong/shared/utf8'
import { addressAllowance } from '../../../endpoints/rateLimit'
import { CASE_ENDPOINT_MESSAGES, LOOKUP_ERROR_MESSAGES } from '../../../i18n/cases'
import { richTextToHtml } from '../../../publishing/richText'
import { dueDateOf } from './deadline'
import { JSON_TYPE } from './submission'

/**
 * `POST /api/cases/lookup`: a sender reads their case's status, and the answer once there is one,
 * with the tracking code and the e-mail or phone they sent it with. An unknown code and a wrong
 * contact get the very same answer, and lookups have their own, tighter allowance: together they
 * make trying codes or contacts pointless.
 */

/** `CASE_LOOKUP_RATE_LIMIT` lookups per address per `CASE_LOOKUP_RATE_WINDOW_SECONDS` (20 per 10 minutes). */
const lookupAllowance = addressAllowance('case-lookups', 'CASE_LOOKUP', { perAddress: 20, shared: 300, windowSeconds: 600 })

const MAX_LOOKUP_BYTES = 4 * 1024

/** Only these fields are ever read: the sender's contacts just to compare, never to answer. */
const LOOKUP_FIELDS = {
  trackingCode: true,
  state: true,
  email: true,
  phone: true,
  title: true,
  receivedAt: true,
  dueAt: true,
  answeredAt: true,
  answer: true,
  visibility: true,
  publicSlug: true,
  rejectionReason: true,
} as const

interface LookedUpCase {
  trackingCode: string
  state: string
  email?: string | null
  phone?: string | null
  title: string
  receivedAt: string
  dueAt?: string | null
  answeredAt?: string | null
  answer?: unknown
  visibility?: 'public' | 'private' | null
  publicSlug?: string | null
  rejectionReason?: RejectionReason | null
}

const notFound = () => publicAnswer(404, { code: 'not-found', message: CASE_ENDPOINT_MESSAGES.notFound })

/** A private answer is the sender's own: it has no links into the site or media to resolve. */
const ANSWER_CONTEXT = { upload: () => '', internalHref: () => null }

export const lookupCase: PayloadHandler = async (req) => {
  if (!JSON_TYPE.test(req.headers.get('content-type') ?? '')) {
    return publicAnswer(415, { code: 'unsupported-type', message: CASE_ENDPOINT_MESSAGES.notJson })
  }
  const raw = await readLimited(req, MAX_LOOKUP_BYTES)
  if (raw === null) return publicAnswer(413, { code: 'too-large', message: CASE_ENDPOINT_MESSAGES.lookupTooLarge })
  // Invalid UTF-8 is no JSON either (RFC 8259): refused like any unreadable body.
  const text = decodeUtf8(raw)
  let input: unknown
  try {
    if (text === null) throw new SyntaxError('not UTF-8')
    input = JSON.parse(text)
  } catch {
    return publicAnswer(400, { code: 'bad-body', message: CASE_ENDPOINT_MESSAGES.badBody, errors: [] })
  }
  const parsed = parseLookupInput(input)
  if (!parsed.ok) {
    return publicAnswer(400, {
      errors: parsed.errors.map(({ field, code }) => ({ field, code, message: LOOKUP_ERROR_MESSAGES[code] })),
    })
  }

  const wait = await lookupAllowance.take(clientAddress(req))
  if (wait !== null) return rateLimitedAnswer(wait, CASE_ENDPOINT_MESSAGES.rateLimited)

  const { docs } = await req.payload.find({
    collection: 'cases',
    where: { trackingCode: { equals: parsed.code } },
    select: LOOKUP_FIELDS,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const doc = docs[0] as unknown as LookedUpCase | undefined
  if (!doc || !isCaseState(doc.state) || !contactMatches(parsed.contact, doc)) return notFound()

  const status = publicCaseStatus(doc.state)
  const answered = status === 'answered'
  const open = status === 'received' || status === 'processing'
  const rejectionReason = status === 'rejected' ? (doc.rejectionReason ?? undefined) : undefined
  return publicAnswer(200, {
    trackingCode: doc.trackingCode,
    status,
    title: doc.title,
    receivedAt: doc.receivedAt,
    dueDate: open ? await dueDateOf(req.payload, doc) : undefined,
    answeredAt: answered ? (doc.answeredAt ?? undefined) : undefined,
    answerHtml: answered ? richTextToHtml(doc.answer, ANSWER_CONTEXT) : undefined,
    rejectionReason,
    rejectionLabel: rejectionReason ? REJECTION_REASON_LABELS[rejectionReason] : undefined,
    publicUrl:
      answered && doc.visibility === 'public' && doc.publicSlug ? routes.question('vi', doc.publicSlug) : undefined,
  })
}
