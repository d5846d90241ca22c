/**
 * XLIFF files for outside translators (docs/translation-and-multimedia.md, "XLIFF"): Cổng writes
 * XLIFF 2.0 and reads 2.0 (and 2.1) or 1.2, because translation tools convert between them.
 *
 * An uploaded file is untrusted: a DOCTYPE is refused outright, so nothing in a file can declare
 * an entity (no "billion laughs", no external entity reaching the file system or the network);
 * only the five XML entities and numeric character references are decoded, by this module, in
 * the text of `<source>`/`<target>`. The parser never resolves anything outside the string.
 *
 * Pure: no Payload, no database. The import endpoint decides what the units mean.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { XLIFF_FILE_MESSAGES, xliffItemMessage, type XliffMessage } from '../i18n/xliff'

/** Larger than any export of a realistic selection (a thousand long articles); refused beyond. */
export const MAX_XLIFF_BYTES = 5 * 1024 * 1024

export type XliffUnitKind = 'text' | 'html'

export interface XliffExportUnit {
  /** The field path (`title`, `body`, `photos.<rowId>.caption`). */
  id: string
  source: string
  kind: XliffUnitKind
  /** The current working English, so a translator revising it starts from it. */
  target?: string | null
}

export interface XliffExportItem {
  collection: string
  id: string
  title: string
  /** `itemFingerprint` of the Vietnamese exported. */
  fingerprint: string
  units: XliffExportUnit[]
}

export interface XliffParsedUnit {
  id: string
  source: string
  /** `null` when the unit has no target or an empty one. */
  target: string | null
}

export interface XliffParsedItem {
  collection: string
  id: string
  title: string
  fingerprint: string | null
  units: XliffParsedUnit[]
  /** A problem confined to this item (inline XLIFF markup, an unknown entity): the item is refused. */
  problem?: XliffMessage
}

export type XliffParseResult =
  { ok: true; version: '1.2' | '2.0'; items: XliffParsedItem[] } | ({ ok: false } & XliffMessage)

/* ------------------------------------------------------------------ writing */

// Characters XML 1.0 cannot carry at all; a pasted control character must not make the whole
// file unreadable for the translator's tool.
// eslint-disable-next-line no-control-regex -- these control characters are exactly what is removed
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu

export function escapeXmlText(value: string): string {
  return value.replace(XML_INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;')
}

export const xliffFileId = (collection: string, id: string | number) => `${collection}:${id}`

/**
 * One `<file>` per item, one `<unit>` per source field. Rich text travels as HTML *text* (escaped),
 * not as XLIFF inline codes: every tool shows it and keeps it, and the import reads it back as
 * HTML. `type="cong:html"` tells a translator's tool (and a human) which units are HTML.
 */
export function buildXliff(items: XliffExportItem[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"' +
      ' version="2.0" srcLang="vi" trgLang="en">',
  ]
  for (const item of items) {
    lines.push(`  <file id="${escapeXmlAttribute(xliffFileId(item.collection, item.id))}">`)
    lines.push('    <mda:metadata>')
    lines.push('      <mda:metaGroup category="cong">')
    lines.push(`        <mda:meta type="sourceFingerprint">${escapeXmlText(item.fingerprint)}</mda:meta>`)
    lines.push('      </mda:metaGroup>')
    lines.push('    </mda:metadata>')
    lines.push('    <notes>')
    lines.push(`      <note category="title">${escapeXmlText(item.title)}</note>`)
    lines.push('    </notes>')
    for (const unit of item.units) {
      const type = unit.kind === 'html' ? ' type="cong:html"' : ''
      lines.push(`    <unit id="${escapeXmlAttribute(unit.id)}"${type}>`)
      lines.push('      <segment>')
      lines.push(`        <source xml:space="preserve">${escapeXmlText(unit.source)}</source>`)
      lines.push(
        unit.target
          ? `        <target xml:space="preserve">${escapeXmlText(unit.target)}</target>`
          : '        <target/>',
      )
      lines.push('      </segment>')
      lines.push('    </unit>')
    }
    lines.push('  </file>')
  }
  lines.push('</xliff>', '')
  return lines.join('\n')
}

/* ------------------------------------------------------------------ reading */

type Node = Record<string, unknown>

const asArray = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]
const asNode = (value: unknown): Node => (typeof value === 'object' && value !== null ? (value as Node) : {})
const attr = (node: Node, name: string): string | undefined => {
  const value = node[`@_${name}`]
  return typeof value === 'string' ? value : undefined
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // `mda:meta` and `meta` are the same element whatever prefix a tool chose.
  removeNSPrefix: true,
  // Ids and texts stay strings: "007" is not 7.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Entities are decoded here only in attributes (the XML five); segment text is decoded by
  // `decodeSegment`, which knows exactly what it accepts.
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // The text of a segment is taken raw so that inline markup, CDATA and entities are judged by us.
  stopNodes: ['*.source', '*.target'],
})

