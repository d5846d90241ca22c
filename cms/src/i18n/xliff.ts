/**
 * The words of the XLIFF export and import (`/api/translations/xliff/*` and the queue's panel):
 * every refusal a translator can meet, Vietnamese first, each saying what to do next.
 */

/** A refusal as the import answers it: `reason` in Vietnamese, `reasonEn` in English. */
export interface XliffMessage {
  reason: string
  reasonEn: string
}

/** The HTML an imported rich text may hold (see `cms/src/translations/html.ts`). */
const MAX_HTML_TAGS_LIST = '<p>, <h2>–<h4>, <ul>/<ol>/<li>, <strong>, <em>, <a href>, <br>'

const m = (reason: string, reasonEn: string): XliffMessage => ({ reason, reasonEn })

/** Why a whole file is refused (the import answers 400 and applies nothing). */
export const XLIFF_FILE_MESSAGES = {
  tooLarge: m(
    'Tệp quá lớn (tối đa 5 MB). Hãy chia thành nhiều tệp nhỏ hơn.',
    'The file is too large (5 MB at most). Split it into smaller files.',
  ),
  empty: m('Tệp rỗng.', 'The file is empty.'),
  missingFile: m(
    'Hãy chọn một tệp XLIFF (.xlf, .xliff) để nhập.',
    'Choose an XLIFF file (.xlf, .xliff) to import.',
  ),
  badBody: m(
    'Tệp phải được gửi dưới dạng multipart/form-data, trường «file».',
    'The file must be sent as multipart/form-data, field "file".',
  ),
  doctype: m(
    'Tệp có khai báo DOCTYPE hoặc ENTITY; vì an toàn, Cổng không nhận loại tệp này. Hãy xuất lại tệp XLIFF từ công cụ dịch.',
    'The file declares a DOCTYPE or ENTITY; for safety the portal does not accept such files. Export the XLIFF again from the translation tool.',
  ),
  malformed: (line: number | null, detail: string) =>
    m(
      `Tệp không phải XML hợp lệ${line ? ` (dòng ${line})` : ''}: ${detail}`,
      `The file is not well-formed XML${line ? ` (line ${line})` : ''}: ${detail}`,
    ),
  notXliff: m('Tệp không phải XLIFF (thiếu phần tử <xliff>).', 'The file is not XLIFF (no <xliff> element).'),
  version: (version: string) =>
    m(
      `Phiên bản XLIFF «${version || 'không ghi'}» không được hỗ trợ; Cổng nhận XLIFF 2.0 và 1.2.`,
      `XLIFF version "${version || 'none'}" is not supported; the portal reads XLIFF 2.0 and 1.2.`,
    ),
  languages: (src: string | undefined, trg: string | undefined) =>
    m(
      `Tệp dịch từ «${src || '?'}» sang «${trg || '?'}»; Cổng chỉ nhận bản dịch tiếng Việt (vi) → tiếng Anh (en).`,
      `The file translates from "${src || '?'}" into "${trg || '?'}"; the portal only takes Vietnamese (vi) → English (en).`,
    ),
  badFileId: (id: string) =>
    m(
      `Phần «${id}» của tệp không ghi mục nào của Cổng (cần dạng «articles:123»). Hãy dùng tệp do Cổng xuất.`,
      `Part "${id}" of the file names no portal item ("articles:123" expected). Use a file exported by the portal.`,
    ),
  duplicate: (id: string) =>
    m(`Mục «${id}» xuất hiện hai lần trong tệp.`, `Item "${id}" appears twice in the file.`),
  noItems: m('Tệp không có mục nào để nhập.', 'The file holds no items to import.'),
} as const

type ItemProblem =
  | 'inline'
  | 'entity'
  | 'unknown-item'
  | 'no-fingerprint'
  | 'source-changed'
  | 'title-missing'
  | 'unknown-unit'
  | 'state'
  | 'html'
  | 'save-failed'

