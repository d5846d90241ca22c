import type { Label } from './index'

/**
 * Words of the translator's queue (/admin/translation-queue) and the translation coverage report
 * (/admin/translation-coverage, GET /api/reports/translations), Vietnamese and English.
 */
export const TRANSLATION_QUEUE_STRINGS = {
  vi: {
    title: 'Hàng chờ dịch',
    intro:
      'Các mục cần bản tiếng Anh, có bản gốc đã thay đổi, đang dịch hoặc chờ duyệt. Bấm tiêu đề để mở mục ở chế độ tiếng Anh; chọn nhiều mục để xuất XLIFF cho người dịch bên ngoài.',
    refusal: 'Hàng chờ dịch dành cho biên dịch viên, biên tập viên, Ban Biên tập và quản trị hệ thống.',
    order: 'Thứ tự',
    oldest: 'Chờ lâu nhất trước',
    mostRead: 'Nhiều lượt xem nhất trước',
    section: 'Chuyên mục',
    unit: 'Đơn vị',
    kind: 'Loại',
    state: 'Trạng thái',
    all: 'Tất cả',
    apply: 'Lọc',
    clear: 'Bỏ lọc',
    select: 'Chọn',
    selectAll: 'Chọn tất cả',
    itemTitle: 'Tiêu đề',
    waitingSince: 'Chờ từ',
    views: 'Lượt xem',
    none: '—',
    count: (shown: number, total: number) =>
      shown === total ? `${total} mục` : `${shown} trong ${total} mục (đang lọc)`,
    empty:
      'Không có mục nào chờ dịch. Khi biên tập viên đánh dấu một mục «Cần bản tiếng Anh», mục đó sẽ xuất hiện ở đây.',
    emptyFiltered: 'Không có mục nào khớp bộ lọc.',
    /** `{n}` is replaced on the page as rows are ticked. */
    selected: 'Đã chọn {n} mục',
  },
  en: {
    title: 'Translation queue',
    intro:
      'Items that need English, whose Vietnamese changed, or that are being translated or reviewed. Click a title to open the item in English; select several to export XLIFF for an outside translator.',
    refusal: 'The translation queue is for translators, editors, the board and admins.',
    order: 'Order',
    oldest: 'Waiting longest first',
    mostRead: 'Most read first',
    section: 'Section',
    unit: 'Unit',
    kind: 'Kind',
    state: 'State',
    all: 'All',
    apply: 'Filter',
    clear: 'Clear filters',
    select: 'Select',
    selectAll: 'Select all',
    itemTitle: 'Title',
    waitingSince: 'Waiting since',
    views: 'Views',
    none: '—',
    count: (shown: number, total: number) =>
      shown === total ? `${total} items` : `${shown} of ${total} items (filtered)`,
    empty: 'Nothing waits for translation. When an editor marks an item "English needed", it appears here.',
    emptyFiltered: 'No item matches the filters.',
    selected: '{n} selected',
  },
} as const

export const TRANSLATION_COVERAGE_STRINGS = {
  vi: {
    title: 'Tỷ lệ bản tiếng Anh',
    intro:
      'Các mục đang công khai trên cổng (tin bài, trang, văn bản, đơn vị, đa phương tiện, hỏi – đáp) và bao nhiêu mục đã có bản tiếng Anh được đăng. Bản tiếng Anh «bản gốc đã thay đổi» vẫn được tính là đã dịch vì vẫn hiển thị trên cổng.',
    period: 'Tháng đăng bản tiếng Việt',
    from: 'Từ tháng',
    to: 'Đến tháng',
    show: 'Xem',
    allTime: 'Mọi thời gian',
    share: 'Tỷ lệ đã dịch',
    shareOfNeeded: 'Tỷ lệ đã dịch trong số cần dịch',
    staleCount: 'Bản dịch cần cập nhật',
    total: 'Tổng số mục',
    translated: 'Đã dịch',
    notNeeded: 'Không cần dịch',
    stale: 'Cần cập nhật',
    bySection: 'Theo chuyên mục',
    byMonth: 'Theo tháng đăng bản tiếng Việt',
    byKind: 'Theo loại',
    section: 'Chuyên mục',
    month: 'Tháng',
    kind: 'Loại',
    noSection: 'Không thuộc chuyên mục',
    neverPublished: 'Chưa có ngày đăng',
    empty: 'Chưa có mục nào trong khoảng thời gian này.',
    downloads: 'Tải về',
    csv: 'Bảng CSV',
    json: 'JSON',
  },
  en: {
    title: 'English coverage',
    intro:
      'Items public on the portal (articles, pages, legal documents, units, multimedia, Q&A) and how many have published English. Stale English still counts as translated: it is still on the site.',
    period: 'Month the Vietnamese was published',
    from: 'From',
    to: 'To',
    show: 'Show',
    allTime: 'All time',
    share: 'Translated',
    shareOfNeeded: 'Translated of those needing English',
    staleCount: 'Translations to update',
    total: 'Items',
    translated: 'Translated',
    notNeeded: 'Not needed',
    stale: 'Stale',
    bySection: 'By section',
    byMonth: 'By month of Vietnamese publication',
    byKind: 'By kind',
    section: 'Section',
    month: 'Month',
    kind: 'Kind',
    noSection: 'No section',
    neverPublished: 'No publication date',
    empty: 'No items in this period.',
    downloads: 'Download',
    csv: 'CSV table',
    json: 'JSON',
  },
} as const

export const TRANSLATION_REPORT_MESSAGES = {
  unauthenticated: { vi: 'Cần đăng nhập.', en: 'Please sign in.' },
  forbidden: {
    vi: 'Chỉ biên tập viên, Ban Biên tập và quản trị hệ thống được xem tỷ lệ bản tiếng Anh.',
    en: 'Only editors, the board and admins may read the English coverage.',
  },
  badFormat: { vi: 'Định dạng phải là json hoặc csv.', en: 'The format must be json or csv.' },
} satisfies Record<string, Label>

export const translationQueueStrings = (language: string | undefined) =>
  TRANSLATION_QUEUE_STRINGS[language === 'en' ? 'en' : 'vi']
export const translationCoverageStrings = (language: string | undefined) =>
  TRANSLATION_COVERAGE_STRINGS[language === 'en' ? 'en' : 'vi']
