import { z } from 'zod'
import { REFERENCE_ALPHABET, makeReference } from './draftComment'
import {
  boundedString,
  line,
  normalizePhone,
  optionalLine,
  optionalPhone,
  paragraphs,
  parseForm,
  PHONE,
  type FieldError,
  type FormResult,
} from './formInput'
import { LEGAL_FIELD_CODES, type Label, type LegalField } from './legalVocabulary'
import type { CaseState, RejectionReason } from './caseWorkflow'

/**
 * A citizen's question, feedback or petition as the public form sends it (domain.md, "Citizen
 * questions"). The site's form and the CMS endpoint validate with this one schema.
 */
export const SENDER_KINDS = {
  person: { vi: 'Cá nhân', en: 'Individual' },
  business: { vi: 'Doanh nghiệp, tổ chức', en: 'Business or organisation' },
  voter: { vi: 'Cử tri', en: 'Voter' },
  deputy: { vi: 'Đại biểu Quốc hội', en: 'National Assembly deputy' },
} as const satisfies Record<string, Label>
export type SenderKind = keyof typeof SENDER_KINDS
export const SENDER_KIND_CODES = Object.keys(SENDER_KINDS) as SenderKind[]

export const CASE_TYPES = {
  question: { vi: 'Hỏi về chính sách', en: 'Policy question' },
  feedback: { vi: 'Phản ánh', en: 'Feedback' },
  petition: { vi: 'Kiến nghị', en: 'Petition' },
} as const satisfies Record<string, Label>
export type CaseType = keyof typeof CASE_TYPES
export const CASE_TYPE_CODES = Object.keys(CASE_TYPES) as CaseType[]

