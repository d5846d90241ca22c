import { extractText, getDocumentProxy } from 'unpdf'

/**
 * The text of a PDF, whitespace collapsed, for asserting on what a reader would see. drizzle-kit
 * (loaded by Payload's SQL adapters for schema push) adds an enumerable `Array.prototype.random`,
 * which pdf.js refuses to run beside; it is set aside for the extraction only.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const added = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (added) delete (Array.prototype as { random?: unknown }).random
  try {
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true })
    return text.replace(/\s+/g, ' ')
  } finally {
    if (added) Object.defineProperty(Array.prototype, 'random', added)
  }
}
