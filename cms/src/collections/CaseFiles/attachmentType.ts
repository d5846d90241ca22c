import { fileTypeFromBuffer } from 'file-type'
import { CASE_ATTACHMENTS } from '@cong/shared/citizenCase'

export type CaseAttachmentMime = (typeof CASE_ATTACHMENTS.mimeTypes)[number]

const EXTENSIONS: Record<CaseAttachmentMime, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
}

/**
 * What an attachment really is, from its bytes: a sender's file name and browser type are
 * claims, and a renamed program must not reach a case handler's machine as a "PDF".
 */
export async function detectCaseAttachment(
  bytes: Uint8Array,
): Promise<{ mime: CaseAttachmentMime; ext: string } | null> {
  const detected = await fileTypeFromBuffer(bytes)
  const mime = CASE_ATTACHMENTS.mimeTypes.find((allowed) => allowed === detected?.mime)
  return mime ? { mime, ext: EXTENSIONS[mime] } : null
}
