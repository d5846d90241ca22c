/**
 * Labels of the site-builds screen in the admin's two languages. The admin language (not the
 * content locale) picks the set; Vietnamese is the default.
 */
export const STRINGS = {
  vi: {
    title: 'Xây dựng trang công khai',
    intro:
      'Trang công khai được xây dựng lại tự động khi nội dung được đăng, sửa hoặc gỡ. Dùng nút dưới đây khi cần xây dựng lại ngay.',
    live: 'Bản đang chạy',
    noLive: 'Chưa có bản nào được phát hành.',
    pages: 'trang',
    running: 'Đang xây dựng',
    queued: (n: number) => `${n} thay đổi đang chờ xây dựng`,
    rebuild: 'Xây dựng lại trang',
    rebuildSent: 'Đã gửi yêu cầu. Trang công khai sẽ được cập nhật sau ít phút.',
    rollback: 'Quay lại bản trước',
    rollbackConfirm: (id: string) =>
      `Quay lại bản ${id}? Trang công khai sẽ hiển thị ngay bản cũ này cho đến lần xây dựng tiếp theo.`,
    rollbackDone: 'Đã quay lại bản trước.',
    noRollback: 'Không có bản trước để quay lại.',
    builds: 'Các lần xây dựng gần đây',
    noBuilds: 'Chưa có lần xây dựng nào.',
    columns: { status: 'Trạng thái', trigger: 'Nguồn', startedAt: 'Bắt đầu', duration: 'Thời gian', result: 'Kết quả' },
    status: { running: 'Đang chạy', success: 'Thành công', failed: 'Lỗi' },
    trigger: { webhook: 'Tự động', ops: 'Yêu cầu thủ công', startup: 'Khởi động', schedule: 'Cập nhật hằng ngày' } as Record<string, string>,
    failedAt: (step: string) => `Lỗi ở bước «${step}»`,
    seeAll: 'Xem tất cả',
    loading: 'Đang tải…',
    unreachable: 'Không liên lạc được với máy chủ quản trị.',
    minutes: (m: number, s: number) => (m ? `${m} phút ${s} giây` : `${s} giây`),
  },
  en: {
    title: 'Public site builds',
    intro:
      'The public site is rebuilt automatically when content is published, edited or unpublished. Use the button below to rebuild now.',
    live: 'Live release',
    noLive: 'No release has been published yet.',
    pages: 'pages',
    running: 'Building',
    queued: (n: number) => `${n} change${n === 1 ? '' : 's'} waiting to be built`,
    rebuild: 'Rebuild the site',
    rebuildSent: 'Request sent. The public site will be updated in a few minutes.',
    rollback: 'Roll back to the previous release',
    rollbackConfirm: (id: string) =>
      `Roll back to release ${id}? The public site shows this older release at once, until the next build.`,
    rollbackDone: 'Rolled back to the previous release.',
    noRollback: 'There is no previous release to roll back to.',
    builds: 'Recent builds',
    noBuilds: 'No builds yet.',
    columns: { status: 'Status', trigger: 'Trigger', startedAt: 'Started', duration: 'Duration', result: 'Result' },
    status: { running: 'Running', success: 'Succeeded', failed: 'Failed' },
    trigger: { webhook: 'Automatic', ops: 'Manual request', startup: 'Start-up', schedule: 'Daily refresh' } as Record<string, string>,
    failedAt: (step: string) => `Failed at step “${step}”`,
    seeAll: 'See all',
    loading: 'Loading…',
    unreachable: 'The admin server cannot be reached.',
    minutes: (m: number, s: number) => (m ? `${m} min ${s} s` : `${s} s`),
  },
}

export type Strings = (typeof STRINGS)['vi']

export const stringsFor = (language: string): Strings => (language === 'en' ? STRINGS.en : STRINGS.vi)

/** `webhook+ops` → "Tự động + Yêu cầu thủ công". */
export const triggerLabel = (s: Strings, trigger: string): string =>
  trigger
    .split('+')
    .map((t) => s.trigger[t] ?? t)
    .join(' + ')

export const durationLabel = (s: Strings, ms: number | null): string => {
  if (ms === null || ms < 0) return '—'
  const total = Math.round(ms / 1000)
  return s.minutes(Math.floor(total / 60), total % 60)
}

/** Times are shown in Vietnam's time zone, whatever the browser's. */
export const timeLabel = (language: string, iso: string): string =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(new Date(iso))
