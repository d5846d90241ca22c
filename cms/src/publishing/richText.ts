import sanitizeHtml from 'sanitize-html'
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
} from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

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
}

const ARTICLE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup',
    'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'picture', 'source', 'figure',
    'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'span',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
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
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: [], source: [] },
  allowProtocolRelative: false,
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
  },
  // Images come only from the site's own media folder, never hot-linked or data: URLs.
  exclusiveFilter: (frame) =>
    (frame.tag === 'img' && !(frame.attribs.src ?? '').startsWith('/media/')) ||
    (frame.tag === 'source' && !(frame.attribs.srcset ?? '').startsWith('/media/')),
}

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, ARTICLE_HTML)
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
    // Blocks and node types added later render as nothing rather than "unknown node".
    unknown: '',
  }
}

export function richTextToHtml(data: unknown, ctx: RichTextContext): string {
  if (!isEditorState(data)) return ''
  const html = convertLexicalToHTML({ data, converters: converters(ctx), disableContainer: true })
  return sanitizeArticleHtml(html)
}

export function isEditorState(data: unknown): data is SerializedEditorState {
  return typeof data === 'object' && data !== null && 'root' in data && typeof (data as { root: unknown }).root === 'object'
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
