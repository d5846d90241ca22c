/**
 * What the importer can find wrong, worded for the person who typed the spreadsheet: Vietnamese
 * first, English after, always naming the row and the column as they see them in Excel.
 */
import type { Label } from '@cong/shared/legalVocabulary'

export type IssueLevel = 'error' | 'warning'

export interface Issue {
  level: IssueLevel
  code: IssueCode
  /** Spreadsheet row (the header is row 1 unless title rows sit above it); absent for the whole file. */
  row?: number
  /** The column's header as written in the file. */
  column?: string
  /** The offending value as read (dates from Excel cells shown as dd/MM/yyyy). */
  value?: string
  message: Label
}

type Params = Record<string, string | number | undefined>

const EXAMPLE_NUMBER = '14/2017/NĐ-CP'

/** Message of each code: what is wrong with the value, without the row/column prefix. */
const MESSAGES = {
  'file-not-found': (p: Params) => ({
    vi: `Không tìm thấy tệp ${p.path}`,
    en: `File not found: ${p.path}`,
  }),
  'file-format': (p: Params) => ({
    vi: `Chỉ nhận tệp .csv hoặc .xlsx (tệp đang là "${p.ext}"); với .xls cũ, mở bằng Excel rồi lưu lại dạng .xlsx`,
    en: `Only .csv and .xlsx files are accepted (got "${p.ext}"); save old .xls files as .xlsx in Excel`,
  }),
  'file-utf16': () => ({
    vi: 'Tệp CSV đang ở mã UTF-16 ("Unicode Text"). Trong Excel chọn Tệp → Lưu thành → "CSV UTF-8 (Comma delimited) (*.csv)" rồi nhập lại',
    en: 'The CSV file is UTF-16 ("Unicode Text"). In Excel use File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)" and import again',
  }),
  'file-not-utf8': (p: Params) => ({
    vi: `Tệp CSV không phải UTF-8 (dòng ${p.line} có ký tự không đọc được; có lẽ là Windows-1258, TCVN3 hoặc VNI). Trong Excel chọn Tệp → Lưu thành → "CSV UTF-8 (Comma delimited) (*.csv)" rồi nhập lại`,
    en: `The CSV file is not UTF-8 (line ${p.line} has unreadable characters; probably Windows-1258, TCVN3 or VNI). In Excel use File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)" and import again`,
  }),
  'file-unreadable': (p: Params) => ({
    vi: `Không đọc được tệp: ${p.reason}`,
    en: `Cannot read the file: ${p.reason}`,
  }),
  'sheet-not-found': (p: Params) => ({
    vi: `Không có trang tính "${p.sheet}" (có: ${p.sheets})`,
    en: `No worksheet "${p.sheet}" (the workbook has: ${p.sheets})`,
  }),
  'file-empty': () => ({
    vi: 'Tệp không có dòng tiêu đề nào',
    en: 'The file has no header row',
  }),
  'no-rows': () => ({
    vi: 'Tệp không có văn bản nào dưới dòng tiêu đề',
    en: 'The file has no documents below the header row',
  }),
  'column-missing': (p: Params) => ({
    vi: `Thiếu cột bắt buộc "${p.header}"`,
    en: `Required column "${p.header}" is missing`,
  }),
  'column-duplicate': (p: Params) => ({
    vi: `Cột "${p.header}" trùng với cột "${p.first}" (cùng một thông tin)`,
    en: `Column "${p.header}" repeats column "${p.first}" (the same information)`,
  }),
  'column-unknown': () => ({
    vi: 'Cột không có trong mẫu nhập, bỏ qua',
    en: 'Not a column of the import template; ignored',
  }),
  required: () => ({
    vi: 'bắt buộc nhưng đang để trống',
    en: 'is required but empty',
  }),
  'text-too-long': (p: Params) => ({
    vi: `dài quá ${p.max} ký tự`,
    en: `is longer than ${p.max} characters`,
  }),
  'number-format': (p: Params) => ({
    vi: `"${p.value}" không đúng dạng số ký hiệu (ví dụ ${EXAMPLE_NUMBER})`,
    en: `"${p.value}" is not a document number (e.g. ${EXAMPLE_NUMBER})`,
  }),
  'number-year': (p: Params) => ({
    vi: `"${p.value}": năm trong số ký hiệu phải từ 1945 đến ${p.maxYear}`,
    en: `"${p.value}": the year in the number must be 1945 to ${p.maxYear}`,
  }),
  'type-unknown': (p: Params) => ({
    vi: `"${p.value}" không phải loại văn bản đã biết (${p.known})`,
    en: `"${p.value}" is not a known document type (${p.known})`,
  }),
  'date-invalid': (p: Params) => ({
    vi: `"${p.value}" không phải ngày hợp lệ (viết dd/MM/yyyy, ví dụ 01/07/2021)`,
    en: `"${p.value}" is not a valid date (write dd/MM/yyyy, e.g. 01/07/2021)`,
  }),
  'date-range': (p: Params) => ({
    vi: `${p.value}: năm phải từ 1945 đến 2100`,
    en: `${p.value}: the year must be 1945 to 2100`,
  }),
  'issued-in-future': (p: Params) => ({
    vi: `ngày ban hành ${p.value} sau hôm nay (${p.today})`,
    en: `issued date ${p.value} is after today (${p.today})`,
  }),
  'effective-before-issued': (p: Params) => ({
    vi: `ngày có hiệu lực ${p.value} sớm hơn ngày ban hành ${p.issued}`,
    en: `effective date ${p.value} is before the issued date ${p.issued}`,
  }),
  'expiry-not-after-start': (p: Params) => ({
    vi: `ngày hết hiệu lực ${p.value} phải sau ngày ${p.startLabel} ${p.start}`,
    en: `expiry date ${p.value} must be after the ${p.startLabelEn} ${p.start}`,
  }),
  'field-unknown': (p: Params) => ({
    vi: `"${p.value}" không phải lĩnh vực đã biết (${p.known})`,
    en: `"${p.value}" is not a known field (${p.known})`,
  }),
  'relation-number': (p: Params) => ({
    vi: `"${p.value}" không đúng dạng số ký hiệu (ví dụ ${EXAMPLE_NUMBER} hoặc ${EXAMPLE_NUMBER} (một phần))`,
    en: `"${p.value}" is not a document number (e.g. ${EXAMPLE_NUMBER} or ${EXAMPLE_NUMBER} (part))`,
  }),
  'relation-self': (p: Params) => ({
    vi: `văn bản không thể tự tác động lên chính nó (${p.value})`,
    en: `a document cannot act on itself (${p.value})`,
  }),
  'relation-repeated': (p: Params) => ({
    vi: `"${p.value}" được ghi hai lần`,
    en: `"${p.value}" is listed twice`,
  }),
  'relation-unknown': (p: Params) => ({
    vi: `"${p.value}" không có trong tệp cũng như trong CMS`,
    en: `"${p.value}" is neither in the file nor in the CMS`,
  }),
  'relation-ambiguous': (p: Params) => ({
    vi: `"${p.value}" khớp với nhiều văn bản (${p.bodies}); không biết chọn văn bản nào`,
    en: `"${p.value}" matches several documents (${p.bodies}); cannot tell which one`,
  }),
  'relation-older-actor': (p: Params) => ({
    vi: `"${p.value}" ban hành ngày ${p.targetIssued}, sau văn bản này (${p.issued}); kiểm tra lại chiều của quan hệ`,
    en: `"${p.value}" was issued on ${p.targetIssued}, after this document (${p.issued}); check the relation's direction`,
  }),
  'number-duplicate': (p: Params) => ({
    vi: `"${p.value}" của ${p.body} trùng với dòng ${p.firstRow}`,
    en: `"${p.value}" of ${p.body} duplicates row ${p.firstRow}`,
  }),
  'attachment-missing': (p: Params) => ({
    vi: `không tìm thấy tệp "${p.value}" (tìm tại ${p.path})`,
    en: `file "${p.value}" not found (looked at ${p.path})`,
  }),
  'attachment-type': (p: Params) => ({
    vi: `"${p.value}": chỉ nhận PDF, DOC, DOCX`,
    en: `"${p.value}": only PDF, DOC and DOCX are accepted`,
  }),
  'attachment-not-document': (p: Params) => ({
    vi: `"${p.value}" không phải tệp PDF, DOC hay DOCX thật (nội dung tệp không khớp)`,
    en: `"${p.value}" is not really a PDF, DOC or DOCX file (its content says otherwise)`,
  }),
  'attachment-empty': (p: Params) => ({
    vi: `"${p.value}" là tệp rỗng`,
    en: `"${p.value}" is an empty file`,
  }),
  'attachment-repeated': (p: Params) => ({
    vi: `"${p.value}" được ghi hai lần`,
    en: `"${p.value}" is listed twice`,
  }),
} satisfies Record<string, (p: Params) => Label>

