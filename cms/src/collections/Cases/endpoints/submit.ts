import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { commitTransaction, initTransaction, killTransaction, type PayloadHandler, type PayloadRequest } from 'payload'
import { CASE_ATTACHMENTS, makeTrackingCode, parseCaseInput, type CaseInput } from '@cong/shared/citizenCase'
import { clock } from '../../../clock'
import {
  clientAddress,
  freshCode,
  honeypotFilled,
  isDatabaseUnavailable,
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
 * from its first save (its hooks e-mail the sender and may read the attachments). All in one
 * transaction, so a failure at any step (the database going away included, when no cleanup query
 * could run) leaves no rows behind; the files written to disk are removed here.
 */
async function storeCase(
  req: PayloadRequest,
  value: Omit<CaseInput, 'consent'>,
  files: CheckedFile[],
  receivedAt: Date,
): Promise<{ trackingCode: string; receivedAt: string; dueAt?: string | null }> {
  const { payload } = req
  const trackingCode = await freshCode(payload, 'cases', 'trackingCode', newTrackingCode)
  const uploadDir = payload.collections['case-files'].config.upload.staticDir
  const written: string[] = []
  const fileIds: (string | number)[] = []
  let caseId: string | number | undefined
  const ownTransaction = await initTransaction(req)
  // SQLite runs without transactions (Payload's default there; the request is then left with a
  // settled promise instead of an id): what was stored is deleted again.
  const transactional =
    ownTransaction || (req.transactionID !== undefined && !(req.transactionID instanceof Promise))
  try {
    for (const [i, file] of files.entries()) {
      const stored = await payload.create({
        collection: 'case-files',
        data: {},
        // Named after the case: the sender's file names may carry personal details.
        file: { data: file.bytes, mimetype: file.mime, name: `${trackingCode}-${i + 1}.${file.ext}`, size: file.bytes.byteLength },
        overrideAccess: true,
        req,
      })
      if (uploadDir && stored.filename) written.push(path.join(uploadDir, stored.filename))
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
      req,
    })
    caseId = doc.id
    if (fileIds.length) {
      await payload.update({
        collection: 'case-files',
        where: { id: { in: fileIds } },
        data: { case: doc.id },
        overrideAccess: true,
        req,
      })
    }
    if (ownTransaction) await commitTransaction(req)
    return { trackingCode: doc.trackingCode, receivedAt: doc.receivedAt, dueAt: doc.dueAt }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    else if (!transactional) await removeStored(payload, caseId, fileIds)
    await Promise.all(written.map((file) => rm(file, { force: true })))
    throw error
  }
}

/** How often, and for how long, the rows of a failed case are retried while the database is away. */
const REMOVE_RETRY_MS = 2_000
const REMOVE_ATTEMPTS = 1_800

/**
 * Deletes the rows of a case that failed half-way. While the database is away the deletes fail
 * too, so they are retried in the background until it is back: the refused case must not appear
 * later. (A process that stops meanwhile leaves them, as unlinked case files with no case.)
 */
async function removeStored(
  payload: PayloadRequest['payload'],
  caseId: string | number | undefined,
  fileIds: (string | number)[],
  attempt = 1,
): Promise<void> {
  try {
    if (caseId !== undefined)
      await payload.delete({ collection: 'cases', where: { id: { equals: caseId } }, overrideAccess: true })
    if (fileIds.length)
      await payload.delete({ collection: 'case-files', where: { id: { in: fileIds } }, overrideAccess: true })
  } catch (error) {
    if (!isDatabaseUnavailable(error) || attempt >= REMOVE_ATTEMPTS) {
      payload.logger.error(
        { err: error, caseId, fileIds },
        'Could not remove the rows of a failed case submission',
      )
      return
    }
    setTimeout(() => void removeStored(payload, caseId, fileIds, attempt + 1), REMOVE_RETRY_MS).unref()
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