/** Why one item of a file is refused (the others are still applied). */
export function xliffItemMessage(
  problem: ItemProblem,
  args: { unit?: string; detail?: string; item?: string; state?: { vi: string; en: string } } = {},
): XliffMessage {
  const { unit = '', detail = '', item = '' } = args
  switch (problem) {
    case 'inline':
      return m(
        `Phần «${unit}» có thẻ XLIFF ${detail} trong văn bản; hãy để HTML dưới dạng chữ như trong tệp đã xuất.`,
        `Unit "${unit}" holds XLIFF markup ${detail}; keep the HTML as text, as in the exported file.`,
      )
    case 'entity':
      return m(
        `Phần «${unit}» có thực thể «${detail}» không được nhận; chỉ dùng &lt; &gt; &amp; &quot; &apos; hoặc mã số.`,
        `Unit "${unit}" holds the entity "${detail}", which is not accepted; use only &lt; &gt; &amp; &quot; &apos; or numeric references.`,
      )
    case 'unknown-item':
      return m(
        `Không tìm thấy mục «${item}» trên Cổng (có thể đã bị xoá).`,
        `Item "${item}" was not found in the portal (it may have been deleted).`,
      )
    case 'no-fingerprint':
      return m(
        'Tệp không ghi bản tiếng Việt đã dùng để dịch (thiếu sourceFingerprint); hãy xuất lại.',
        'The file does not say which Vietnamese it was made from (no sourceFingerprint); export it again.',
      )
    case 'source-changed':
      return m(
        'Bản tiếng Việt đã thay đổi sau khi xuất tệp; hãy xuất lại.',
        'The Vietnamese changed after the file was exported; export it again.',
      )
    case 'title-missing':
      return m(
        'Chưa có bản dịch tiêu đề (phần «title» trống).',
        'The title has no translation (unit "title" is empty).',
      )
    case 'unknown-unit':
      return m(
        `Tệp có phần «${unit}» không thuộc mục này (có thể đã bị xoá hoặc đổi); hãy xuất lại.`,
        `The file has a unit "${unit}" this item does not have (it may have been removed); export it again.`,
      )
    case 'state':
      return m(
        `Bản dịch đang ở trạng thái «${args.state?.vi ?? ''}»: không nhận bản dịch lúc này.`,
        `The translation is "${args.state?.en ?? ''}": it does not take a translation now.`,
      )
    case 'html':
      return m(
        `Phần «${unit}» có HTML không được phép (${detail}). Chỉ dùng ${MAX_HTML_TAGS_LIST}.`,
        `Unit "${unit}" has HTML that is not allowed (${detail}). Use only ${MAX_HTML_TAGS_LIST}.`,
      )
    case 'save-failed':
      return m(`Không lưu được bản dịch: ${detail}`, `The translation could not be saved: ${detail}`)
  }
}

/** Export refusals (`POST /api/translations/xliff/export`). */
export const XLIFF_EXPORT_MESSAGES = {
  unauthenticated: m('Cần đăng nhập.', 'Please sign in.'),
  forbidden: m(
    'Chỉ biên dịch viên, Ban Biên tập và quản trị hệ thống được xuất và nhập tệp dịch.',
    'Only translators, the board and admins may export and import translation files.',
  ),
  badBody: m(
    'Yêu cầu phải là JSON dạng { "items": [{ "collection": "articles", "id": "1" }] }.',
    'The request must be JSON like { "items": [{ "collection": "articles", "id": "1" }] }.',
  ),
  empty: m('Hãy chọn ít nhất một mục để xuất.', 'Choose at least one item to export.'),
  tooMany: (max: number) => m(`Mỗi lần xuất tối đa ${max} mục.`, `At most ${max} items per export.`),
  unknown: (ids: string[]) =>
    m(`Không tìm thấy các mục: ${ids.join(', ')}.`, `These items were not found: ${ids.join(', ')}.`),
} as const

/** The words of the queue's XLIFF panel. */
export const XLIFF_PANEL_TEXT = {
  exportButton: (n: number) => ({ vi: `Xuất XLIFF (${n} mục)`, en: `Export XLIFF (${n} items)` }),
  exportHint: {
    vi: 'Chọn các mục trong danh sách rồi xuất một tệp XLIFF 2.0 cho người dịch.',
    en: 'Select items in the list, then export one XLIFF 2.0 file for the translator.',
  },
  exporting: { vi: 'Đang xuất…', en: 'Exporting…' },
  importTitle: { vi: 'Nhập XLIFF', en: 'Import XLIFF' },
  fileLabel: {
    vi: 'Tệp XLIFF đã dịch (.xlf, .xliff, .xml)',
    en: 'Translated XLIFF file (.xlf, .xliff, .xml)',
  },
  importButton: { vi: 'Nhập tệp', en: 'Import file' },
  importing: { vi: 'Đang nhập…', en: 'Importing…' },
  item: { vi: 'Mục', en: 'Item' },
  result: { vi: 'Kết quả', en: 'Result' },
  reason: { vi: 'Lý do', en: 'Reason' },
  applied: { vi: 'Đã nhập, chờ duyệt', en: 'Imported, in review' },
  refused: { vi: 'Bị từ chối', en: 'Refused' },
  summary: (applied: number, refused: number) => ({
    vi: `${applied} mục đã nhập, ${refused} mục bị từ chối`,
    en: `${applied} ${applied === 1 ? 'item' : 'items'} imported, ${refused} refused`,
  }),
  networkError: {
    vi: 'Không gửi được yêu cầu tới máy chủ; hãy thử lại.',
    en: 'The request did not reach the server; try again.',
  },
  caption: { vi: 'Kết quả nhập tệp XLIFF', en: 'XLIFF import results' },
} as const
