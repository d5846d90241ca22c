import { describe, expect, it } from 'vitest'
import { richTextToPlainText } from '../src/richText/plainText'
import { richTextToXliffHtml, xliffHtmlToLexical } from '../src/translations/html'
import { buildXliff, MAX_XLIFF_BYTES, parseXliff, type XliffExportItem } from '../src/translations/xliff'

const ITEMS: XliffExportItem[] = [
  {
    collection: 'articles',
    id: '12',
    title: 'Hội nghị <tổng kết> & "triển khai" năm 2026',
    fingerprint: '0123456789abcdef0123456789abcdef',
    units: [
      {
        id: 'title',
        source: 'Hội nghị <tổng kết> & "triển khai"',
        kind: 'text',
        target: 'Review & <planning> meeting',
      },
      { id: 'sapo', source: 'Dòng 1\nDòng 2  với  khoảng trắng', kind: 'text' },
      {
        id: 'body',
        source: '<p>Xin chào <strong>bạn</strong> &amp; các đơn vị</p>',
        kind: 'html',
        target: null,
      },
    ],
  },
  {
    collection: 'units',
    id: '007',
    title: 'Vụ Pháp chế',
    fingerprint: 'ffff',
    units: [
      { id: 'leaders.65a1b2c3d4e5f6a7b8c9d0e1.title', source: 'Vụ trưởng', kind: 'text', target: 'Director' },
    ],
  },
]

/** A file as a translator's tool returns it: the targets filled. */
function translated(xml: string, targets: Record<string, string>): string {
  let out = xml
  for (const [source, target] of Object.entries(targets)) {
    out = out.replace(
      new RegExp(`(<source xml:space="preserve">${source}</source>\\s*)<target/>`),
      `$1<target>${target}</target>`,
    )
  }
  return out
}

describe('buildXliff → parseXliff', () => {
  it('round-trips ids, titles, fingerprints, sources and targets, escaping everything XML-special', () => {
    const xml = buildXliff(ITEMS)
    expect(xml).toContain('srcLang="vi" trgLang="en"')
    expect(xml).toContain('<file id="articles:12">')
    expect(xml).toContain('<mda:meta type="sourceFingerprint">0123456789abcdef0123456789abcdef</mda:meta>')
    expect(xml).toContain('<unit id="body" type="cong:html">')
    expect(xml).toContain('&lt;p&gt;Xin chào &lt;strong&gt;bạn&lt;/strong&gt; &amp;amp; các đơn vị&lt;/p&gt;')
    const parsed = parseXliff(xml)
    expect(parsed).toEqual({
      ok: true,
      version: '2.0',
      items: [
        {
          collection: 'articles',
          id: '12',
          title: ITEMS[0]!.title,
          fingerprint: ITEMS[0]!.fingerprint,
          units: [
            { id: 'title', source: ITEMS[0]!.units[0]!.source, target: 'Review & <planning> meeting' },
            { id: 'sapo', source: 'Dòng 1\nDòng 2  với  khoảng trắng', target: null },
            { id: 'body', source: ITEMS[0]!.units[2]!.source, target: null },
          ],
        },
        {
          collection: 'units',
          id: '007',
          title: 'Vụ Pháp chế',
          fingerprint: 'ffff',
          units: [{ id: 'leaders.65a1b2c3d4e5f6a7b8c9d0e1.title', source: 'Vụ trưởng', target: 'Director' }],
        },
      ],
    })
  })

  it('reads targets a tool filled in, with entities, numeric references and CDATA', () => {
    const xml = translated(buildXliff(ITEMS), {
      'Dòng 1\nDòng 2  với  khoảng trắng': 'Line 1 &#x2014; line&#32;2 &apos;ok&apos;',
      '&lt;p&gt;Xin chào &lt;strong&gt;bạn&lt;/strong&gt; &amp;amp; các đơn vị&lt;/p&gt;':
        '<![CDATA[<p>Hello <strong>you</strong> &amp; all units</p>]]>',
    })
    const parsed = parseXliff(xml)
    if (!parsed.ok) throw new Error(parsed.reason)
    const units = Object.fromEntries(parsed.items[0]!.units.map((u) => [u.id, u.target]))
    expect(units).toEqual({
      title: 'Review & <planning> meeting',
      sapo: "Line 1 — line 2 'ok'",
      body: '<p>Hello <strong>you</strong> &amp; all units</p>',
    })
  })

  it('drops characters XML cannot carry instead of writing an unreadable file', () => {
    const xml = buildXliff([
      { ...ITEMS[1]!, title: 'A\u0001B', units: [{ id: 'name', source: 'x\u0008y', kind: 'text' }] },
    ])
    const parsed = parseXliff(xml)
    expect(parsed.ok && parsed.items[0]!.title).toBe('AB')
    expect(parsed.ok && parsed.items[0]!.units[0]!.source).toBe('xy')
  })
})

