/**
 * The header contract of a legal-documents spreadsheet (docs/legal-import.md): the Vietnamese
 * headers agencies' registers already use, with English aliases. Headers match whatever their
 * case, marks and spacing, so "SỐ KÝ HIỆU", "so ky hieu" and "Số  ký hiệu" are one column.
 */
import { foldForSearch } from '@cong/shared/fold'

export const COLUMN_KEYS = [
  'number',
  'type',
  'issuingBody',
  'issuingBodyEn',
  'signerName',
  'signerTitle',
  'signerTitleEn',
  'issuedDate',
  'effectiveDate',
  'expiryDate',
  'summary',
  'summaryEn',
  'fields',
  'amends',
  'replaces',
  'repeals',
  'guides',
  'attachments',
] as const
export type ColumnKey = (typeof COLUMN_KEYS)[number]

export interface ColumnSpec {
  /** The header as the template writes it. */
  header: string
  /** Other spellings accepted, Vietnamese and English. */
  aliases: readonly string[]
  required: boolean
  /** One line for `--help` and the docs. */
  help: string
}

export const COLUMNS: Record<ColumnKey, ColumnSpec> = {
  number: {
    header: 'Số ký hiệu',
    aliases: ['Số hiệu', 'Số, ký hiệu', 'Số hiệu văn bản', 'Number', 'Document number'],
    required: true,
    help: '14/2017/NĐ-CP, 45/2019/QH14, 1234/LĐTBXH-VP',
  },
  type: {
    header: 'Loại văn bản',
    aliases: ['Loại', 'Type', 'Document type'],
    required: true,
    help: 'tên (Nghị định) hoặc mã / label or code (nghi-dinh)',
  },
  issuingBody: {
    header: 'Cơ quan ban hành',
    aliases: ['Cơ quan ban hành văn bản', 'Nơi ban hành', 'Issuing body', 'Issued by'],
    required: true,
    help: 'Chính phủ, Bộ Lao động – Thương binh và Xã hội',
  },
  issuingBodyEn: {
    header: 'Cơ quan ban hành (EN)',
    aliases: ['Cơ quan ban hành tiếng Anh', 'Issuing body (EN)'],
    required: false,
    help: 'The Government',
  },
  signerName: {
    header: 'Người ký',
    aliases: ['Người ký văn bản', 'Signer', 'Signed by'],
    required: false,
    help: 'Nguyễn Xuân Phúc',
  },
  signerTitle: {
    header: 'Chức vụ',
    aliases: ['Chức vụ người ký', 'Signer title'],
    required: false,
    help: 'Thủ tướng',
  },
  signerTitleEn: {
    header: 'Chức vụ (EN)',
    aliases: ['Chức vụ người ký (EN)', 'Signer title (EN)'],
    required: false,
    help: 'Prime Minister',
  },
  issuedDate: {
    header: 'Ngày ban hành',
    aliases: ['Ngày ký', 'Issued date', 'Date issued', 'Issued on'],
    required: true,
    help: 'dd/MM/yyyy, yyyy-MM-dd hoặc ô ngày của Excel / or an Excel date cell',
  },
  effectiveDate: {
    header: 'Ngày có hiệu lực',
    aliases: ['Ngày hiệu lực', 'Hiệu lực từ ngày', 'Effective date', 'Effective from'],
    required: false,
    help: 'như ngày ban hành / like the issued date',
  },
  expiryDate: {
    header: 'Ngày hết hiệu lực',
    aliases: ['Hết hiệu lực từ ngày', 'Expiry date', 'Expires on'],
    required: false,
    help: 'ngày đầu tiên không còn hiệu lực / the first day no longer in force',
  },
  summary: {
    header: 'Trích yếu',
    aliases: ['Trích yếu nội dung', 'Tên văn bản', 'Summary', 'Title'],
    required: true,
    help: 'Quy định chi tiết một số điều của Bộ luật Lao động…',
  },
  summaryEn: {
    header: 'Trích yếu (EN)',
    aliases: ['Trích yếu tiếng Anh', 'Summary (EN)', 'English summary'],
    required: false,
    help: 'Detailing a number of articles of the Labour Code…',
  },
  fields: {
    header: 'Lĩnh vực',
    aliases: ['Lĩnh vực văn bản', 'Fields', 'Field'],
    required: false,
    help: 'tên hoặc mã, cách nhau bởi ";" / labels or codes, ";"-separated',
  },
  amends: {
    header: 'Sửa đổi',
    aliases: ['Sửa đổi, bổ sung', 'Sửa đổi bổ sung', 'Amends'],
    required: false,
    help: 'số ký hiệu, cách nhau bởi ";"; thêm " (một phần)" nếu chỉ một phần / numbers, ";"-separated, " (part)" for part',
  },
  replaces: {
    header: 'Thay thế',
    aliases: ['Replaces'],
    required: false,
    help: 'như cột Sửa đổi / like Sửa đổi',
  },
  repeals: {
    header: 'Bãi bỏ',
    aliases: ['Repeals'],
    required: false,
    help: 'như cột Sửa đổi / like Sửa đổi',
  },
  guides: {
    header: 'Hướng dẫn',
    aliases: ['Hướng dẫn thi hành', 'Quy định chi tiết', 'Guides'],
    required: false,
    help: 'như cột Sửa đổi / like Sửa đổi',
  },
  attachments: {
    header: 'Tệp đính kèm',
    aliases: ['Tệp tin đính kèm', 'File đính kèm', 'Đính kèm', 'Attachments', 'Files'],
    required: false,
    help: 'PDF, DOC, DOCX; đường dẫn tính từ thư mục của bảng tính, cách nhau bởi ";" / paths relative to the spreadsheet\'s folder',
  },
}

