import { readFile } from 'node:fs/promises'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { CASE_ATTACHMENTS } from '@cong/shared/citizenCase'
import { invalidField } from '../../../hooks/errors'
import { bilingual } from '../../../i18n'
import { ATTACHMENT_ERROR_MESSAGES } from '../../../i18n/cases'
import { detectCaseAttachment } from '../attachmentType'

/**
 * The submit endpoint checks attachments before it stores anything; this check stands behind it
 * for every other way in (seed, imports, scripts): PDF or photo by content, within the size
 * limit, stored with the type the bytes say.
 */
export const checkCaseFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  if (file.size > CASE_ATTACHMENTS.maxBytes) {
    const message = bilingual(ATTACHMENT_ERROR_MESSAGES['attachment-too-large'](file.name))
    throw new APIError(message, 413, { errors: [{ path: 'file', message }] })
  }
  const bytes = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : undefined
  const type = bytes ? await detectCaseAttachment(bytes) : null
  if (!type) throw invalidField('file', ATTACHMENT_ERROR_MESSAGES['attachment-type'](file.name))
  file.mimetype = type.mime
  return args
}
