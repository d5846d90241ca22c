import type { Label } from './index'

/** The CMS's words for multimedia: media files (video, audio, subtitles) and albums. */
export const MEDIA_MESSAGES = {
  ffmpegMissing: {
    vi: 'Máy chủ chưa cài ffmpeg (gói Debian `ffmpeg`): hãy nhập thời lượng và chọn ảnh bìa.',
    en: 'ffmpeg is not installed on the server (Debian package `ffmpeg`): enter the duration and choose a poster image.',
  },
  unreadable: (detail: string): Label => ({
    vi: `Máy chủ không đọc được tệp này như một tệp âm thanh hay video (${detail}). Tệp vẫn được lưu: hãy nhập thời lượng và kiểm tra lại tệp.`,
    en: `The server could not read this file as audio or video (${detail}). The file was kept: enter the duration and check the file.`,
  }),
  timedOut: {
    vi: 'quá thời gian xử lý',
    en: 'processing took too long',
  },
  probed: (duration: string, size: string | null, poster: boolean): Label => ({
    vi: `Thời lượng ${duration}${size ? `, khung hình ${size}` : ''}${poster ? '; ảnh bìa lấy từ khung hình ở giây thứ 1' : ''}.`,
    en: `Duration ${duration}${size ? `, frame ${size}` : ''}${poster ? '; poster taken from the frame at 1 s' : ''}.`,
  }),
  subtitlesOk: (cues: number): Label => ({
    vi: `Phụ đề hợp lệ: ${cues} câu.`,
    en: `Valid subtitles: ${cues} cues.`,
  }),
  posterAlt: (title: string): Label => ({
    vi: `Ảnh bìa video «${title}»`,
    en: `Poster of the video "${title}"`,
  }),
  notMedia: (name: string): Label => ({
    vi: `«${name}» không phải video (MP4, WebM), âm thanh (MP3, M4A, OGG, WebM) hay phụ đề WebVTT (.vtt).`,
    en: `"${name}" is not a video (MP4, WebM), audio (MP3, M4A, OGG, WebM) or WebVTT subtitles (.vtt) file.`,
  }),
  subtitlesTooLarge: (name: string, megabytes: number): Label => ({
    vi: `«${name}» lớn hơn ${megabytes} MB: không phải một tệp phụ đề WebVTT (phụ đề của cả một bộ phim chỉ vài trăm KB).`,
    en: `"${name}" is larger than ${megabytes} MB: not a WebVTT subtitles file (a whole film's subtitles take a few hundred KB).`,
  }),
  badSubtitles: (name: string, detail: Label): Label => ({
    vi: `Tệp phụ đề «${name}» chưa đúng chuẩn WebVTT. ${detail.vi}`,
    en: `The subtitles file "${name}" is not valid WebVTT. ${detail.en}`,
  }),
  // Albums
  photosRequired: {
    vi: 'Album ảnh cần ít nhất một ảnh.',
    en: 'A photo album needs at least one photo.',
  },
  altRequired: {
    vi: 'Mỗi ảnh cần mô tả (alt) cho người không xem được ảnh, ví dụ «Thứ trưởng trao quà cho công nhân».',
    en: 'Every photo needs alt text for readers who cannot see it.',
  },
  imageRequired: {
    vi: 'Chọn ảnh cho dòng này, hoặc xoá dòng.',
    en: 'Choose the image for this row, or remove the row.',
  },
  videoFileRequired: {
    vi: 'Chọn tệp video đã tải lên.',
    en: 'Choose the uploaded video file.',
  },
  embedUrlRequired: {
    vi: 'Dán địa chỉ của video trên YouTube hoặc trang được phép khác.',
    en: 'Paste the address of the video on YouTube or another allowed site.',
  },
  audioFileRequired: {
    vi: 'Chọn tệp âm thanh đã tải lên.',
    en: 'Choose the uploaded audio file.',
  },
  wrongFileKind: (expected: Label): Label => ({
    vi: `Tệp được chọn không phải ${expected.vi}.`,
    en: `The chosen file is not ${expected.en}.`,
  }),
} as const

export const MEDIA_FILE_KIND_LABELS = {
  video: { vi: 'Video', en: 'Video' },
  audio: { vi: 'Âm thanh', en: 'Audio' },
  subtitles: { vi: 'Phụ đề (WebVTT)', en: 'Subtitles (WebVTT)' },
} as const satisfies Record<string, Label>

/** What a chosen file should have been, for `wrongFileKind`. */
export const EXPECTED_FILE: Record<keyof typeof MEDIA_FILE_KIND_LABELS, Label> = {
  video: { vi: 'một tệp video', en: 'a video file' },
  audio: { vi: 'một tệp âm thanh', en: 'an audio file' },
  subtitles: { vi: 'một tệp phụ đề WebVTT', en: 'a WebVTT subtitles file' },
}