const XLIFF_12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="pages:4" source-language="vi-VN" target-language="en-US" datatype="html">
    <header>
      <prop-group name="cong"><prop prop-type="sourceFingerprint">abc123</prop></prop-group>
      <note from="title">Giới thiệu</note>
    </header>
    <body>
      <group id="g1">
        <trans-unit id="title"><source>Giới thiệu</source><target state="translated">About us</target></trans-unit>
      </group>
      <trans-unit id="body"><source>&lt;p&gt;Bộ&lt;/p&gt;</source><target>&lt;p&gt;The ministry&lt;/p&gt;</target></trans-unit>
    </body>
  </file>
</xliff>`

describe('parseXliff reads XLIFF 1.2', () => {
  it('takes the item from `original`, the fingerprint from the header, units from groups too', () => {
    const parsed = parseXliff(XLIFF_12)
    // Units are matched by id; their order in the file does not matter.
    if (parsed.ok) parsed.items[0]!.units.sort((a, b) => b.id.localeCompare(a.id))
    expect(parsed).toEqual({
      ok: true,
      version: '1.2',
      items: [
        {
          collection: 'pages',
          id: '4',
          title: 'Giới thiệu',
          fingerprint: 'abc123',
          units: [
            { id: 'title', source: 'Giới thiệu', target: 'About us' },
            { id: 'body', source: '<p>Bộ</p>', target: '<p>The ministry</p>' },
          ],
        },
      ],
    })
  })

  it('reads bytes with a BOM as well as a string', () => {
    const parsed = parseXliff(
      new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(XLIFF_12)])),
    )
    expect(parsed.ok).toBe(true)
  })
})

const V20 = (body: string, attrs = 'version="2.0" srcLang="vi" trgLang="en"') =>
  `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" ${attrs}>${body}</xliff>`
const FILE = (units: string, id = 'articles:1') =>
  `<file id="${id}"><unit id="title"><segment><source>A</source>${units}</segment></unit></file>`

describe('parseXliff refuses a whole file', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty', '   ', /Tệp rỗng/],
    ['not XML', 'Xin chào, đây là thư', /không phải XML hợp lệ/],
    ['malformed XML, with the line', '<xliff version="2.0">\n<file>\n<unit></file>\n</xliff>', /dòng 3/],
    ['XML but not XLIFF', '<?xml version="1.0"?><html><body/></html>', /không phải XLIFF/],
    [
      'a DOCTYPE (entity expansion)',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xliff/>',
      /DOCTYPE/,
    ],
    [
      'an external entity',
      '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff version="2.0" srcLang="vi" trgLang="en"><file id="articles:1"><unit id="title"><segment><source>&xxe;</source></segment></unit></file></xliff>',
      /DOCTYPE/,
    ],
    ['an unsupported version', V20(FILE(''), 'version="1.1" srcLang="vi" trgLang="en"'), /1\.1/],
    [
      'English to Vietnamese',
      V20(FILE(''), 'version="2.0" srcLang="en" trgLang="vi"'),
      /tiếng Việt \(vi\) → tiếng Anh/,
    ],
    ['Vietnamese to French', V20(FILE(''), 'version="2.0" srcLang="vi" trgLang="fr"'), /«fr»/],
    [
      '1.2 with a wrong language',
      XLIFF_12.replace('target-language="en-US"', 'target-language="de"'),
      /«de»/,
    ],
    ['a file id naming no item', V20(FILE('', 'readme.txt')), /readme\.txt/],
    ['the same item twice', V20(FILE('') + FILE('')), /hai lần/],
    ['no items', V20(''), /không có mục nào/],
    ['over 5 MB', new Uint8Array(MAX_XLIFF_BYTES + 1), /5 MB/],
  ]
  it.each(cases)('%s', (_name, input, reason) => {
    const parsed = parseXliff(input)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.reason).toMatch(reason)
    expect(parsed.reasonEn).toMatch(/\w/)
  })

  it('does not expand an undeclared entity anywhere, nor read files', () => {
    const parsed = parseXliff(V20(FILE('<target>&xxe;</target>')))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.items[0]!.problem?.reason).toMatch(/&xxe/)
    expect(parsed.items[0]!.units).toEqual([])
  })
})

