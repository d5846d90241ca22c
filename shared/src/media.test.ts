import { describe, expect, it } from 'vitest'
import {
  ALBUM_KIND_ITEM_LABELS,
  ALBUM_KIND_LABELS,
  checkWebVtt,
  DEFAULT_EMBED_HOSTS,
  EMBED_MESSAGES,
  embedErrorMessage,
  formatDuration,
  isoDuration,
  normalizeHosts,
  parseEmbedUrl,
  VTT_MESSAGES,
  vttErrorMessage,
} from './media'
import { ALBUM_KINDS } from './snapshot'

const YT = 'dQw4w9WgXcQ'

describe('parseEmbedUrl', () => {
  it.each([
    [`https://www.youtube.com/watch?v=${YT}`, `https://www.youtube-nocookie.com/embed/${YT}`],
    [`https://youtube.com/watch?v=${YT}&list=PL123&index=2`, `https://www.youtube-nocookie.com/embed/${YT}`],
    [`https://m.youtube.com/watch?feature=share&v=${YT}`, `https://www.youtube-nocookie.com/embed/${YT}`],
    [`https://youtu.be/${YT}`, `https://www.youtube-nocookie.com/embed/${YT}`],
    [`https://youtu.be/${YT}?si=abc`, `https://www.youtube-nocookie.com/embed/${YT}`],
    [`https://www.youtube.com/embed/${YT}`, `https://www.youtube-nocookie.com/embed/${YT}`],
    [`https://www.youtube-nocookie.com/embed/${YT}`, `https://www.youtube-nocookie.com/embed/${YT}`],
    [`https://www.youtube.com/shorts/${YT}`, `https://www.youtube-nocookie.com/embed/${YT}`],
    [`https://www.youtube.com/live/${YT}`, `https://www.youtube-nocookie.com/embed/${YT}`],
    [`  https://WWW.YOUTUBE.COM/watch?v=${YT}  `, `https://www.youtube-nocookie.com/embed/${YT}`],
    [`https://youtu.be/${YT}?t=90`, `https://www.youtube-nocookie.com/embed/${YT}?start=90`],
    [
      `https://www.youtube.com/watch?v=${YT}&t=1m30s`,
      `https://www.youtube-nocookie.com/embed/${YT}?start=90`,
    ],
  ])('YouTube %s → %s', (input, embedUrl) => {
    const result = parseEmbedUrl(input, DEFAULT_EMBED_HOSTS)
    expect(result).toMatchObject({ ok: true, provider: 'youtube', embedUrl })
    if (result.ok) expect(result.pageUrl).toMatch(new RegExp(`^https://www\\.youtube\\.com/watch\\?v=${YT}`))
  })

  it.each([
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871', 'https://vimeo.com/76979871'],
    [
      'https://www.vimeo.com/76979871#t=10',
      'https://player.vimeo.com/video/76979871',
      'https://vimeo.com/76979871',
    ],
    [
      'https://vimeo.com/channels/staffpicks/76979871',
      'https://player.vimeo.com/video/76979871',
      'https://vimeo.com/76979871',
    ],
    [
      'https://vimeo.com/76979871/a1b2c3d4e5',
      'https://player.vimeo.com/video/76979871?h=a1b2c3d4e5',
      'https://vimeo.com/76979871/a1b2c3d4e5',
    ],
    [
      'https://player.vimeo.com/video/76979871',
      'https://player.vimeo.com/video/76979871',
      'https://vimeo.com/76979871',
    ],
    [
      'https://player.vimeo.com/video/76979871?h=a1b2c3&badge=0',
      'https://player.vimeo.com/video/76979871?h=a1b2c3',
      'https://vimeo.com/76979871/a1b2c3',
    ],
  ])('Vimeo %s', (input, embedUrl, pageUrl) => {
    expect(parseEmbedUrl(input, DEFAULT_EMBED_HOSTS)).toEqual({
      ok: true,
      provider: 'vimeo',
      embedUrl,
      pageUrl,
    })
  })

  it.each([
    ['youtube.com/watch?v=' + YT, 'not-a-url'],
    ['không phải địa chỉ', 'not-a-url'],
    ['', 'not-a-url'],
    ['javascript:alert(1)', 'not-a-url'],
    ['ftp://youtube.com/' + YT, 'not-a-url'],
    [`http://www.youtube.com/watch?v=${YT}`, 'not-https'],
    [`https://youtube.com.evil.example/watch?v=${YT}`, 'host-not-allowed'],
    [`https://evilyoutube.com/watch?v=${YT}`, 'host-not-allowed'],
    [`https://notvimeo.com/76979871`, 'host-not-allowed'],
    [`https://youtube.com@evil.example/watch?v=${YT}`, 'host-not-allowed'],
    [`https://user:pw@youtube.com/watch?v=${YT}`, 'host-not-allowed'],
    ['https://www.dailymotion.com/video/x7tgad0', 'host-not-allowed'],
    ['https://www.youtube.com/@BoLaoDong', 'not-a-video'],
    ['https://www.youtube.com/playlist?list=PL123', 'not-a-video'],
    ['https://www.youtube.com/watch?v=short', 'not-a-video'],
    ['https://youtu.be/', 'not-a-video'],
    ['https://vimeo.com/channels/staffpicks', 'not-a-video'],
    ['https://player.vimeo.com/video/abc', 'not-a-video'],
  ])('%j is refused: %s', (input, code) => {
    expect(parseEmbedUrl(input, DEFAULT_EMBED_HOSTS)).toEqual({ ok: false, code })
  })

  it('follows the configured hosts: YouTube refused once removed, another host embedded as given', () => {
    const hosts = ['vimeo.com', 'video.molisa.gov.vn']
    expect(parseEmbedUrl(`https://youtu.be/${YT}`, hosts)).toEqual({ ok: false, code: 'host-not-allowed' })
    expect(parseEmbedUrl(`https://www.youtube-nocookie.com/embed/${YT}`, hosts)).toEqual({
      ok: false,
      code: 'host-not-allowed',
    })
    expect(parseEmbedUrl('https://video.molisa.gov.vn/embed/123#x', hosts)).toEqual({
      ok: true,
      provider: 'video.molisa.gov.vn',
      embedUrl: 'https://video.molisa.gov.vn/embed/123',
      pageUrl: 'https://video.molisa.gov.vn/embed/123',
    })
    expect(parseEmbedUrl('https://video.molisa.gov.vn.evil.example/embed/123', hosts)).toMatchObject({
      ok: false,
    })
  })

  it('accepts hosts written loosely by an administrator', () => {
    expect(normalizeHosts([' https://YouTube.com/ ', '*.vimeo.com', 'youtube.com', '', 'youtu.be.'])).toEqual(
      ['youtube.com', 'vimeo.com', 'youtu.be'],
    )
    expect(parseEmbedUrl(`https://youtu.be/${YT}`, ['YOUTU.BE'])).toMatchObject({ ok: true })
  })

  it('names the allowed hosts when refusing a host', () => {
    expect(embedErrorMessage('host-not-allowed', DEFAULT_EMBED_HOSTS, 'vi')).toBe(
      'Cổng chỉ nhúng video từ các trang được phép: youtube.com, youtu.be, vimeo.com.',
    )
    expect(embedErrorMessage('host-not-allowed', ['vimeo.com'], 'en')).toBe(
      'The portal only embeds videos from allowed sites: vimeo.com.',
    )
    expect(embedErrorMessage('not-https', DEFAULT_EMBED_HOSTS, 'en')).toBe(EMBED_MESSAGES['not-https'].en)
  })

  it('has a message in both languages for every code', () => {
    for (const code of ['not-a-url', 'not-https', 'host-not-allowed', 'not-a-video'] as const) {
      expect(EMBED_MESSAGES[code].vi.length).toBeGreaterThan(10)
      expect(EMBED_MESSAGES[code].en.length).toBeGreaterThan(10)
      expect(EMBED_MESSAGES[code].vi).not.toBe(EMBED_MESSAGES[code].en)
    }
  })
})

