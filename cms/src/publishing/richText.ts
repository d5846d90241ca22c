import sanitizeHtml from 'sanitize-html'
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { ALBUM_KIND_LABELS, formatDuration } from '@cong/shared/media'
import type { Locale, SnapshotAlbum } from '@cong/shared/snapshot'

/**
 * Rich text (Lexical JSON) → HTML the static site can insert as is. Lexical's own converter
 * escapes text, but editors paste from Word and other sites and future node types may carry raw
 * markup, so every body also goes through an allow-list fitting a news article.
 */

type LexicalNode = { type?: string; children?: LexicalNode[]; [key: string]: unknown }

/** What the conversion needs to know about the rest of the snapshot. */
export interface RichTextContext {
  /** HTML for an upload node (`value` is the id or the populated media document). */
  upload: (value: unknown, alt: string | undefined) => string
  /** Public path of an internally linked document, or null when it is not public. */
  internalHref: (relationTo: string, value: unknown) => string | null
  /** The language being rendered (labels of embedded albums); Vietnamese when not given. */
  locale?: Locale
  /** An album embedded in the text, or null when it is not public (it then renders nothing). */
  album?: (id: string, locale: Locale) => AlbumEmbed | null
  /** Hosts an embedded video's `<iframe>` may load from, besides YouTube's and Vimeo's players. */
  embedHosts?: readonly string[]
}

/** What an article needs to show an embedded album: the album as the snapshot has it, and where it lives. */
export interface AlbumEmbed {
  album: Pick<SnapshotAlbum, 'kind' | 'cover' | 'video' | 'audio'> & { photoCount: number }
  /** The album's page: in the text's language when the album has it, else the Vietnamese one. */
  href: string
  title: string
  /** Set when the album is not in the text's language: the link and title are in this one. */
  lang?: Locale
}

/** The players parseEmbedUrl turns YouTube and Vimeo links into (shared/src/media.ts). */
const PLAYER_HOSTS = ['youtube-nocookie.com', 'player.vimeo.com']
const MEDIA_CLASSES = {
  aside: ['album-embed', 'album-embed--photo', 'album-embed--video', 'album-embed--audio'],
  figure: ['media-embed', 'media-embed--video', 'media-embed--audio'],
  span: ['album-embed__kind', 'album-embed__title', 'album-embed__count'],
}

const ARTICLE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup',
    'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'picture', 'source', 'figure',
    'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'span',
    // Embedded albums (cards and players), see albumEmbedHtml.
    'aside', 'video', 'audio', 'track', 'iframe',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target', 'hreflang', 'lang'],
    span: ['lang'],
    video: ['src', 'poster', 'controls', 'preload', 'width', 'height'],
    audio: ['src', 'controls', 'preload'],
    track: ['src', 'kind', 'srclang', 'label', 'default'],
    iframe: ['src', 'title', 'loading', 'allowfullscreen', 'referrerpolicy'],
    img: ['src', 'srcset', 'sizes', 'alt', 'lang', 'width', 'height', 'loading', 'decoding'],
    source: ['srcset', 'media', 'type', 'sizes'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
    '*': ['style'],
  },
  allowedStyles: {
    '*': {
      'text-align': [/^(left|right|center|justify)$/],
      'text-decoration': [/^(underline|line-through)$/],
      'padding-inline-start': [/^\d{1,4}px$/],
    },
  },
  allowedClasses: MEDIA_CLASSES,
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  // Site files only (relative paths), and players over https only.
  allowedSchemesByTag: { img: [], source: [], video: [], audio: [], track: [], iframe: ['https'] },
  allowProtocolRelative: false,
  allowIframeRelativeUrls: false,
  selfClosing: [...sanitizeHtml.defaults.selfClosing, 'track'],
  transformTags: {
    // The page title is the only h1.
    h1: 'h2',
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? '')
      const attrs = { ...attribs }
      if (attrs.target && attrs.target !== '_blank') delete attrs.target
      if (external || attrs.target) attrs.rel = 'noopener noreferrer'
      else delete attrs.rel
      return { tagName, attribs: attrs }
    },
    // A poster from elsewhere is dropped; the video itself may stay.
    video: (tagName, attribs) => {
      const attrs = { ...attribs }
      if (attrs.poster !== undefined && !attrs.poster.startsWith('/media/')) delete attrs.poster
      return { tagName, attribs: attrs }
    },
  },
  // Images, videos, recordings and subtitles come only from the site's own media folder, never
  // hot-linked or data: URLs; an iframe whose player host is not allowed loses its src, and so itself.
  exclusiveFilter: (frame) =>
    (['img', 'video', 'audio', 'track'].includes(frame.tag) && !(frame.attribs.src ?? '').startsWith('/media/')) ||
    (frame.tag === 'source' && !(frame.attribs.srcset ?? '').startsWith('/media/')) ||
    (frame.tag === 'iframe' && !frame.attribs.src),
}

