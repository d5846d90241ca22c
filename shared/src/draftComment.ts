import { z } from 'zod'
import { cleanText } from './normalize'

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

/**
 * Stored form of a line of input: NFC, no control characters, inner runs of spaces collapsed.
 * Comments keep their paragraphs; single-line fields do not.
 */
const line = (value: unknown) =>
  typeof value === 'string' ? cleanText(value).replace(/\s+/g, ' ').trim() : value
const paragraphs = (value: unknown) =>
  typeof value === 'string'
    ? cleanText(value)
        .replace(/[ \t]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : value
const optionalLine = (value: unknown) => {
  const cleaned = line(value)
  return cleaned === '' || cleaned === null ? undefined : cleaned
}

/** Vietnamese numbers as people type them: 0912 345 678, 024.3826.9556, +84 912345678. */
const PHONE = /^(?:\+?84|0)\d{8,10}$/
export const normalizePhone = (phone: string): string => phone.replace(/[\s.()-]/g, '')

const text = (code: { min?: CommentErrorCode; max: CommentErrorCode }, min: number, max: number) => {
  const base = z.string({ error: code.min ?? code.max })
  return base.min(min, { error: code.min ?? code.max }).max(max, { error: code.max })
}

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
    phone: z.preprocess(
      (v) => {
        const cleaned = optionalLine(v)
        return typeof cleaned === 'string' ? normalizePhone(cleaned) : cleaned
      },
      z.string().regex(PHONE, { error: 'phone-invalid' }).optional(),
    ),
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

export interface CommentFieldError {
  field: 'name' | 'email' | 'phone' | 'organisation' | 'clause' | 'text'
  code: CommentErrorCode
}

/** Validate and normalise a submission; errors come one per field, in form order. */
export function parseCommentInput(
  input: unknown,
): { ok: true; value: CommentInput } | { ok: false; errors: CommentFieldError[] } {
  const result = commentInputSchema.safeParse(input)
  if (result.success) return { ok: true, value: result.data }
  const seen = new Set<string>()
  const errors: CommentFieldError[] = []
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'text') as CommentFieldError['field']
    if (seen.has(field)) continue
    seen.add(field)
    const code = (COMMENT_ERROR_CODES as readonly string[]).includes(issue.message)
      ? (issue.message as CommentErrorCode)
      : // A wrong type (a number for the name) is reported like a missing value.
        fallbackCode(field)
    errors.push({ field, code })
  }
  const order = ['name', 'email', 'phone', 'organisation', 'clause', 'text']
  return { ok: false, errors: errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)) }
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