export type IssueCode = keyof typeof MESSAGES

export function makeIssue(
  level: IssueLevel,
  code: IssueCode,
  where: { row?: number; column?: string; value?: string } = {},
  params: Params = {},
): Issue {
  const message = MESSAGES[code]({ value: where.value, ...params })
  return { level, code, ...where, message }
}

/** `Dòng 7, cột "Số ký hiệu": …` and `Row 7, column "Số ký hiệu": …`. */
export function formatIssue(issue: Issue): Label {
  const vi: string[] = []
  const en: string[] = []
  if (issue.row !== undefined) {
    vi.push(`Dòng ${issue.row}`)
    en.push(`Row ${issue.row}`)
  }
  if (issue.column !== undefined) {
    vi.push(`cột "${issue.column}"`)
    en.push(`column "${issue.column}"`)
  }
  const prefix = (parts: string[]) => (parts.length ? `${parts.join(', ')}: ` : '')
  return { vi: prefix(vi) + issue.message.vi, en: prefix(en) + issue.message.en }
}

export const hasErrors = (issues: readonly Issue[]): boolean =>
  issues.some((issue) => issue.level === 'error')

/** In the order the reader scans the sheet: by row, then column position; errors first in a cell. */
export function sortIssues(
  issues: readonly Issue[],
  columnOrder: (header: string | undefined) => number,
): Issue[] {
  return [...issues].sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      columnOrder(a.column) - columnOrder(b.column) ||
      (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1),
  )
}