/**
 * The allow-list for article HTML. An `<iframe>` passes only with an https `src` on a video
 * player host: YouTube's and Vimeo's, and the hosts the site settings allow for embeds.
 */
export function sanitizeArticleHtml(html: string, embedHosts: readonly string[] = []): string {
  const options = { ...ARTICLE_HTML, allowedIframeDomains: [...PLAYER_HOSTS, ...embedHosts] }
  // Dropping a tag can leave markup a parser reads differently (an <a> left inside an <a>),
  // so the result is sanitised again until it is stable: what is stored is what is served.
  let clean = sanitizeHtml(html, options)
  for (let pass = 0; pass < 3; pass++) {
    const again = sanitizeHtml(clean, options)
    if (again === clean) break
    clean = again
  }
  return clean
}

function converters(ctx: RichTextContext): HTMLConverters {
  const defaultLink = defaultHTMLConverters.link
  return {
    ...defaultHTMLConverters,
    link: (args) => {
      const fields = args.node.fields as { linkType?: string; doc?: { relationTo: string; value: unknown } }
      if (fields.linkType !== 'internal') {
        return typeof defaultLink === 'function' ? defaultLink(args) : ''
      }
      const children = args.nodesToHTML({ nodes: args.node.children }).join('')
      const href = fields.doc ? ctx.internalHref(fields.doc.relationTo, fields.doc.value) : null
      // A link to something not (or no longer) public keeps its text, not a dead link.
      return href ? `<a href="${escapeAttribute(href)}">${children}</a>` : children
    },
    upload: ({ node }) => {
      const { value, fields } = node as unknown as { value: unknown; fields?: { alt?: string } }
      return ctx.upload(value, fields?.alt)
    },
    relationship: ({ node }) => {
      const { relationTo, value } = node as unknown as { relationTo?: string; value: unknown }
      const id = refId(value)
      if (relationTo !== 'albums' || !id || !ctx.album) return ''
      const locale = ctx.locale ?? 'vi'
      const embed = ctx.album(id, locale)
      return embed ? albumEmbedHtml(embed, locale) : ''
    },
    // Blocks and node types added later render as nothing rather than "unknown node".
    unknown: '',
  }
}

export function richTextToHtml(data: unknown, ctx: RichTextContext): string {
  if (!isEditorState(data)) return ''
  const html = convertLexicalToHTML({ data, converters: converters(ctx), disableContainer: true })
  return sanitizeArticleHtml(html, ctx.embedHosts)
}

export function isEditorState(data: unknown): data is SerializedEditorState {
  return typeof data === 'object' && data !== null && 'root' in data && typeof (data as { root: unknown }).root === 'object'
}

const refId = (value: unknown): string | undefined => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

const PHOTO_COUNT: Record<Locale, (n: number) => string> = {
  vi: (n) => `${n} ảnh`,
  en: (n) => `${n} ${n === 1 ? 'photo' : 'photos'}`,
}

const TRACK_DEFAULT_LABEL: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' }

/**
 * An embedded album in an article. A photo album is a card linking to the album (a whole album
 * does not belong inside an article); a video or a recording plays in place, with a caption
 * linking to its page (transcript, subtitles list, credit). Players load nothing until asked.
 */
