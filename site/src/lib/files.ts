import type { Locale } from '@cong/shared/snapshot'

/** The kinds of file the CMS accepts for documents and drafts (docs/legal-documents.md). */
const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
}

/** "PDF", "DOC", "DOCX"; the extension for anything else, undefined when there is none. */
export function fileTypeLabel(mimeType: string, name: string): string | undefined {
  const known = TYPE_LABELS[mimeType]
  if (known) return known
  const dot = name.lastIndexOf('.')
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toUpperCase() : undefined
}

const NUMBER_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' }

/**
 * "1,2 MB" in Vietnamese, "1.2 MB" in English: 1024-based like the file managers readers compare
 * it with, one decimal for megabytes, whole kilobytes below 1000 of them (never "1.000 KB").
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: digits }).format(value)
  if (bytes < 1024) return `${number(bytes, 0)} B`
  const kilobytes = Math.round(bytes / 1024)
  if (kilobytes < 1000) return `${number(kilobytes, 0)} KB`
  return `${number(bytes / (1024 * 1024), 1)} MB`
}