describe('parseXliff refuses one item and keeps the others', () => {
  const cases: [string, string, RegExp][] = [
    ['inline XLIFF markup in a target', '<target>Hello <ph id="1"/> world</target>', /<ph>/],
    ['an HTML entity XML does not have', '<target>A&nbsp;B</target>', /&nbsp;/],
  ]
  it.each(cases)('%s', (_name, target, reason) => {
    const parsed = parseXliff(V20(FILE(target) + FILE('<target>B</target>', 'pages:2')))
    if (!parsed.ok) throw new Error(parsed.reason)
    expect(parsed.items[0]!.problem?.reason).toMatch(reason)
    expect(parsed.items[1]).toMatchObject({
      collection: 'pages',
      id: '2',
      units: [{ id: 'title', target: 'B' }],
    })
  })

  it('joins a unit a tool split into segments; an empty target is no target', () => {
    const xml = V20(
      '<file id="articles:1"><unit id="title"><segment><source>Câu một. </source><target>One. </target></segment>' +
        '<segment><source>Câu hai.</source><target>Two.</target></segment></unit>' +
        '<unit id="sapo"><segment><source>S</source><target>   </target></segment></unit></file>',
    )
    const parsed = parseXliff(xml)
    expect(parsed.ok && parsed.items[0]!.units).toEqual([
      { id: 'title', source: 'Câu một. Câu hai.', target: 'One. Two.' },
      { id: 'sapo', source: 'S', target: null },
    ])
  })
})

describe('rich text in the file', () => {
  const text = (value: string, format = 0) => ({
    type: 'text',
    text: value,
    detail: 0,
    format,
    mode: 'normal',
    style: '',
    version: 1,
  })
  const BODY = {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [text('Mở đầu '), text('đậm', 1), text(' và '), text('nghiêng', 2)],
        },
        {
          type: 'heading',
          tag: 'h3',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [text('Các bước')],
        },
        {
          type: 'list',
          listType: 'number',
          tag: 'ol',
          start: 1,
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            {
              type: 'listitem',
              value: 1,
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              children: [text('Một')],
            },
            {
              type: 'listitem',
              value: 2,
              version: 1,
              direction: 'ltr',
              format: '',
              indent: 0,
              children: [text('Hai')],
            },
          ],
        },
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [
            {
              type: 'link',
              version: 3,
              direction: 'ltr',
              format: '',
              indent: 0,
              fields: { linkType: 'custom', url: 'https://chinhphu.vn', newTab: false },
              children: [text('Cổng Chính phủ')],
            },
            { type: 'linebreak', version: 1 },
            text('dòng sau'),
          ],
        },
        { type: 'upload', version: 3, relationTo: 'media', value: 5, fields: null, format: '' },
      ],
    },
  }

  it('exports the narrow HTML (no images) and imports it back to the same text and structure', () => {
    const html = richTextToXliffHtml(BODY)
    expect(html).toBe(
      '<p>Mở đầu <strong>đậm</strong> và <em>nghiêng</em></p><h3>Các bước</h3><ol><li>Một</li><li>Hai</li></ol>' +
        '<p><a href="https://chinhphu.vn">Cổng Chính phủ</a><br />dòng sau</p>',
    )
    const back = xliffHtmlToLexical(html)
    if (!back.ok) throw new Error(back.detail)
    expect(richTextToPlainText(back.value)).toBe(richTextToPlainText(BODY))
    expect(richTextToXliffHtml(back.value)).toBe(html)
    expect(back.value.root.children.map((n) => n.type)).toEqual(['paragraph', 'heading', 'list', 'paragraph'])
  })

  it('reads loose text, b/i, nested lists and HTML whitespace as a browser would', () => {
    const back = xliffHtmlToLexical(
      'Loose <b>bold</b>\n\n<ul>\n  <li>a\n    <ul><li>b</li></ul>\n  </li>\n</ul><p>  spaced   out  </p>',
    )
    if (!back.ok) throw new Error(back.detail)
    expect(richTextToXliffHtml(back.value)).toBe(
      '<p>Loose <strong>bold</strong></p><ul><li>a</li><li><ul><li>b</li></ul></li></ul><p>spaced out</p>',
    )
  })

  const refused: [string, string, RegExp][] = [
    ['a script', '<p>x</p><script>alert(1)</script>', /<script>/],
    ['a table and an image', '<table><tr><td>x</td></tr></table><img src="a.png">', /<table>.*<img>/],
    ['a javascript: link', '<p><a href="javascript:alert(1)">x</a></p>', /javascript:/],
    ['a data: link', '<p><a href="data:text/html,hi">x</a></p>', /data:/],
    ['an h1 (the page title is the only h1)', '<h1>x</h1>', /<h1>/],
  ]
  it.each(refused)('refuses %s, naming it', (_name, html, detail) => {
    const result = xliffHtmlToLexical(html)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.detail).toMatch(detail)
  })

  it('keeps site paths, mailto and tel links', () => {
    const back = xliffHtmlToLexical(
      '<p><a href="/en/news/x/">a</a> <a href="mailto:a@b.vn">b</a> <a href="tel:+8424">c</a></p>',
    )
    expect(back.ok && richTextToXliffHtml(back.value)).toBe(
      '<p><a href="/en/news/x/">a</a> <a href="mailto:a@b.vn">b</a> <a href="tel:+8424">c</a></p>',
    )
  })
})