export const CASE_STATE_LABELS = {
  received: { vi: 'Mới tiếp nhận', en: 'Received' },
  routed: { vi: 'Đã chuyển đơn vị', en: 'Routed to a unit' },
  inProgress: { vi: 'Đang xử lý', en: 'In progress' },
  awaitingApproval: { vi: 'Chờ duyệt trả lời', en: 'Answer awaiting approval' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  rejected: { vi: 'Từ chối', en: 'Rejected' },
} as const satisfies Record<CaseState, Label>

export const REJECTION_REASON_LABELS = {
  notCompetent: { vi: 'Không thuộc thẩm quyền', en: 'Not within our competence' },
  duplicate: { vi: 'Trùng với câu hỏi đã gửi', en: 'Duplicate of another question' },
  spam: { vi: 'Nội dung không phù hợp', en: 'Inappropriate content' },
  missingInformation: { vi: 'Thiếu thông tin', en: 'Missing information' },
} as const satisfies Record<RejectionReason, Label>

export const CASE_LIMITS = {
  nameMin: 2,
  nameMax: 120,
  emailMax: 254,
  addressMax: 300,
  titleMin: 5,
  titleMax: 250,
  contentMin: 20,
  contentMax: 20_000,
} as const

/** Up to three PDFs or photos, checked by their content (not their name) on the server. */
export const CASE_ATTACHMENTS = {
  maxFiles: 3,
  maxBytes: 5 * 1024 * 1024,
  mimeTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const,
  /** For the file picker's `accept`. */
  accept: '.pdf,.jpg,.jpeg,.png,.webp,application/pdf,image/jpeg,image/png,image/webp',
} as const

export const CASE_ERROR_CODES = [
  'kind-required',
  'type-required',
  'name-required',
  'name-too-long',
  'email-invalid',
  'phone-invalid',
  'contact-required',
  'address-too-long',
  'field-required',
  'title-too-short',
  'title-too-long',
  'content-too-short',
  'content-too-long',
  'consent-required',
] as const
export type CaseErrorCode = (typeof CASE_ERROR_CODES)[number]

const CASE_FIELDS = [
  'senderKind',
  'type',
  'name',
  'email',
  'phone',
  'address',
  'field',
  'title',
  'content',
  'consent',
] as const
export type CaseFormField = (typeof CASE_FIELDS)[number]
export type CaseFieldError = FieldError<CaseFormField, CaseErrorCode>

const oneOf = <T extends string>(values: readonly T[], code: CaseErrorCode) =>
  z.preprocess(optionalLine, z.enum(values as [T, ...T[]], { error: code }))

export const caseInputSchema = z
  .object({
    senderKind: oneOf(SENDER_KIND_CODES, 'kind-required'),
    type: oneOf(CASE_TYPE_CODES, 'type-required'),
    name: z.preprocess(
      line,
      boundedString({ min: 'name-required', max: 'name-too-long' }, CASE_LIMITS.nameMin, CASE_LIMITS.nameMax),
    ),
    email: z.preprocess(
      optionalLine,
      z.email({ error: 'email-invalid' }).max(CASE_LIMITS.emailMax, { error: 'email-invalid' }).optional(),
    ),
    phone: z.preprocess(optionalPhone, z.string().regex(PHONE, { error: 'phone-invalid' }).optional()),
    address: z.preprocess(
      optionalLine,
      z.string().max(CASE_LIMITS.addressMax, { error: 'address-too-long' }).optional(),
    ),
    field: oneOf(LEGAL_FIELD_CODES as LegalField[], 'field-required'),
    title: z.preprocess(
      line,
      boundedString(
        { min: 'title-too-short', max: 'title-too-long' },
        CASE_LIMITS.titleMin,
        CASE_LIMITS.titleMax,
      ),
    ),
    content: z.preprocess(
      paragraphs,
      boundedString(
        { min: 'content-too-short', max: 'content-too-long' },
        CASE_LIMITS.contentMin,
        CASE_LIMITS.contentMax,
      ),
    ),
    /** The sender agrees to the processing of their personal data for this case (Nghị định 13/2023). */
    consent: z.preprocess(
      (v) => v === true || v === 'true' || v === 'on',
      z.literal(true, { error: 'consent-required' }),
    ),
  })
  // The sender needs a contact to look the case up and to receive the answer. Checked even when
  // other fields are refused (Zod skips refinements after a refused enum or literal), so the
  // sender sees every problem with the form at once.
  .refine((c) => c.email !== undefined || c.phone !== undefined, {
    error: 'contact-required',
    path: ['email'],
    when: ({ value }) => typeof value === 'object' && value !== null,
  })

export type CaseInput = z.infer<typeof caseInputSchema>

const FALLBACK: Record<CaseFormField, CaseErrorCode> = {
  senderKind: 'kind-required',
  type: 'type-required',
  name: 'name-required',
  email: 'email-invalid',
  phone: 'phone-invalid',
  address: 'address-too-long',
  field: 'field-required',
  title: 'title-too-short',
  content: 'content-too-short',
  consent: 'consent-required',
}

/** Validate and normalise a submission; errors come one per field, in form order. */
export function parseCaseInput(input: unknown): FormResult<CaseInput, CaseFormField, CaseErrorCode> {
  return parseForm(caseInputSchema, input, CASE_ERROR_CODES, CASE_FIELDS, (field) => FALLBACK[field])
}

/**
 * The tracking code a sender keeps and may read out on the phone: `HD-` and 8 characters from
 * an alphabet without 0/O, 1/I/L (31⁸ ≈ 8.5·10¹¹ codes, so guessing one is hopeless).
 */
export const TRACKING_PREFIX = 'HD'

export const makeTrackingCode = (random: (n: number) => Uint8Array): string =>
  makeReference(TRACKING_PREFIX, random)

const CODE_BODY = new RegExp(`^${TRACKING_PREFIX}([${REFERENCE_ALPHABET}]{8})$`)

/**
 * A code as people type it back ("hd 7kq3 m8pd", "HD-7KQ3-M8PD ") in canonical form, or `null`
 * when it cannot be one of ours. A lookalike letter is not "corrected": that would make two
 * typed codes find the same case.
 */
export function normalizeTrackingCode(input: unknown): string | null {
  if (typeof input !== 'string') return null
  const compact = input.toUpperCase().replace(/[\s\-–.]/g, '')
  const match = CODE_BODY.exec(compact)
  return match ? `${TRACKING_PREFIX}-${match[1]!.slice(0, 4)}-${match[1]!.slice(4)}` : null
}

export type LookupErrorCode = 'code-invalid' | 'contact-required'

/** A lookup: the code and the e-mail or phone the case was sent with. */
export function parseLookupInput(
  input: unknown,
):
  | { ok: true; code: string; contact: string }
  | { ok: false; errors: FieldError<'code' | 'contact', LookupErrorCode>[] } {
  const record = (input ?? {}) as Record<string, unknown>
  const code = normalizeTrackingCode(record.code)
  const contact = typeof record.contact === 'string' ? (line(record.contact) as string) : ''
  const errors: FieldError<'code' | 'contact', LookupErrorCode>[] = []
  if (!code) errors.push({ field: 'code', code: 'code-invalid' })
  if (!contact) errors.push({ field: 'contact', code: 'contact-required' })
  return code && contact ? { ok: true, code, contact } : { ok: false, errors }
}

/**
 * Whether `contact` (what the person typed in the lookup) is the e-mail or the phone stored with
 * the case. E-mail compares without case; phones without separators and with 0 and +84 equal.
 */
export function contactMatches(
  contact: string,
  stored: { email?: string | null; phone?: string | null },
): boolean {
  const typed = contact.trim()
  if (typed.includes('@'))
    return Boolean(stored.email) && stored.email!.trim().toLowerCase() === typed.toLowerCase()
  const phone = (p: string) => normalizePhone(p).replace(/^\+?84/, '0')
  return Boolean(stored.phone) && phone(stored.phone!) === phone(typed) && phone(typed).length >= 9
}
