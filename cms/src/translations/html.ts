/**
 * Rich text in XLIFF files: Lexical → HTML for the translator, HTML → Lexical for the import.
 *
 * Payload's `convertHTMLToLexical` needs a `JSDOM` constructor, and jsdom is not a dependency of
 * the CMS; the HTML a translator returns is also far narrower than what Lexical's DOM import
 * handles. So the import is our own: the HTML is first checked against a small allow-list (a
 * file with anything else is refused for that item, naming the tags: dropping them silently
 * could lose a sentence), normalised by sanitize-html (which closes and nests tags as a browser
 * would and re-escapes text, so its output is well-formed XML), read by fast-xml-parser and
 * turned into the nodes the project's editor uses: paragraphs, h2–h4 headings, bullet and
 * numbered lists, bold and italic text, links and line breaks.
 */
import sanitizeHtml from 'sanitize-html'
import { XMLParser } from 'fast-xml-parser'
import { richTextToHtml } from '../publishing/richText'

/** Tags an imported rich text may hold; `b`/`i` are the same as `strong`/`em` to every tool. */
export const XLIFF_HTML_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  'a',
  'br',
] as const
const ALLOWED = new Set<string>(XLIFF_HTML_TAGS)
const SCHEMES = ['http', 'https', 'mailto', 'tel']

const EXPORT_HTML: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: SCHEMES,
  allowProtocolRelative: false,
  // The editor's other formatting has no place in the file: its text stays, its tags go.
  transformTags: { h1: 'h2', h5: 'h4', h6: 'h4', b: 'strong', i: 'em' },
  nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript'],
}

/**
 * A rich text as the HTML a translator sees. Images, embedded albums and links to other items of
 * the portal are not carried (they are not text to translate; an internal link keeps its words).
 */
export function richTextToXliffHtml(data: unknown): string {
  const html = richTextToHtml(data, { upload: () => '', internalHref: () => null })
  return sanitizeHtml(html, EXPORT_HTML).trim()
}

/* ----------------------------------------------------------------- import */

type TextNode = {
  type: 'text'
  text: string
  detail: 0
  format: number
  mode: 'normal'
  style: ''
  version: 1
}
type LineBreakNode = { type: 'linebreak'; version: 1 }
type LinkNode = {
  type: 'link'
  fields: { linkType: 'custom'; url: string; newTab: boolean }
  children: InlineNode[]
  direction: 'ltr'
  format: ''
  indent: 0
  version: 3
}
type InlineNode = TextNode | LineBreakNode | LinkNode
type BlockBase = { direction: 'ltr'; format: ''; indent: number; version: 1 }
type ParagraphNode = BlockBase & { type: 'paragraph'; textFormat: 0; textStyle: ''; children: InlineNode[] }
type HeadingNode = BlockBase & { type: 'heading'; tag: 'h2' | 'h3' | 'h4'; children: InlineNode[] }
type ListItemNode = BlockBase & { type: 'listitem'; value: number; children: (InlineNode | ListNode)[] }
type ListNode = BlockBase & {
  type: 'list'
  listType: 'bullet' | 'number'
  start: 1
  tag: 'ul' | 'ol'
  children: ListItemNode[]
}
type BlockNode = ParagraphNode | HeadingNode | ListNode

export type LexicalState = {
  root: { type: 'root'; children: BlockNode[]; direction: 'ltr'; format: ''; indent: 0; version: 1 }
}

export type HtmlImport = { ok: true; value: LexicalState } | { ok: false; detail: string }

const BOLD = 1
const ITALIC = 2
const block = (indent = 0): BlockBase => ({ direction: 'ltr', format: '', indent, version: 1 })

// What sanitize-html produces is XML with the five entities; nothing else is decoded.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
})

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> }

const tagOf = (node: Ordered): string => Object.keys(node).find((k) => k !== ':@') ?? ''
const childrenOf = (node: Ordered): Ordered[] => {
  const value = node[tagOf(node)]
  return Array.isArray(value) ? (value as Ordered[]) : []
}

// HTML whitespace collapses; a no-break space is text.
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ')

function safeHref(href: string | undefined): string | null {
  const value = href?.trim() ?? ''
  if (!value) return null
  if (value.startsWith('/') && !value.startsWith('//')) return value
  if (value.startsWith('#')) return value
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase()
  return scheme && SCHEMES.includes(scheme) ? value : null
}

function inline(nodes: Ordered[], format: number, out: InlineNode[]): void {
  for (const node of nodes) {
    const tag = tagOf(node)
    if (tag === '#text') {
      const text = collapse(String(node['#text'] ?? ''))
      if (text) out.push({ type: 'text', text, detail: 0, format, mode: 'normal', style: '', version: 1 })
    } else if (tag === 'br') out.push({ type: 'linebreak', version: 1 })
    else if (tag === 'strong' || tag === 'b') inline(childrenOf(node), format | BOLD, out)
    else if (tag === 'em' || tag === 'i') inline(childrenOf(node), format | ITALIC, out)
    else if (tag === 'a') {
      const children: InlineNode[] = []
      inline(childrenOf(node), format, children)
      const url = safeHref(node[':@']?.['@_href'])
      if (url && children.length)
        out.push({
          type: 'link',
          fields: { linkType: 'custom', url, newTab: false },
          children,
          direction: 'ltr',
          format: '',
          indent: 0,
          version: 3,
        })
      else out.push(...children)
    }
    // A block misplaced inside inline content keeps its words in line.
    else inline(childrenOf(node), format, out)
  }
}

