import { readFile } from 'node:fs/promises'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { invalidField } from '../../../hooks/errors'
import { bilingual } from '../../../i18n'
import { LEGAL_MESSAGES } from '../../../i18n/legal'
import { detectDocumentType } from '../../../uploads/documentType'

export const MAX_DOCUMENT_MEGABYTES = 50
const MAX_DOCUMENT_BYTES = MAX_DOCUMENT_MEGABYTES * 1024 * 1024

/** `Nghị định 14.PDF` that is really a Word file is stored as `Nghị định 14.docx`. */
function withExtension(name: string, ext: string): string {
  const dot = name.lastIndexOf('.')
  return `${dot > 0 ? name.slice(0, dot) : name}.${ext}`
}

/**
 * Accepts PDF, DOC and DOCX by content only, before Payload stores anything, and records the
 * type the bytes say — not the browser's guess — so the site serves the file for what it is.
 */
export const checkDocumentFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  if (file.size > MAX_DOCUMENT_BYTES) {
    const message = bilingual(LEGAL_MESSAGES.fileTooLarge(MAX_DOCUMENT_MEGABYTES))
    throw new APIError(message, 413, { errors: [{ path: 'file', message }] })
  }
  const bytes = file.data?.length
    ? file.data
    : file.tempFilePath
      ? await readFile(file.tempFilePath)
      : undefined
  const type = bytes ? await detectDocumentType(bytes) : null
  if (!type) throw invalidField('file', LEGAL_MESSAGES.fileNotDocument(file.name))
  file.mimetype = type.mime
  file.name = withExtension(file.name, type.ext)
  return args
}
