/**
 * Multimedia rules shared by the CMS (validation), the snapshot (embeds) and the site (display):
 * which video links may be embedded and how, whether a subtitles file is valid WebVTT, and how
 * durations are written.
 */
import type { AlbumKind, Locale } from './snapshot'

type Bilingual = Record<Locale, string>

// ---------------------------------------------------------------------------------------------
// Embeds
// ---------------------------------------------------------------------------------------------

/** Hosts an album may embed from until an administrator changes SiteSettings `embedHosts`. */
export const DEFAULT_EMBED_HOSTS: readonly string[] = ['youtube.com', 'youtu.be', 'vimeo.com']

export type EmbedErrorCode = 'not-a-url' | 'not-https' | 'host-not-allowed' | 'not-a-video'

export type EmbedResult =
  | { ok: true; provider: 'youtube' | 'vimeo' | (string & {}); embedUrl: string; pageUrl: string }
  | { ok: false; code: EmbedErrorCode }

export const EMBED_MESSAGES: Record<EmbedErrorCode, Bilingual> = {
  'not-a-url': {
    vi: 'Đây không phải là một địa chỉ web. Hãy dán đầy đủ địa chỉ của video, bắt đầu bằng https://',
    en: 'This is not a web address. Paste the full address of the video, starting with https://',
  },
  'not-https': {
    vi: 'Địa chỉ video phải bắt đầu bằng https:// (kết nối bảo mật).',
    en: 'The video address must start with https:// (a secure connection).',
  },
  'host-not-allowed': {
    vi: 'Cổng chỉ nhúng video từ các trang được phép',
    en: 'The portal only embeds videos from allowed sites',
  },
  'not-a-video': {
    vi: 'Địa chỉ này không trỏ tới một video cụ thể (ví dụ trang kênh hoặc danh sách phát). Hãy mở video rồi sao chép địa chỉ của nó.',
    en: 'This address does not point to a single video (it may be a channel or a playlist). Open the video and copy its address.',
  },
}

/** The message for a refused embed, naming the allowed hosts when the host was the problem. */
export function embedErrorMessage(
  code: EmbedErrorCode,
  allowedHosts: readonly string[],
  locale: Locale,
): string {
  const base = EMBED_MESSAGES[code][locale]
  if (code !== 'host-not-allowed') return base
  const hosts = normalizeHosts(allowedHosts)
  return hosts.length > 0 ? `${base}: ${hosts.join(', ')}.` : `${base}.`
}

const YOUTUBE_HOSTS = ['youtube.com', 'youtu.be', 'youtube-nocookie.com']
const VIMEO_HOSTS = ['vimeo.com']
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
const VIMEO_ID = /^\d{1,12}$/

/** Lower-case host names without scheme, path, `*.` or trailing dot; blanks dropped. */
export function normalizeHosts(hosts: readonly string[]): string[] {
  const out: string[] = []
  for (const raw of hosts) {
    const host = raw
      .trim()
      .toLowerCase()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
      .replace(/[/?#].*$/, '')
      .replace(/^\*\./, '')
      .replace(/\.$/, '')
    if (host && !out.includes(host)) out.push(host)
  }
  return out
}

/** `host` is `base` itself or one of its subdomains (`www.`, `m.`); `youtube.com.evil.example` is not. */
function hostMatches(host: string, base: string): boolean {
  return host === base || host.endsWith(`.${base}`)
}

function matchesAny(host: string, bases: readonly string[]): boolean {
  return bases.some((base) => hostMatches(host, base))
}

/** YouTube's `t=` / `start=`: `90`, `90s`, `1m30s`, `1h2m3s`. */
function parseStart(value: string | null): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value)) return Number(value) || undefined
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value)
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)
  return seconds || undefined
}

function youtubeId(url: URL, host: string): string | undefined {
  const parts = url.pathname.split('/').filter(Boolean)
  if (hostMatches(host, 'youtu.be')) return parts[0]
  if (parts[0] === 'watch') return url.searchParams.get('v') ?? undefined
  if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) return parts[1]
  return undefined
}

/**
 * Reads a video link an editor pasted. YouTube links (watch, youtu.be, embed, shorts, live) embed
 * from youtube-nocookie.com so that a visitor gets no tracking cookie until they press play; Vimeo
 * from player.vimeo.com. Another allowed host's link is embedded as given.
 */