export function albumEmbedHtml(embed: AlbumEmbed, locale: Locale): string {
  const { album } = embed
  const lang = embed.lang ? ` lang="${embed.lang}"` : ''
  // `lang` goes on what is in the other language only: a card's kind and count are in the page's.
  const link = (inner: string, innerLang = '') =>
    `<a href="${escapeAttribute(embed.href)}"${embed.lang ? ` hreflang="${embed.lang}"` : ''}${innerLang}>${inner}</a>`
  const title = escapeText(embed.title)
  if (album.kind === 'photo') {
    const cover = album.cover
    const srcset = cover ? Object.values(cover.sizes).map((s) => `${s.path} ${s.width}w`).join(', ') : ''
    // The card's picture is decorative: the title beside it says what the album is.
    const img = cover
      ? `<img src="${escapeAttribute(cover.path)}"` +
        (srcset ? ` srcset="${escapeAttribute(srcset)}" sizes="(max-width: 800px) 100vw, 400px"` : '') +
        ` alt="" width="${cover.width}" height="${cover.height}" loading="lazy" decoding="async">`
      : ''
    return (
      `<aside class="album-embed album-embed--photo">` +
      link(
        img +
          `<span class="album-embed__kind">${escapeText(ALBUM_KIND_LABELS.photo[locale])}</span>` +
          `<span class="album-embed__title"${lang}>${title}</span>` +
          `<span class="album-embed__count">${PHOTO_COUNT[locale](album.photoCount)}</span>`,
      ) +
      `</aside>`
    )
  }
  const seconds = album.kind === 'video' ? album.video?.durationSeconds : album.audio?.durationSeconds
  const duration = seconds !== undefined ? formatDuration(seconds) : ''
  const caption = `<figcaption>${link(title, lang)}${duration ? ` (${duration})` : ''}</figcaption>`
  if (album.kind === 'audio') {
    if (!album.audio) return ''
    return (
      `<figure class="media-embed media-embed--audio">` +
      `<audio controls preload="none" src="${escapeAttribute(album.audio.file.path)}"></audio>${caption}</figure>`
    )
  }
  const video = album.video
  if (video?.embed) {
    return (
      `<figure class="media-embed media-embed--video">` +
      `<iframe src="${escapeAttribute(video.embed.embedUrl)}" title="${escapeAttribute(embed.title)}" loading="lazy" allowfullscreen` +
      ` referrerpolicy="strict-origin-when-cross-origin"></iframe>${caption}</figure>`
    )
  }
  if (!video?.file) return ''
  // The subtitles in the page's language are on by default; the others are a menu choice.
  const defaultTrack = video.tracks.find((t) => t.lang === locale)
  const tracks = video.tracks
    .map(
      (t) =>
        `<track kind="${t.kind}" srclang="${t.lang}" label="${escapeAttribute(t.label || TRACK_DEFAULT_LABEL[t.lang])}"` +
        ` src="${escapeAttribute(t.path)}"${t === defaultTrack ? ' default' : ''}>`,
    )
    .join('')
  // The article column is at most 800 px wide: the card rendition is poster enough.
  const posterPath = video.poster ? (video.poster.sizes.card?.path ?? video.poster.path) : undefined
  const poster = posterPath ? ` poster="${escapeAttribute(posterPath)}"` : ''
  return (
    `<figure class="media-embed media-embed--video">` +
    `<video controls preload="none"${poster} src="${escapeAttribute(video.file.path)}">${tracks}</video>` +
    `${caption}</figure>`
  )
}

/** Ids of the media that upload nodes in `data` point at. */
export function uploadIdsIn(data: unknown, into: Set<string>): void {
  if (!isEditorState(data)) return
  const walk = (node: LexicalNode) => {
    if (node.type === 'upload') {
      const value = node.value as unknown
      const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
      if (id !== undefined && id !== null) into.add(String(id))
    }
    node.children?.forEach(walk)
  }
  walk(data.root as unknown as LexicalNode)
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