const NUMERIC_REF = /&#(x[0-9a-fA-F]+|[0-9]+);/g
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as const

/**
 * The text of a `<source>`/`<target>` as written in the file. Inline XLIFF elements (`<ph>`,
 * `<pc>`, `<g>` …) would mean a tool re-encoded our HTML: refusing the item says so instead of
 * guessing what the markup was.
 */
function decodeSegment(raw: string): { text: string } | { problem: 'inline' | 'entity'; detail: string } {
  let text = ''
  let rest = raw
  while (rest) {
    const tag = rest.indexOf('<')
    const before = decodeEntities(tag === -1 ? rest : rest.slice(0, tag))
    if (typeof before !== 'string') return before
    text += before
    if (tag === -1) break
    rest = rest.slice(tag)
    if (!rest.startsWith('<![CDATA[')) {
      const name = /^<\/?([\w:.-]+)/.exec(rest)?.[1] ?? rest.slice(0, 10)
      return { problem: 'inline', detail: `<${name}>` }
    }
    // CDATA is literal text: nothing inside it is decoded.
    const end = rest.indexOf(']]>')
    if (end === -1) return { problem: 'inline', detail: 'CDATA' }
    text += rest.slice(9, end)
    rest = rest.slice(end + 3)
  }
  return { text }
}

function decodeEntities(value: string): string | { problem: 'entity'; detail: string } {
  const unknown = /&(?!(?:lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);)([^;\s]{0,20};?)/.exec(value)
  if (unknown) return { problem: 'entity', detail: `&${unknown[1]}` }
  return value
    .replace(NUMERIC_REF, (_, ref: string) => {
      const code = ref.startsWith('x') ? parseInt(ref.slice(1), 16) : parseInt(ref, 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    })
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, name: keyof typeof NAMED) => NAMED[name])
}

/** `vi`, `vi-VN`, `VI_vn` … are Vietnamese; the primary subtag decides. */
const primaryLanguage = (tag: string | undefined) => (tag ?? '').trim().toLowerCase().split(/[-_]/)[0]

function parseFileId(value: string | undefined): { collection: string; id: string } | null {
  const match = /^([a-z][a-z0-9-]*):(.+)$/.exec(value?.trim() ?? '')
  return match ? { collection: match[1], id: match[2] } : null
}

/** The text of an element that holds only text (a note, a meta), whatever its attributes. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  const text = asNode(value)['#text']
  return typeof text === 'string' ? text : ''
}

function segmentText(value: unknown): string | null {
  // A stop node arrives as its raw inner text, or as a node with `#text` when it has attributes.
  const raw = value === undefined ? null : textOf(value)
  return raw
}

function readUnitTexts(
  source: unknown,
  target: unknown,
  unitId: string,
): { unit: XliffParsedUnit } | { problem: XliffMessage } {
  const src = decodeSegment(segmentText(source) ?? '')
  if ('problem' in src)
    return { problem: xliffItemMessage(src.problem, { unit: unitId, detail: src.detail }) }
  const raw = segmentText(target)
  if (raw === null) return { unit: { id: unitId, source: src.text, target: null } }
  const trg = decodeSegment(raw)
  if ('problem' in trg)
    return { problem: xliffItemMessage(trg.problem, { unit: unitId, detail: trg.detail }) }
  return { unit: { id: unitId, source: src.text, target: trg.text.trim() ? trg.text : null } }
}

function readItem20(file: Node, fileIndex: number): XliffParsedItem | XliffMessage {
  const ref = parseFileId(attr(file, 'id'))
  if (!ref) return XLIFF_FILE_MESSAGES.badFileId(attr(file, 'id') ?? `#${fileIndex + 1}`)
  let fingerprint: string | null = null
  for (const group of asArray(asNode(file.metadata).metaGroup)) {
    for (const meta of asArray(asNode(group).meta)) {
      if (attr(asNode(meta), 'type') === 'sourceFingerprint') fingerprint = textOf(meta).trim() || null
    }
  }
  let title = ''
  for (const note of asArray(asNode(file.notes).note)) {
    if (attr(asNode(note), 'category') === 'title') title = textOf(note).trim()
  }
  const item: XliffParsedItem = { ...ref, title, fingerprint, units: [] }
  // Units may sit inside `<group>`s when a tool regroups them.
  const units: Node[] = []
  const collect = (container: Node) => {
    for (const unit of asArray(container.unit)) units.push(asNode(unit))
    for (const group of asArray(container.group)) collect(asNode(group))
  }
  collect(file)
  for (const unit of units) {
    const unitId = attr(unit, 'id') ?? ''
    // A unit split into several segments by a tool is joined back: the field is one text.
    const segments = asArray(unit.segment).map(asNode)
    const sources: string[] = []
    const targets: string[] = []
    let anyTarget = false
    for (const segment of segments) {
      const read = readUnitTexts(segment.source, segment.target, unitId)
      if ('problem' in read) return { ...item, problem: read.problem }
      sources.push(read.unit.source)
      if (read.unit.target !== null) anyTarget = true
      targets.push(read.unit.target ?? '')
    }
    item.units.push({ id: unitId, source: sources.join(''), target: anyTarget ? targets.join('') : null })
  }
  return item
}

function readItem12(file: Node, fileIndex: number): XliffParsedItem | XliffMessage {
  const ref = parseFileId(attr(file, 'original'))
  if (!ref) return XLIFF_FILE_MESSAGES.badFileId(attr(file, 'original') ?? `#${fileIndex + 1}`)
  const header = asNode(file.header)
  let fingerprint: string | null = null
  for (const group of asArray(header['prop-group'])) {
    for (const prop of asArray(asNode(group).prop)) {
      if (attr(asNode(prop), 'prop-type') === 'sourceFingerprint') fingerprint = textOf(prop).trim() || null
    }
  }
  let title = ''
  for (const note of asArray(header.note)) {
    if (attr(asNode(note), 'from') === 'title' || !title) title = textOf(note).trim()
  }
  const item: XliffParsedItem = { ...ref, title, fingerprint, units: [] }
  const units: Node[] = []
  const collect = (container: Node) => {
    for (const unit of asArray(container['trans-unit'])) units.push(asNode(unit))
    for (const group of asArray(container.group)) collect(asNode(group))
  }
  collect(asNode(file.body))
  for (const unit of units) {
    const read = readUnitTexts(unit.source, unit.target, attr(unit, 'id') ?? '')
    if ('problem' in read) return { ...item, problem: read.problem }
    item.units.push(read.unit)
  }
  return item
}

/**
 * Reads an uploaded file. The whole file is refused (with the reason, in both languages) when it
 * is too large, not well-formed XML (with the parser's line), not XLIFF 1.2/2.x, or not
 * Vietnamese → English; problems inside one item are left to that item (`problem`).
 */
