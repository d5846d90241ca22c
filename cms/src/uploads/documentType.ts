import { fileTypeFromBuffer } from 'file-type'

/**
 * What an uploaded document file really is, from its bytes (docs/legal-documents.md,
 * "document-files"): the name and the browser's declared type are whatever the uploader's
 * machine made of them, so a renamed page or image must not pass for a PDF or Word file.
 */
export const DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const

export type DocumentExtension = keyof typeof DOCUMENT_TYPES

export interface DocumentType {
  ext: DocumentExtension
  mime: (typeof DOCUMENT_TYPES)[DocumentExtension]
}

export async function detectDocumentType(bytes: Uint8Array): Promise<DocumentType | null> {
  const detected = await fileTypeFromBuffer(bytes)
  if (detected?.mime === DOCUMENT_TYPES.pdf) return { ext: 'pdf', mime: DOCUMENT_TYPES.pdf }
  // file-type names a Word package from its [Content_Types].xml; the body must be there too.
  if ((detected?.ext === 'docx' || detected?.ext === 'zip') && zipHasEntry(bytes, 'word/document.xml')) {
    return { ext: 'docx', mime: DOCUMENT_TYPES.docx }
  }
  // Excel and PowerPoint 97–2003 files are compound files too: only Word's has this stream.
  if (detected?.mime === 'application/x-cfb' && compoundFileHasStream(bytes, 'WordDocument')) {
    return { ext: 'doc', mime: DOCUMENT_TYPES.doc }
  }
  return null
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)

const CENTRAL_DIRECTORY_SIGNATURE = Buffer.from([0x50, 0x4b, 0x01, 0x02])

/**
 * Whether a ZIP archive's central directory lists `name`. Central directory records are found by
 * their signature rather than through the end-of-directory record, which ZIP64 writers move.
 */
export function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const wanted = Buffer.from(name, 'utf8')
  for (
    let i = buffer.indexOf(CENTRAL_DIRECTORY_SIGNATURE);
    i !== -1;
    i = buffer.indexOf(CENTRAL_DIRECTORY_SIGNATURE, i + 1)
  ) {
    const end = i + 46 + wanted.length
    if (end > buffer.length || buffer.readUInt16LE(i + 28) !== wanted.length) continue
    if (buffer.subarray(i + 46, end).equals(wanted)) return true
  }
  return false
}

const CFB_HEADER_BYTES = 512
const CFB_DIRECTORY_ENTRY_BYTES = 128
const CFB_STREAM = 2

/**
 * Whether an OLE2 compound file holds a stream called `name`. Directory entries are 128 bytes
 * and every sector (512 or 4096 bytes) starts on a multiple of 128 after the 512-byte header, so
 * entries are found on that grid without walking the sector allocation chains.
 */
export function compoundFileHasStream(bytes: Uint8Array, name: string): boolean {
  const data = view(bytes)
  const nameBytes = (name.length + 1) * 2
  for (
    let at = CFB_HEADER_BYTES;
    at + CFB_DIRECTORY_ENTRY_BYTES <= bytes.length;
    at += CFB_DIRECTORY_ENTRY_BYTES
  ) {
    if (data.getUint16(at + 0x40, true) !== nameBytes || bytes[at + 0x42] !== CFB_STREAM) continue
    let matches = true
    for (let k = 0; k < name.length && matches; k++)
      matches = data.getUint16(at + k * 2, true) === name.charCodeAt(k)
    if (matches) return true
  }
  return false
}
