import { describe, expect, it } from 'vitest'
import { albumEmbedHtml, sanitizeArticleHtml, type AlbumEmbed } from '../../src/publishing/richText'

/** What the article allow-list keeps of embedded media (album cards and players). */
describe('media in the article allow-list', () => {
  it.each([
    ['<iframe src="https://www.youtube-nocookie.com/embed/x" title="t" onload="x()"></iframe>', '<iframe src="https://www.youtube-nocookie.com/embed/x" title="t"></iframe>'],
    ['<iframe src="https://youtube-nocookie.com.evil.example/embed/x"></iframe>', ''],
    ['<iframe src="http://player.vimeo.com/video/1"></iframe>', ''],
    ['<iframe src="/media/x.html"></iframe>', ''],
    ['<video src="https://evil.example/v.mp4" controls></video>', ''],
    ['<video src="/media/av/v.mp4" poster="https://evil.example/p.jpg"></video>', '<video src="/media/av/v.mp4"></video>'],
    ['<video src="/media/av/v.mp4" poster="p.jpg"></video>', '<video src="/media/av/v.mp4"></video>'],
    ['<video src="/media/av/v.mp4" autoplay controls><track src="data:text/vtt,x"></video>', '<video src="/media/av/v.mp4" controls></video>'],
    ['<audio src="javascript:alert(1)"></audio>', ''],
    ['<aside class="album-embed evil" style="position:fixed"><span class="x album-embed__title">t</span></aside>', '<aside class="album-embed"><span class="album-embed__title">t</span></aside>'],
  ])('%s', (input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected)
  })

  it('lets an iframe through from a host the site settings allow', () => {
    const html = '<iframe src="https://video.gov.vn/embed/1"></iframe>'
    expect(sanitizeArticleHtml(html)).toBe('')
    expect(sanitizeArticleHtml(html, ['video.gov.vn'])).toBe(html)
  })
})

describe('embedded album HTML', () => {
  const image = (path: string) => ({ mediaId: '1', mimeType: 'image/jpeg', path, width: 1000, height: 600, alt: { vi: 'Ảnh' }, sizes: { card: { path: path.replace('.jpg', '-400.webp'), width: 400, height: 240 } } })
  const file = (path: string, mimeType: string) => ({ path, mimeType, bytes: 10 })
  const embed = (album: AlbumEmbed['album'], extra: Partial<AlbumEmbed> = {}): AlbumEmbed => ({ album, href: '/da-phuong-tien/video/hop-bao/', title: 'Họp báo "quý 3"', ...extra })
  // What the snapshot writes must come through the allow-list unchanged.
  const rendered = (e: AlbumEmbed, locale: 'vi' | 'en' = 'vi') => {
    const html = albumEmbedHtml(e, locale)
    expect(sanitizeArticleHtml(html).replace(/ \/>/g, '>')).toBe(html)
    return html
  }

  it('a photo album is a card: decorative cover, kind, title, count', () => {
    const html = rendered(embed({ kind: 'photo', cover: image('/media/a.jpg'), photoCount: 1 }, { href: '/da-phuong-tien/anh/hoi-nghi/', title: 'Hội nghị' }))
    expect(html).toBe(
      '<aside class="album-embed album-embed--photo"><a href="/da-phuong-tien/anh/hoi-nghi/">' +
        '<img src="/media/a.jpg" srcset="/media/a-400.webp 400w" sizes="(max-width: 800px) 100vw, 400px" alt="" width="1000" height="600" loading="lazy" decoding="async">' +
        '<span class="album-embed__kind">Ảnh</span><span class="album-embed__title">Hội nghị</span><span class="album-embed__count">1 ảnh</span></a></aside>',
    )
    // An English page's card for an album without English: only the title is Vietnamese.
    expect(rendered(embed({ kind: 'photo', photoCount: 1 }, { title: 'Hội nghị', lang: 'vi' }), 'en')).toBe(
      '<aside class="album-embed album-embed--photo"><a href="/da-phuong-tien/video/hop-bao/" hreflang="vi">' +
        '<span class="album-embed__kind">Photos</span><span class="album-embed__title" lang="vi">Hội nghị</span>' +
        '<span class="album-embed__count">1 photo</span></a></aside>',
    )
  })

  it('a video plays in place with its tracks; the page language track is on', () => {
    const video = {
      file: file('/media/av/v.mp4', 'video/mp4'),
      poster: image('/media/p.jpg'),
      durationSeconds: 3725,
      tracks: [
        { ...file('/media/av/v.vtt', 'text/vtt'), lang: 'vi' as const, kind: 'subtitles' as const, label: 'Tiếng Việt' },
        { ...file('/media/av/e.vtt', 'text/vtt'), lang: 'en' as const, kind: 'captions' as const, label: 'English (CC)' },
      ],
    }
    const html = rendered(embed({ kind: 'video', video, photoCount: 0 }, { lang: 'vi' }), 'en')
    expect(html).toBe(
      '<figure class="media-embed media-embed--video"><video controls preload="none" poster="/media/p-400.webp" src="/media/av/v.mp4">' +
        '<track kind="subtitles" srclang="vi" label="Tiếng Việt" src="/media/av/v.vtt">' +
        '<track kind="captions" srclang="en" label="English (CC)" src="/media/av/e.vtt" default></video>' +
        '<figcaption><a href="/da-phuong-tien/video/hop-bao/" hreflang="vi" lang="vi">Họp báo "quý 3"</a> (1:02:05)</figcaption></figure>',
    )
  })

  it('an embedded video is the provider player; a recording an audio player', () => {
    const video = { embed: { provider: 'vimeo', embedUrl: 'https://player.vimeo.com/video/1', pageUrl: 'https://vimeo.com/1' }, tracks: [] }
    expect(rendered(embed({ kind: 'video', video, photoCount: 0 }))).toBe(
      '<figure class="media-embed media-embed--video"><iframe src="https://player.vimeo.com/video/1" title="Họp báo &quot;quý 3&quot;" loading="lazy" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe>' +
        '<figcaption><a href="/da-phuong-tien/video/hop-bao/">Họp báo "quý 3"</a></figcaption></figure>',
    )
    expect(rendered(embed({ kind: 'audio', audio: { file: file('/media/av/a.mp3', 'audio/mpeg'), durationSeconds: 65 }, photoCount: 0 }))).toBe(
      '<figure class="media-embed media-embed--audio"><audio controls preload="none" src="/media/av/a.mp3"></audio>' +
        '<figcaption><a href="/da-phuong-tien/video/hop-bao/">Họp báo "quý 3"</a> (1:05)</figcaption></figure>',
    )
  })
})
