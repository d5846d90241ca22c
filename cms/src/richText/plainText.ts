/**
 * The words of a rich text (Lexical JSON), blocks separated by blank lines: what the republishing
 * comparison and the content checker read. Formatting is not content, so bold or a moved link
 * changes nothing. Free of imports so the admin's browser code can use it as the editor types.
 */
type LexicalNode = { type?: string; text?: unknown; children?: LexicalNode[] }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'table', 'tablerow', 'code'])

export function richTextToPlainText(data: unknown): string {
  const root = (data as { root?: LexicalNode } | null)?.root
  if (typeof root !== 'object' || root === null) return ''
  const blocks: string[] = []
  let current = ''
  const walk = (node: LexicalNode) => {
    if (node.type === 'text' && typeof node.text === 'string') current += node.text
    else if (node.type === 'linebreak') current += '\n'
    else if (node.type === 'tab') current += '\t'
    node.children?.forEach(walk)
    if (node.type && BLOCK_TYPES.has(node.type) && current !== '') {
      blocks.push(current)
      current = ''
    }
  }
  walk(root)
  if (current !== '') blocks.push(current)
  return blocks.join('\n\n')
}
