import type { PayloadRequest } from 'payload'
import { CASE_ATTACHMENTS } from '@cong/shared/citizenCase'
import { publicAnswer, readLimited } from '../../../endpoints/publicRequest'
import { decodeUtf8 } from '@cong/shared/utf8'
import { shownFileName } from '../../../endpoints/publicInput'
import { CASE_ENDPOINT_MESSAGES } from '../../../i18n/cases'

/** A file as it arrived, before anything looked at its content. */
export interface SentFile {
  /** Only for quoting back in a refusal (see `shownFileName`), never to name a stored file. */
  name: string
  bytes: Buffer
}

export interface Submission {
  fields: Record<string, unknown>
  files: SentFile[]
}

/** Text fields (a long question in JSON escapes, the address, the title) fit with room to spare. */
export const MAX_TEXT_BYTES = 256 * 1024
/**
 * The whole multipart body: the allowed files and the text. A fourth file or an oversized one
 * within this still arrives, so the sender is told which file is wrong; beyond it nothing is read.
 */
export const MAX_SUBMISSION_BYTES = CASE_ATTACHMENTS.maxFiles * CASE_ATTACHMENTS.maxBytes + MAX_TEXT_BYTES

const MULTIPART = /^multipart\/form-data\s*;/i
export const JSON_TYPE = /^application\/json\s*(;|$)/i

const badBody = () => publicAnswer(400, { code: 'bad-body', message: CASE_ENDPOINT_MESSAGES.badBody, errors: [] })
const tooLarge = () => publicAnswer(413, { code: 'too-large', message: CASE_ENDPOINT_MESSAGES.tooLarge })

/**
 * The submit form's body, multipart (with files) or JSON (without): its type is checked before a
 * byte is read and its size while it arrives, so neither a wrong client nor a huge upload costs
 * more than the refusal. Answers with the refusal instead when the body is unusable.
 */
export async function readSubmission(req: PayloadRequest): Promise<Submission | Response> {
  const type = req.headers.get('content-type') ?? ''
  const multipart = MULTIPART.test(type)
  if (!multipart && !JSON_TYPE.test(type)) {
    return publicAnswer(415, { code: 'unsupported-type', message: CASE_ENDPOINT_MESSAGES.unsupportedType })
  }
  const raw = await readLimited(req, multipart ? MAX_SUBMISSION_BYTES : MAX_TEXT_BYTES)
  if (raw === null) return tooLarge()
  if (!multipart) {
    // Invalid UTF-8 is no JSON either (RFC 8259): refused like any unreadable body.
    const text = decodeUtf8(raw)
    if (text === null) return badBody()
    try {
      const input: unknown = JSON.parse(text)
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return badBody()
      return { fields: input as Record<string, unknown>, files: [] }
    } catch {
      return badBody()
    }
  }
  let form: FormData
  try {
    // The bytes are already bounded: the Fetch API's own parser reads them from memory.
    form = await new Response(raw, { headers: { 'content-type': type } }).formData()
  } catch {
    return badBody()
  }
  // Field names are the sender's: `__proto__` must stay a plain key.
  const fields: Record<string, unknown> = Object.create(null)
  const files: SentFile[] = []
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') {
      if (key !== 'attachments' && !(key in fields)) fields[key] = value
    } else if (key === 'attachments' && (value.name || value.size > 0)) {
      // A file input left empty still sends a nameless, empty part: that is no attachment.
      files.push({ name: shownFileName(value.name), bytes: Buffer.from(await value.arrayBuffer()) })
    }
  }
  return { fields, files }
}