export function parseEmbedUrl(
  input: string,
  allowedHosts: readonly string[] = DEFAULT_EMBED_HOSTS,
): EmbedResult {
  const text = input.trim()
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { ok: false, code: 'not-a-url' }
  }
  if (url.protocol === 'http:') return { ok: false, code: 'not-https' }
  if (url.protocol !== 'https:' || !url.hostname) return { ok: false, code: 'not-a-url' }
  // A password in a link is never a video's; `https://youtube.com@evil.example` must not pass as YouTube.
  if (url.username || url.password) return { ok: false, code: 'host-not-allowed' }

  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  const allowed = normalizeHosts(allowedHosts)
  // youtube-nocookie.com is YouTube's own embed host: allowed whenever YouTube is.
  const allowedHere =
    matchesAny(host, allowed) ||
    (hostMatches(host, 'youtube-nocookie.com') &&
      (allowed.includes('youtube.com') || allowed.includes('youtu.be')))
  if (!allowedHere) return { ok: false, code: 'host-not-allowed' }

  if (matchesAny(host, YOUTUBE_HOSTS)) {
    const id = youtubeId(url, host)
    if (!id || !YOUTUBE_ID.test(id)) return { ok: false, code: 'not-a-video' }
    const start = parseStart(url.searchParams.get('t') ?? url.searchParams.get('start'))
    return {
      ok: true,
      provider: 'youtube',
      embedUrl: `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`,
      pageUrl: `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ''}`,
    }
  }

  if (matchesAny(host, VIMEO_HOSTS)) {
    const parts = url.pathname.split('/').filter(Boolean)
    let id: string | undefined
    let hash: string | undefined
    if (host === 'player.vimeo.com') {
      if (parts[0] === 'video') id = parts[1]
      hash = url.searchParams.get('h') ?? undefined
    } else {
      // vimeo.com/123, vimeo.com/123/abcdef (unlisted), vimeo.com/channels/x/123, vimeo.com/groups/x/videos/123
      const index = parts.findIndex((part) => VIMEO_ID.test(part))
      if (index >= 0) {
        id = parts[index]
        const next = parts[index + 1]
        if (next && /^[0-9a-f]{6,}$/i.test(next)) hash = next
      }
    }
    if (!id || !VIMEO_ID.test(id)) return { ok: false, code: 'not-a-video' }
    if (hash && !/^[0-9a-f]+$/i.test(hash)) hash = undefined
    return {
      ok: true,
      provider: 'vimeo',
      embedUrl: `https://player.vimeo.com/video/${id}${hash ? `?h=${hash}` : ''}`,
      pageUrl: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`,
    }
  }

  const provider = allowed.find((base) => hostMatches(host, base)) ?? host
  url.hash = ''
  return { ok: true, provider, embedUrl: url.toString(), pageUrl: url.toString() }
}

// ---------------------------------------------------------------------------------------------
// WebVTT
// ---------------------------------------------------------------------------------------------

export type VttErrorCode = 'no-header' | 'bad-timing' | 'end-before-start' | 'empty'

export interface VttCue {
  id?: string
  startSeconds: number
  endSeconds: number
  text: string
}

export type VttResult = { ok: true; cues: VttCue[] } | { ok: false; line: number; code: VttErrorCode }

export const VTT_MESSAGES: Record<VttErrorCode, Bilingual> = {
  'no-header': {
    vi: 'Tệp phụ đề phải bắt đầu bằng dòng "WEBVTT". Tệp .srt cần được chuyển sang WebVTT (.vtt) trước.',
    en: 'A subtitles file must start with the line "WEBVTT". Convert an .srt file to WebVTT (.vtt) first.',
  },
  'bad-timing': {
    vi: 'Dòng thời gian sai dạng: cần "00:00:01.000 --> 00:00:04.000" (dấu chấm trước phần nghìn giây, không dùng dấu phẩy).',
    en: 'Badly written timing line: it should read "00:00:01.000 --> 00:00:04.000" (a full stop before the milliseconds, not a comma).',
  },
  'end-before-start': {
    vi: 'Thời điểm kết thúc của câu phụ đề phải sau thời điểm bắt đầu.',
    en: 'A cue must end after it starts.',
  },
  empty: {
    vi: 'Tệp phụ đề không có câu phụ đề nào.',
    en: 'The subtitles file has no cues.',
  },
}

/** "Dòng 7: …" / "Line 7: …", for a field error. */
export function vttErrorMessage(result: { line: number; code: VttErrorCode }, locale: Locale): string {
  return `${locale === 'vi' ? 'Dòng' : 'Line'} ${result.line}: ${VTT_MESSAGES[result.code][locale]}`
}

// hh:mm:ss.ttt with the hours optional; minutes and seconds two digits below 60.
const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/

function parseTimestamp(text: string): number | undefined {
  const m = TIMESTAMP.exec(text)
  if (!m) return undefined
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000
}

function parseTiming(line: string): { start: number; end: number } | undefined {
  const m = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/.exec(line.trim())
  if (!m) return undefined
  const start = parseTimestamp(m[1]!)
  const end = parseTimestamp(m[2]!)
  return start === undefined || end === undefined ? undefined : { start, end }
}

/**
 * Checks a subtitles file the way a browser reads it, stopping at the first problem so the editor
 * is told the line to fix. NOTE, STYLE and REGION blocks are skipped; cue text is not parsed.
 */
export function checkWebVtt(text: string): VttResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  if (lines.every((line) => line.trim() === '')) return { ok: false, line: 1, code: 'empty' }
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0]!)) return { ok: false, line: 1, code: 'no-header' }

  const cues: VttCue[] = []
  let i = 1
  // Header lines run to the first blank line.
  while (i < lines.length && lines[i]!.trim() !== '') i++

  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++
    if (i >= lines.length) break
    const blockStart = i
    const block: string[] = []
    while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!)

    const first = block[0]!
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first) && !first.includes('-->')) continue

    // A cue is an optional identifier line, then the timing line.
    const timingIndex = first.includes('-->') ? 0 : 1
    const timingLine = block[timingIndex]
    // A lone line of text is the line to point at; after an identifier, the line that should time it.
    const lineNumber = blockStart + (timingLine === undefined ? 0 : timingIndex) + 1
    if (timingLine === undefined || !timingLine.includes('-->')) {
      return { ok: false, line: lineNumber, code: 'bad-timing' }
    }
    const timing = parseTiming(timingLine)
    if (!timing) return { ok: false, line: lineNumber, code: 'bad-timing' }
    if (timing.end <= timing.start) return { ok: false, line: lineNumber, code: 'end-before-start' }
    cues.push({
      ...(timingIndex === 1 ? { id: first.trim() } : {}),
      startSeconds: timing.start,
      endSeconds: timing.end,
      text: block.slice(timingIndex + 1).join('\n'),
    })
  }

  if (cues.length === 0) return { ok: false, line: lines.length, code: 'empty' }
  return { ok: true, cues }
}

// ---------------------------------------------------------------------------------------------
// Durations and labels
// ---------------------------------------------------------------------------------------------

function wholeSeconds(seconds: number): number | undefined {
  if (!Number.isFinite(seconds) || seconds < 0) return undefined
  return Math.round(seconds)
}

/** "3:05", "1:02:03" — what a player shows. Empty for a missing or impossible duration. */
export function formatDuration(seconds: number): string {
  const total = wholeSeconds(seconds)
  if (total === undefined) return ''
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

/** ISO 8601 duration for schema.org: "PT3M5S", "PT1H2M3S", "PT0S". Empty when impossible. */
export function isoDuration(seconds: number): string {
  const total = wholeSeconds(seconds)
  if (total === undefined) return ''
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const out = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || total === 0 ? `${s}S` : ''}`
  return `PT${out}`
}

/** A kind as a listing tab or a badge: "Ảnh" / "Photos". */
export const ALBUM_KIND_LABELS: Record<AlbumKind, Bilingual> = {
  photo: { vi: 'Ảnh', en: 'Photos' },
  video: { vi: 'Video', en: 'Videos' },
  audio: { vi: 'Âm thanh', en: 'Audio' },
}

/** One item of a kind, as the CMS's choice list names it: "Album ảnh" / "Photo album". */
export const ALBUM_KIND_ITEM_LABELS: Record<AlbumKind, Bilingual> = {
  photo: { vi: 'Album ảnh', en: 'Photo album' },
  video: { vi: 'Video', en: 'Video' },
  audio: { vi: 'Bản ghi âm thanh', en: 'Audio recording' },
}