/** Leading and trailing spaces of a block are layout, not text; an empty block is dropped. */
function trimInline(nodes: InlineNode[]): InlineNode[] {
  const kept = [...nodes]
  // Spaces around a line break or at the block's edges are layout too.
  for (;;) {
    const first = kept[0]
    if (first?.type === 'linebreak') kept.shift()
    else if (first?.type === 'text' && !(first.text = first.text.replace(/^ +/, ''))) kept.shift()
    else break
  }
  for (;;) {
    const last = kept[kept.length - 1]
    if (last?.type === 'linebreak') kept.pop()
    else if (last?.type === 'text' && !(last.text = last.text.replace(/ +$/, ''))) kept.pop()
    else break
  }
  return kept
}

const hasText = (nodes: InlineNode[]): boolean =>
  nodes.some((n) =>
    n.type === 'text' ? n.text.trim() !== '' : n.type === 'link' ? hasText(n.children) : false,
  )

function list(node: Ordered, indent: number): ListNode {
  const ordered = tagOf(node) === 'ol'
  const items: ListItemNode[] = []
  for (const child of childrenOf(node)) {
    const tag = tagOf(child)
    if (tag === '#text' && !String(child['#text']).trim()) continue
    if (tag !== 'li') {
      // Text or a tag straight inside a list is an item of its own, as browsers show it.
      const content: InlineNode[] = []
      inline([child], 0, content)
      const kept = trimInline(content)
      if (hasText(kept))
        items.push({ ...block(indent), type: 'listitem', value: items.length + 1, children: kept })
      continue
    }
    const content: InlineNode[] = []
    const nested: ListNode[] = []
    for (const part of childrenOf(child)) {
      const partTag = tagOf(part)
      if (partTag === 'ul' || partTag === 'ol') nested.push(list(part, indent + 1))
      else inline([part], 0, content)
    }
    const kept = trimInline(content)
    if (hasText(kept) || nested.length === 0)
      items.push({ ...block(indent), type: 'listitem', value: items.length + 1, children: kept })
    // Lexical keeps a nested list in an item of its own, after the item it belongs to.
    for (const sub of nested)
      items.push({ ...block(indent), type: 'listitem', value: items.length + 1, children: [sub] })
  }
  return {
    ...block(indent),
    type: 'list',
    listType: ordered ? 'number' : 'bullet',
    start: 1,
    tag: ordered ? 'ol' : 'ul',
    children: items,
  }
}

function blocks(nodes: Ordered[]): BlockNode[] {
  const out: BlockNode[] = []
  let loose: Ordered[] = []
  const flushLoose = () => {
    const content: InlineNode[] = []
    inline(loose, 0, content)
    loose = []
    const kept = trimInline(content)
    if (hasText(kept))
      out.push({ ...block(), type: 'paragraph', textFormat: 0, textStyle: '', children: kept })
  }
  for (const node of nodes) {
    const tag = tagOf(node)
    if (tag === 'p' || tag === 'h2' || tag === 'h3' || tag === 'h4') {
      flushLoose()
      const content: InlineNode[] = []
      inline(childrenOf(node), 0, content)
      const kept = trimInline(content)
      if (!hasText(kept)) continue
      out.push(
        tag === 'p'
          ? { ...block(), type: 'paragraph', textFormat: 0, textStyle: '', children: kept }
          : { ...block(), type: 'heading', tag, children: kept },
      )
    } else if (tag === 'ul' || tag === 'ol') {
      flushLoose()
      const made = list(node, 0)
      if (made.children.length) out.push(made)
    } else if (tag === 'li') {
      flushLoose()
      out.push(list({ ul: [node] }, 0))
    } else loose.push(node)
  }
  flushLoose()
  return out
}

/**
 * A translator's HTML as Lexical editor state, or why it is refused: a tag outside
 * `XLIFF_HTML_TAGS`, or a link that is not http(s), mailto, tel or a path on the site.
 */
export function xliffHtmlToLexical(html: string): HtmlImport {
  const tags = new Set<string>()
  const badLinks: string[] = []
  sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    onOpenTag: (name, attribs) => {
      const tag = name.toLowerCase()
      if (!ALLOWED.has(tag)) tags.add(`<${tag}>`)
      if (tag === 'a' && attribs.href !== undefined && !safeHref(attribs.href))
        badLinks.push(attribs.href.slice(0, 60))
    },
  })
  if (tags.size) return { ok: false, detail: [...tags].join(', ') }
  if (badLinks.length) return { ok: false, detail: badLinks.map((h) => `href="${h}"`).join(', ') }
  const clean = sanitizeHtml(html, {
    allowedTags: [...XLIFF_HTML_TAGS],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: SCHEMES,
    allowProtocolRelative: false,
  })
  let tree: Ordered[]
  try {
    tree = parser.parse(`<root>${clean}</root>`) as Ordered[]
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) }
  }
  const root = tree.find((n) => tagOf(n) === 'root')
  const children = blocks(root ? childrenOf(root) : [])
  return {
    ok: true,
    value: { root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } },
  }
}
