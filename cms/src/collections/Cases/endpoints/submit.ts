import { randomBytes } from 'node:crypto'
import type { PayloadHandler, PayloadRequest } from 'payload'
import { CASE_ATTACHMENTS, makeTrackingCode, parseCaseInput, type CaseInput } from '@cong/shared/citizenCase'
import { clock } from '../../../clock'
import {
  clientAddress,
  freshCode,
  honeypotFilled,
  publicAnswer,
  rateLimitedAnswer,
} from '../../../endpoints/publicRequest'
import { isDuplicateCase } from '../../../endpoints/publicInput'
import { addressAllowance } from '../../../endpoints/rateLimit'
import type { Label } from '../../../i18n'
import {
  ATTACHMENT_ERROR_MESSAGES,
  CASE_ENDPOINT_MESSAGES,
  CASE_ERROR_MESSAGES,
  type AttachmentErrorCode,
} from '../../../i18n/cases'
import { plainText } from '../../Drafts/endpoints/plainText'
import { detectCaseAttachment, type CaseAttachmentMime } from '../../CaseFiles/attachmentType'
import { dueDateOf } from './deadline'
import { readSubmission, type SentFile } from './submission'

/**
 * `POST /api/cases/submit`, the public question form's endpoint (shapes in the issue's
 * "DECISIONS"). Cheap refusals first (type, size), the per-address allowance before anything is
 * stored, and a refusal for the content gives the allowance back: fixing a form is not flooding.
 */

/** `CASE_RATE_LIMIT` cases per address per `CASE_RATE_WINDOW_SECONDS` (5 per 10 minutes). */
const submitAllowance = addressAllowance('cases', 'CASE', { perAddress: 5, shared: 100, windowSeconds: 600 })

const FREE_TEXT_FIELDS = ['name', 'address', 'title', 'content'] as const

interface CheckedFile {
  bytes: Buffer
  mime: CaseAttachmentMime
  ext: string
}

interface FieldRefusal {
  field: string
  code: string
  message: Label
}

/** The files as they will be stored, or the first refusal (one per field, like the text fields). */
async function checkAttachments(files: SentFile[]): Promise<CheckedFile[] | FieldRefusal> {
  const refuse = (code: AttachmentErrorCode, name = ''): FieldRefusal => ({
    field: 'attachments',
    code,
    message: ATTACHMENT_ERROR_MESSAGES[code](name),
  })
  if (files.length > CASE_ATTACHMENTS.maxFiles) return refuse('too-many-attachments')
  const checked: CheckedFile[] = []
  for (const file of files) {
    if (file.bytes.byteLength > CASE_ATTACHMENTS.maxBytes) return refuse('attachment-too-large', file.name)
    const type = await detectCaseAttachment(file.bytes)
    if (!type) return refuse('attachment-type', file.name)
    checked.push({ bytes: file.bytes, ...type })
  }
  return checked
}

const newTrackingCode = () => makeTrackingCode((n) => randomBytes(n))

/**
 * Stores the files, then the case naming them, then the files' link back: the case is complete
 * from its first save (its hooks e-mail the sender and may read the attachments). Whatever was
 * stored is removed again when a later step fails, so a refused case leaves no orphan files.
 */
async function storeCase(
  req: PayloadRequest,
  value: Omit<CaseInput, 'consent'>,
  files: CheckedFile[],
  receivedAt: Date,
): Promise<{ trackingCode: string; receivedAt: string; dueAt?: string | null }> {
  const { payload } = req
  const trackingCode = await freshCode(payload, 'cases', 'trackingCode', newTrackingCode)
  const fileIds: (string | number)[] = []
  let caseId: string | number | undefined
  try {
    for (const [i, file] of files.entries()) {
      const stored = await payload.create({
        collection: 'case-files',
        data: {},
        // Named after the case: the sender's file names may carry personal details.
        file: { data: file.bytes, mimetype: file.mime, name: `${trackingCode}-${i + 1}.${file.ext}`, size: file.bytes.byteLength },
        overrideAccess: true,
      })
      fileIds.push(stored.id)
    }
    const doc = await payload.create({
      collection: 'cases',
      data: {
        ...value,
        trackingCode,
        state: 'received',
        receivedAt: receivedAt.toISOString(),
        attachments: fileIds as number[],
      },
      overrideAccess: true,
    })
    caseId = doc.id
    if (fileIds.length) {
      await payload.update({
        collection: 'case-files',
        where: { id: { in: fileIds } },
        data: { case: doc.id },
        overrideAccess: true,
      })
    }
    return { trackingCode: doc.trackingCode, receivedAt: doc.receivedAt, dueAt: doc.dueAt }
  } catch (error) {
    if (caseId !== undefined) await payload.delete({ collection: 'cases', id: caseId, overrideAccess: true }).catch(() => undefined)
    if (fileIds.length) {
      await payload
        .delete({ collection: 'case-files', where: { id: { in: fileIds } }, overrideAccess: true })
        .catch(() => undefined)
    }
    throw error
  }
}

export const submitCase: PayloadHandler = async (req) => {
  const submission = await readSubmission(req)
  if (submission instanceof Response) return submission

  const address = clientAddress(req)
  const wait = await submitAllowance.take(address)
  if (wait !== null) return rateLimitedAnswer(wait, CASE_ENDPOINT_MESSAGES.rateLimited)

  const now = clock.now()
  // A filled honeypot is a robot: it gets the answer a person would, and nothing is kept.
  if (honeypotFilled(submission.fields.homepage)) {
    return publicAnswer(201, {
      trackingCode: newTrackingCode(),
      receivedAt: now.toISOString(),
      dueDate: await dueDateOf(req.payload, { receivedAt: now }),
    })
  }

  const cleaned = { ...submission.fields }
  for (const field of FREE_TEXT_FIELDS) {
    const value = cleaned[field]
    if (typeof value === 'string') cleaned[field] = plainText(value)
  }
  const parsed = parseCaseInput(cleaned)
  const files = await checkAttachments(submission.files)
  const errors: FieldRefusal[] = parsed.ok
    ? []
    : parsed.errors.map(({ field, code }) => ({ field, code, message: CASE_ERROR_MESSAGES[code] }))
  if (!Array.isArray(files)) errors.push(files)
  if (!parsed.ok || !Array.isArray(files)) {
    await submitAllowance.giveBack(address)
    return publicAnswer(400, { errors })
  }

  const { consent: _consent, ...value } = parsed.value
  if (await isDuplicateCase(req.payload, value, now)) {
    return publicAnswer(409, { code: 'duplicate', message: CASE_ENDPOINT_MESSAGES.duplicate })
  }
  const stored = await storeCase(req, value, files, now)
  return publicAnswer(201, {
    trackingCode: stored.trackingCode,
    receivedAt: stored.receivedAt,
    dueDate: await dueDateOf(req.payload, stored),
  })
}
