/**
 * The smallest real files of each kind an agency uploads, built byte by byte so the tests need no
 * binary fixtures: a PDF with its cross-reference table, a DOCX package (a ZIP holding
 * `word/document.xml`) and a Word 97–2003 DOC (an OLE2 compound file with a `WordDocument`
 * stream).
 */

import { storedZip } from '../../../scripts/src/seed/documents'

export function minimalPdf(text = 'Nghi dinh'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ]
  const stream = `BT /F1 12 Tf 72 770 Td (${text}) Tj ET`
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`)
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** A ZIP archive with stored (uncompressed) entries. */
export const zip = (entries: { name: string; data: string | Buffer }[]): Buffer =>
  storedZip(entries.map((e) => [e.name, e.data]))

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'

export function minimalDocx(): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/word/document.xml" ContentType="${WORD_MAIN}"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    {
      name: 'word/document.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:body><w:p><w:r><w:t>Dự thảo Thông tư</w:t></w:r></w:p></w:body></w:document>',
    },
  ])
}

const SECTOR = 512
const FREE = 0xffffffff
const END_OF_CHAIN = 0xfffffffe
const FAT_SECTOR = 0xfffffffd

/**
 * An OLE2 compound file (version 3, 512-byte sectors) with one stream: sector 0 holds the FAT,
 * sector 1 the directory, the stream follows. 4096 bytes keep it out of the mini stream.
 */
export function compoundFile(streamName: string, streamBytes = 4096): Buffer {
  const streamSectors = Math.ceil(streamBytes / SECTOR)
  const header = Buffer.alloc(SECTOR)
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0)
  header.writeUInt16LE(0x003e, 0x18)
  header.writeUInt16LE(0x0003, 0x1a)
  header.writeUInt16LE(0xfffe, 0x1c)
  header.writeUInt16LE(9, 0x1e)
  header.writeUInt16LE(6, 0x20)
  header.writeUInt32LE(1, 0x2c)
  header.writeUInt32LE(1, 0x30)
  header.writeUInt32LE(4096, 0x38)
  header.writeUInt32LE(END_OF_CHAIN, 0x3c)
  header.writeUInt32LE(END_OF_CHAIN, 0x44)
  header.writeUInt32LE(0, 0x4c)
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 0x4c + i * 4)

  const fat = Buffer.alloc(SECTOR, 0xff)
  fat.writeUInt32LE(FAT_SECTOR, 0)
  fat.writeUInt32LE(END_OF_CHAIN, 4)
  for (let s = 0; s < streamSectors; s++)
    fat.writeUInt32LE(s === streamSectors - 1 ? END_OF_CHAIN : 3 + s, (2 + s) * 4)

  const directory = Buffer.alloc(SECTOR)
  const entry = (index: number, name: string, type: number, child: number, start: number, size: number) => {
    const at = index * 128
    directory.write(name, at, 'utf16le')
    directory.writeUInt16LE((name.length + 1) * 2, at + 0x40)
    directory[at + 0x42] = type
    directory[at + 0x43] = 1
    directory.writeUInt32LE(FREE, at + 0x44)
    directory.writeUInt32LE(FREE, at + 0x48)
    directory.writeUInt32LE(child, at + 0x4c)
    directory.writeUInt32LE(start, at + 0x74)
    directory.writeUInt32LE(size, at + 0x78)
  }
  entry(0, 'Root Entry', 5, 1, END_OF_CHAIN, 0)
  entry(1, streamName, 2, FREE, 2, streamBytes)
  for (const index of [2, 3]) {
    directory.writeUInt32LE(FREE, index * 128 + 0x44)
    directory.writeUInt32LE(FREE, index * 128 + 0x48)
    directory.writeUInt32LE(FREE, index * 128 + 0x4c)
  }

  const stream = Buffer.alloc(streamSectors * SECTOR)
  // A Word binary file starts with its FIB, whose first word is 0xA5EC.
  stream.writeUInt16LE(0xa5ec, 0)
  return Buffer.concat([header, fat, directory, stream])
}

export const minimalDoc = () => compoundFile('WordDocument')
