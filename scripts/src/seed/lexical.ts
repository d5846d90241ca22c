/**
 * Turns the seed's plain text into Lexical editor state, the JSON Payload's rich-text fields
 * store. Only the node kinds the demo content uses: paragraphs, headings and bullet lists.
 */

/** Text of a rich-text body: paragraphs, optionally a heading followed by a bullet list. */
export interface RichText {
  paragraphs: string[]
  /** Heading inserted after the first paragraph, introducing `points` (and the paragraphs after). */
  heading?: string
  points?: string[]
}

// Type aliases, not interfaces: Payload's rich-text type has an index signature, which only
// aliases satisfy implicitly.
type TextNode = {
  type: 'text'
  text: string
  detail: 0
  format: 0
  mode: 'normal'
  style: ''
  version: 1
}

type BlockBase = {
  children: (TextNode | ListItemNode)[]
  direction: 'ltr'
  format: ''
  indent: 0
  version: 1
}

type ParagraphNode = BlockBase & {
  type: 'paragraph'
  textFormat: 0
  textStyle: ''
}

type HeadingNode = BlockBase & {
  type: 'heading'
  tag: 'h2'
}

type ListItemNode = BlockBase & {
  type: 'listitem'
  value: number
}

type ListNode = BlockBase & {
  type: 'list'
  listType: 'bullet'
  start: 1
  tag: 'ul'
}

export type LexicalNode = ParagraphNode | HeadingNode | ListNode

export type LexicalState = {
  root: {
    type: 'root'
    children: LexicalNode[]
    direction: 'ltr'
    format: ''
    indent: 0
    version: 1
  }
}

const BLOCK = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

const text = (value: string): TextNode => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const paragraph = (value: string): ParagraphNode => ({
  ...BLOCK,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: [text(value)],
})

export const heading = (value: string): HeadingNode => ({
  ...BLOCK,
  type: 'heading',
  tag: 'h2',
  children: [text(value)],
})

export const bulletList = (items: string[]): ListNode => ({
  ...BLOCK,
  type: 'list',
  listType: 'bullet',
  start: 1,
  tag: 'ul',
  children: items.map((item, i) => ({ ...BLOCK, type: 'listitem', value: i + 1, children: [text(item)] })),
})

/**
 * Lexical state of a body: first paragraph (the lead-in), then the heading and its list when
 * given, then the remaining paragraphs — the usual shape of an agency news item.
 */
export function toLexical(body: RichText): LexicalState {
  const [lead, ...rest] = body.paragraphs
  const children: LexicalNode[] = []
  if (lead !== undefined) children.push(paragraph(lead))
  if (body.heading) children.push(heading(body.heading))
  if (body.points?.length) children.push(bulletList(body.points))
  children.push(...rest.map(paragraph))
  return { root: { ...BLOCK, type: 'root', children } }
}

/** All text of a Lexical state in document order, one block per line (tests and checks read it). */
export function lexicalToPlainText(state: { root: { children: unknown[] } }): string {
  const lines: string[] = []
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { type?: string; text?: string; children?: unknown[] }
    if (n.type === 'text') return n.text ?? ''
    return (n.children ?? []).map(walk).join(n.type === 'list' ? '\n' : '')
  }
  for (const block of state.root.children) lines.push(walk(block))
  return lines.join('\n')
}