/** Columns registers carry that the import has no use for: accepted without a warning. */
const IGNORED = ['STT', 'TT', 'Số thứ tự', 'No', 'No.', '#', 'Ghi chú', 'Note', 'Notes']

/**
 * The matching key of a header: case, marks and spacing do not count, nor a required-column star
 * ("Số ký hiệu (*)") or a closing colon some templates add.
 */
export function headerKey(header: string): string {
  return foldForSearch(header)
    .replace(/\(\s*\*\s*\)|\*|:$/g, '')
    .replace(/\s+/g, '')
}

const LOOKUP = new Map<string, ColumnKey>()
for (const key of COLUMN_KEYS) {
  for (const name of [COLUMNS[key].header, ...COLUMNS[key].aliases]) LOOKUP.set(headerKey(name), key)
}
const IGNORED_KEYS = new Set(IGNORED.map(headerKey))

export const REQUIRED_COLUMNS = COLUMN_KEYS.filter((key) => COLUMNS[key].required)

export function columnFor(header: string): ColumnKey | 'ignored' | null {
  const key = headerKey(header)
  if (key === '' || IGNORED_KEYS.has(key)) return 'ignored'
  return LOOKUP.get(key) ?? null
}

export interface MatchedColumn {
  index: number
  /** The header exactly as the spreadsheet writes it, for messages. */
  header: string
}

export interface HeaderMatch {
  columns: Map<ColumnKey, MatchedColumn>
  unknown: MatchedColumn[]
  missing: ColumnKey[]
  /** The same column given twice ("Số ký hiệu" and "Number"). */
  duplicates: { key: ColumnKey; first: MatchedColumn; again: MatchedColumn }[]
}

export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const columns = new Map<ColumnKey, MatchedColumn>()
  const unknown: MatchedColumn[] = []
  const duplicates: HeaderMatch['duplicates'] = []
  headers.forEach((raw, index) => {
    const header = raw.trim()
    const key = columnFor(header)
    if (key === 'ignored') return
    if (key === null) {
      unknown.push({ index, header })
      return
    }
    const first = columns.get(key)
    if (first) duplicates.push({ key, first, again: { index, header } })
    else columns.set(key, { index, header })
  })
  const missing = REQUIRED_COLUMNS.filter((key) => !columns.has(key))
  return { columns, unknown, missing, duplicates }
}

/** How many known columns a row names: how the reader finds the header below a sheet's title rows. */
export const knownColumnCount = (cells: readonly string[]): number =>
  new Set(cells.map(columnFor).filter((key): key is ColumnKey => key !== null && key !== 'ignored')).size
