import { z } from 'zod'
import { boundedString, line, normalizePhone, optionalLine, optionalPhone, paragraphs, parseForm, PHONE } from './formInput'

export { normalizePhone }

/**
 * A public comment on a draft as the form sends it. The site's form and the CMS endpoint validate
 * with this one schema, so the reader sees the same refusal before and after sending. Issues carry
 * a code (below), never prose: each side words it in its own translation table.
 */
export const COMMENT_LIMITS = {
  nameMin: 2,
  nameMax: 120,
  emailMax: 254,
  organisationMax: 200,
  clauseMax: 200,
  textMin: 10,
  textMax: 10_000,
} as const

export const COMMENT_ERROR_CODES = [
  'name-required',
  'name-too-long',
  'email-invalid',
  'phone-invalid',
  'contact-required',
  'organisation-too-long',
  'clause-too-long',
  'text-too-short',
  'text-too-long',
] as const
export type CommentErrorCode = (typeof COMMENT_ERROR_CODES)[number]

const text = (code: { min?: CommentErrorCode; max: CommentErrorCode }, min: number, max: number) =>
  boundedString(code, min, max)

export const commentInputSchema = z
  .object({
    name: z.preprocess(
      line,
      text({ min: 'name-required', max: 'name-too-long' }, COMMENT_LIMITS.nameMin, COMMENT_LIMITS.nameMax),
    ),
    email: z.preprocess(
      optionalLine,
      z.email({ error: 'email-invalid' }).max(COMMENT_LIMITS.emailMax, { error: 'email-invalid' }).optional(),
    ),
    phone: z.preprocess(optionalPhone, z.string().regex(PHONE, { error: 'phone-invalid' }).optional()),
    organisation: z.preprocess(
      optionalLine,
      z.string().max(COMMENT_LIMITS.organisationMax, { error: 'organisation-too-long' }).optional(),
    ),
    /** Which article or clause the comment is about ("Điều 5, khoản 2"). */
    clause: z.preprocess(
      optionalLine,
      z.string().max(COMMENT_LIMITS.clauseMax, { error: 'clause-too-long' }).optional(),
    ),
    text: z.preprocess(
      paragraphs,
      text({ min: 'text-too-short', max: 'text-too-long' }, COMMENT_LIMITS.textMin, COMMENT_LIMITS.textMax),
    ),
  })
  .refine((c) => c.email !== undefined || c.phone !== undefined, {
    error: 'contact-required',
    path: ['email'],
  })

export type CommentInput = z.infer<typeof commentInputSchema>

const COMMENT_FIELDS = ['name', 'email', 'phone', 'organisation', 'clause', 'text'] as const

export interface CommentFieldError {
  field: (typeof COMMENT_FIELDS)[number]
  code: CommentErrorCode
}

/** Validate and normalise a submission; errors come one per field, in form order. */
export function parseCommentInput(
  input: unknown,
): { ok: true; value: CommentInput } | { ok: false; errors: CommentFieldError[] } {
  return parseForm(commentInputSchema, input, COMMENT_ERROR_CODES, COMMENT_FIELDS, fallbackCode)
}

function fallbackCode(field: CommentFieldError['field']): CommentErrorCode {
  switch (field) {
    case 'name':
      return 'name-required'
    case 'email':
      return 'email-invalid'
    case 'phone':
      return 'phone-invalid'
    case 'organisation':
      return 'organisation-too-long'
    case 'clause':
      return 'clause-too-long'
    default:
      return 'text-too-short'
  }
}

/**
 * The receipt reference a commenter keeps ("GY-7KQ3-M8PD"): short, unguessable enough that
 * nobody enumerates them, and readable aloud (no 0/O, 1/I/L). `random` supplies bytes.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

export function makeReference(prefix: string, random: (n: number) => Uint8Array, length = 8): string {
  // Rejection sampling keeps every character equally likely (256 is not a multiple of 31).
  const limit = 256 - (256 % REFERENCE_ALPHABET.length)
  let out = ''
  for (let round = 0; out.length < length; round++) {
    if (round === 100) throw new Error('makeReference: the random source keeps returning rejected bytes')
    for (const byte of random(length * 2)) {
      if (byte < limit) out += REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]
      if (out.length === length) break
    }
  }
  return `${prefix}-${out.slice(0, 4)}-${out.slice(4)}`
}
