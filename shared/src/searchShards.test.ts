import { describe, expect, it } from 'vitest'
import { searchShard, searchShardKind, type SearchShardLocale } from './searchShards'

describe('searchShard', () => {
  it.each<[string, SearchShardLocale, string | undefined, string | null]>([
    // Vietnamese articles and answers: one shard a year; English articles one per five years.
    ['/bai-viet/hoi-nghi-tong-ket/', 'vi', '2024-04-03', 'vi-article-2024'],
    ['/bai-viet/hoi-nghi-tong-ket/', 'vi', '2025-01-01', 'vi-article-2025'],
    ['/en/articles/labour-code-briefing/', 'en', '2024-12-31', 'en-article-2020-2024'],
    ['/hoi-dap/so-gio-lam-them-109/', 'vi', '2026-09-12', 'vi-question-2026'],
    ['/en/questions/so-gio-lam-them-109/', 'en', '2026-09-12', 'en-question-all'],
    // Vietnamese legal documents: five years a shard, starting on years ending in 0 and 5.
    ['/van-ban/12-2024-nd-cp/', 'vi', '2024-11-20', 'vi-legal-2020-2024'],
    ['/van-ban/74-2025-qh15/', 'vi', '2025-06-30', 'vi-legal-2025-2029'],
    ['/van-ban/38-2013-qh13/', 'vi', '2013-11-16', 'vi-legal-2010-2014'],
    ['/en/legal-documents/28-2015-nd-cp/', 'en', '2015-04-01', 'en-legal-all'],
    // Albums, drafts, units and static pages share one shard per language, whatever the date.
    ['/da-phuong-tien/anh/lop-dao-tao-nghe/', 'vi', '2025-06-05', 'vi-other-all'],
    ['/da-phuong-tien/video/ban-tin/', 'vi', '2019-12-31', 'vi-other-all'],
    ['/en/multimedia/audio/interview/', 'en', '2025-06-05', 'en-other-all'],
    ['/du-thao/du-thao-thong-tu/', 'vi', '2026-12-14', 'vi-other-all'],
    ['/en/drafts/du-thao-nghi-dinh/', 'en', undefined, 'en-other-all'],
    ['/co-cau-to-chuc/cuc-viec-lam/', 'vi', undefined, 'vi-other-all'],
    ['/trang/lien-he/', 'vi', '2025-01-15', 'vi-other-all'],
    ['/en/organisation/vu-phap-che/', 'en', undefined, 'en-other-all'],
    ['/en/pages/gioi-thieu/', 'en', undefined, 'en-other-all'],
    // A dated kind without a date still gets a stable shard.
    ['/bai-viet/khong-ngay/', 'vi', undefined, 'vi-article-undated'],
    ['/bai-viet/ngay-hong/', 'vi', 'sometime', 'vi-article-undated'],
    ['/en/articles/no-date/', 'en', undefined, 'en-article-undated'],
    // Listings, home, search and other pages are never search results.
    ['/', 'vi', undefined, null],
    ['/en/', 'en', undefined, null],
    ['/van-ban/', 'vi', undefined, null],
    ['/van-ban/trang/2/', 'vi', undefined, null],
    ['/hoi-dap/trang/3/', 'vi', undefined, null],
    ['/en/questions/page/2/', 'en', undefined, null],
    ['/da-phuong-tien/', 'vi', undefined, null],
    ['/da-phuong-tien/anh/', 'vi', undefined, null],
    ['/co-cau-to-chuc/', 'vi', undefined, null],
    ['/chuyen-muc/tin-tuc/', 'vi', undefined, null],
    ['/tim-kiem/', 'vi', undefined, null],
    // A Vietnamese segment under /en/ (or the reverse) is not a page of that language.
    ['/en/bai-viet/x/', 'en', '2024-01-01', null],
    ['/articles/x/', 'vi', '2024-01-01', null],
  ])('%s (%s, %s) → %s', (path, locale, date, shard) => {
    expect(searchShard({ path, locale, date })).toBe(shard)
  })
})

describe('searchShardKind', () => {
  it.each<[string, SearchShardLocale, string | null]>([
    ['/bai-viet/x/', 'vi', 'article'],
    ['/van-ban/x/', 'vi', 'legal'],
    ['/du-thao/x/', 'vi', 'draft'],
    ['/hoi-dap/x/', 'vi', 'question'],
    ['/da-phuong-tien/anh/x/', 'vi', 'album'],
    ['/trang/x/', 'vi', 'info'],
    ['/en/legal-documents/x/', 'en', 'legal'],
    ['/en/multimedia/videos/x/', 'en', 'album'],
    ['/gui-cau-hoi/', 'vi', null],
  ])('%s (%s) is %s', (path, locale, kind) => {
    expect(searchShardKind(path, locale)).toBe(kind)
  })
})
