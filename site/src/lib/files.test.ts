import { describe, expect, it } from 'vitest'
import { fileTypeLabel, formatFileSize } from './files'

describe('file sizes', () => {
  it.each([
    [512, 'vi', '512 B'],
    [98_304, 'vi', '96 KB'],
    [1_258_291, 'vi', '1,2 MB'],
    [1_258_291, 'en', '1.2 MB'],
    [2_411_724, 'en', '2.3 MB'],
    [10 * 1024 * 1024, 'vi', '10 MB'],
    [1_022_000, 'en', '998 KB'],
    // Four-digit kilobytes read better as a megabyte.
    [1_024_000, 'vi', '1 MB'],
    [1_048_575, 'en', '1 MB'],
  ] as const)('%i bytes in %s is %s', (bytes, locale, expected) => {
    expect(formatFileSize(bytes, locale)).toBe(expected)
  })
})

describe('file type labels', () => {
  it.each([
    ['application/pdf', 'a.pdf', 'PDF'],
    ['application/msword', 'a.doc', 'DOC'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Tờ trình.docx', 'DOCX'],
    // A type the CMS does not label falls back to the extension, or to nothing at all.
    ['application/octet-stream', 'bang-tinh.xlsx', 'XLSX'],
    ['application/octet-stream', 'README', undefined],
  ])('%s (%s) is %s', (mimeType, name, expected) => {
    expect(fileTypeLabel(mimeType, name)).toBe(expected)
  })
})