const GOOD_VTT = [
  'WEBVTT - Phụ đề tiếng Việt',
  'Kind: captions',
  '',
  'NOTE biên tập bởi Văn phòng Bộ',
  '',
  'STYLE',
  '::cue { color: yellow }',
  '',
  '1',
  '00:00:00.500 --> 00:00:02.000 line:90%',
  'Xin chào quý vị.',
  '',
  '01:00.000 --> 01:02.250',
  'Dòng thứ nhất',
  'Dòng thứ hai',
  '',
  '',
  'intro-2',
  '01:00:00.000 --> 01:00:01.000',
  '',
].join('\n')

describe('checkWebVtt', () => {
  it('reads cues with identifiers, optional hours, settings, notes and styles skipped', () => {
    const result = checkWebVtt(GOOD_VTT)
    expect(result).toEqual({
      ok: true,
      cues: [
        { id: '1', startSeconds: 0.5, endSeconds: 2, text: 'Xin chào quý vị.' },
        { startSeconds: 60, endSeconds: 62.25, text: 'Dòng thứ nhất\nDòng thứ hai' },
        { id: 'intro-2', startSeconds: 3600, endSeconds: 3601, text: '' },
      ],
    })
  })

  it('reads Windows line endings and a byte-order mark', () => {
    const text = '\uFEFFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nMột\r\n'
    expect(checkWebVtt(text)).toMatchObject({
      ok: true,
      cues: [{ startSeconds: 1, endSeconds: 2, text: 'Một' }],
    })
  })

  it.each([
    ['', 1, 'empty'],
    ['\n  \n', 1, 'empty'],
    ['WEBVTT\n', 2, 'empty'],
    ['WEBVTT\n\nNOTE chỉ có ghi chú\n', 4, 'empty'],
    ['1\n00:00:01,000 --> 00:00:02,000\nSRT\n', 1, 'no-header'],
    ['WEBVTTX\n\n00:01.000 --> 00:02.000\nA\n', 1, 'no-header'],
    ['webvtt\n\n00:01.000 --> 00:02.000\nA\n', 1, 'no-header'],
    ['WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nDấu phẩy kiểu SRT\n', 3, 'bad-timing'],
    ['WEBVTT\n\n1\n00:01.000 --> 00:02.000\nA\n\n2\n00:03.000 -> 00:04.000\nB\n', 8, 'bad-timing'],
    ['WEBVTT\n\n00:61.000 --> 00:62.000\nA\n', 3, 'bad-timing'],
    ['WEBVTT\n\n0:01.000 --> 0:02.000\nA\n', 3, 'bad-timing'],
    ['WEBVTT\n\n00:01.5 --> 00:02.000\nA\n', 3, 'bad-timing'],
    ['WEBVTT\n\nchỉ có chữ, không có thời gian\n', 3, 'bad-timing'],
    ['WEBVTT\n\nid\ncòn đây là chữ\n', 4, 'bad-timing'],
    ['WEBVTT\n\n00:05.000 --> 00:02.000\nA\n', 3, 'end-before-start'],
    ['WEBVTT\n\n00:01.000 --> 00:02.000\nA\n\n\n\ncue\n00:02.000 --> 00:02.000\nB\n', 9, 'end-before-start'],
  ])('%j → line %i, %s', (text, line, code) => {
    expect(checkWebVtt(text)).toEqual({ ok: false, line, code })
  })

  it('words the error with its line in both languages', () => {
    expect(vttErrorMessage({ line: 7, code: 'bad-timing' }, 'vi')).toBe(
      `Dòng 7: ${VTT_MESSAGES['bad-timing'].vi}`,
    )
    expect(vttErrorMessage({ line: 7, code: 'end-before-start' }, 'en')).toBe(
      'Line 7: A cue must end after it starts.',
    )
  })
})