export function parseXliff(input: string | Uint8Array): XliffParseResult {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength
  if (size > MAX_XLIFF_BYTES) return { ok: false, ...XLIFF_FILE_MESSAGES.tooLarge }
  const xml = (typeof input === 'string' ? input : Buffer.from(input).toString('utf8')).replace(/^\uFEFF/, '')
  if (!xml.trim()) return { ok: false, ...XLIFF_FILE_MESSAGES.empty }
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) return { ok: false, ...XLIFF_FILE_MESSAGES.doctype }
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return { ok: false, ...XLIFF_FILE_MESSAGES.malformed(valid.err.line, valid.err.msg) }
  let doc: Node
  try {
    doc = asNode(parser.parse(xml))
  } catch (error) {
    return {
      ok: false,
      ...XLIFF_FILE_MESSAGES.malformed(null, error instanceof Error ? error.message : String(error)),
    }
  }
  const root = doc.xliff
  if (root === undefined || Array.isArray(root)) return { ok: false, ...XLIFF_FILE_MESSAGES.notXliff }
  const xliff = asNode(root)
  const version = attr(xliff, 'version') ?? ''
  let items: (XliffParsedItem | XliffMessage)[]
  let kind: '1.2' | '2.0'
  if (/^2\.\d$/.test(version)) {
    kind = '2.0'
    if (primaryLanguage(attr(xliff, 'srcLang')) !== 'vi' || primaryLanguage(attr(xliff, 'trgLang')) !== 'en')
      return { ok: false, ...XLIFF_FILE_MESSAGES.languages(attr(xliff, 'srcLang'), attr(xliff, 'trgLang')) }
    items = asArray(xliff.file).map((file, i) => readItem20(asNode(file), i))
  } else if (version === '1.2') {
    kind = '1.2'
    const files = asArray(xliff.file).map(asNode)
    for (const file of files) {
      const src = attr(file, 'source-language')
      const trg = attr(file, 'target-language')
      if (primaryLanguage(src) !== 'vi' || primaryLanguage(trg) !== 'en')
        return { ok: false, ...XLIFF_FILE_MESSAGES.languages(src, trg) }
    }
    items = files.map(readItem12)
  } else {
    return { ok: false, ...XLIFF_FILE_MESSAGES.version(version) }
  }
  const parsed: XliffParsedItem[] = []
  const seen = new Set<string>()
  for (const item of items) {
    if (!('collection' in item)) return { ok: false, ...item }
    const key = xliffFileId(item.collection, item.id)
    if (seen.has(key)) return { ok: false, ...XLIFF_FILE_MESSAGES.duplicate(key) }
    seen.add(key)
    parsed.push(item)
  }
  if (parsed.length === 0) return { ok: false, ...XLIFF_FILE_MESSAGES.noItems }
  return { ok: true, version: kind, items: parsed }
}