describe('durations', () => {
  it.each([
    [0, '0:00', 'PT0S'],
    [5, '0:05', 'PT5S'],
    [59.6, '1:00', 'PT1M'],
    [185, '3:05', 'PT3M5S'],
    [600, '10:00', 'PT10M'],
    [3600, '1:00:00', 'PT1H'],
    [3723, '1:02:03', 'PT1H2M3S'],
    [3605, '1:00:05', 'PT1H5S'],
    [36000 + 59 * 60 + 59, '10:59:59', 'PT10H59M59S'],
  ])('%d s → %s, %s', (seconds, shown, iso) => {
    expect(formatDuration(seconds)).toBe(shown)
    expect(isoDuration(seconds)).toBe(iso)
  })

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])('%d is not a duration', (seconds) => {
    expect(formatDuration(seconds)).toBe('')
    expect(isoDuration(seconds)).toBe('')
  })
})

describe('kind labels', () => {
  it('names every kind in both languages', () => {
    for (const kind of ALBUM_KINDS) {
      for (const labels of [ALBUM_KIND_LABELS, ALBUM_KIND_ITEM_LABELS]) {
        expect(labels[kind].vi).toBeTruthy()
        expect(labels[kind].en).toBeTruthy()
      }
    }
    expect(ALBUM_KIND_LABELS.audio).toEqual({ vi: 'Âm thanh', en: 'Audio' })
  })
})
