import { writeFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readLegalFile } from '../../src/legal-import/file'
import { SheetError, readSheet } from '../../src/legal-import/sheet'
import { HEADERS, TODAY, VALID, csvText, tempDir, writeCsv } from './helpers'

const dir = tempDir()
const ROW = HEADERS.map((h) => VALID[h])

async function refusal(file: string, opts: { sheet?: string } = {}) {
  const error = await readSheet(file, opts).then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(SheetError)
  return (error as SheetError).issue
}

describe('CSV', () => {
  it('reads UTF-8 with a byte-order mark, numbering rows as Excel does', async () => {
    const file = writeCsv(dir, 'bom.csv', [HEADERS, ROW, HEADERS.map(() => ''), ROW], { bom: true })
    const sheet = await readSheet(file)
    expect(sheet).toMatchObject({ format: 'csv', bom: true, delimiter: ',', headerRow: 1 })
    expect(sheet.headers[0]).toBe('Số ký hiệu')
    // The empty row 3 is skipped but row 4 keeps its number.
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 4])
    expect(sheet.rows[0].cells[0]).toBe('145/2020/NĐ-CP')
  })

  it('reads UTF-8 without a mark, a cell over several lines counting as one row', async () => {
    const multiline = HEADERS.map((h) => (h === 'Trích yếu' ? 'Dòng một\nDòng hai' : VALID[h]))
    const sheet = await readSheet(writeCsv(dir, 'plain.csv', [HEADERS, multiline, ROW]))
    expect(sheet.bom).toBe(false)
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 3])
  })

  it.each([
    [';', 'semicolon.csv'],
    ['\t', 'tab.csv'],
  ])('finds the %j separator of other regional settings', async (delimiter, name) => {
    const sheet = await readSheet(writeCsv(dir, name, [HEADERS, ROW], { delimiter }))
    expect(sheet.delimiter).toBe(delimiter)
    expect(sheet.rows[0].cells[HEADERS.indexOf('Hướng dẫn')]).toBe('45/2019/QH14')
  })

  it('refuses UTF-16 ("Unicode Text") with how to re-save', async () => {
    const text = csvText([HEADERS, ROW])
    const withMark = path.join(dir, 'utf16.csv')
    writeFileSync(withMark, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    const withoutMark = path.join(dir, 'utf16-nomark.csv')
    writeFileSync(withoutMark, Buffer.from(text, 'utf16le'))
    for (const file of [withMark, withoutMark]) {
      const issue = await refusal(file)
      expect(issue.code).toBe('file-utf16')
      expect(issue.message.vi).toContain('CSV UTF-8')
    }
  })

  it('refuses Windows-1258 naming the line to look at', async () => {
    // "Số ký hiệu" in Windows-1258: ô = F4 with a combining acute (EC), ý = FD.
    const file = path.join(dir, 'cp1258.csv')
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('Ngay,Loai\r\n'),
        Buffer.from([0x53, 0xf4, 0xec, 0x20, 0x6b, 0xfd]),
        Buffer.from('\r\n'),
      ]),
    )
    const issue = await refusal(file)
    expect(issue.code).toBe('file-not-utf8')
    expect(issue.message.vi).toContain('dòng 2')
    expect(issue.message.en).toContain('Windows-1258')
  })

  it('refuses other formats and missing files', async () => {
    expect((await refusal(path.join(dir, 'old.xls'))).code).toBe('file-format')
    expect((await refusal(path.join(dir, 'none.csv'))).code).toBe('file-not-found')
  })
})

describe('XLSX', () => {
  async function workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
    const wb = new ExcelJS.Workbook()
    build(wb)
    const file = path.join(dir, name)
    await wb.xlsx.writeFile(file)
    return file
  }

  it('reads real date cells, rich text, formulas and links, below a title block', async () => {
    const file = await workbook('dates.xlsx', (wb) => {
      wb.addWorksheet('Ghi chú').addRow(['Trang này không phải danh mục'])
      const ws = wb.addWorksheet('Danh mục')
      ws.addRow(['DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT'])
      ws.addRow([])
      ws.addRow(HEADERS)
      ws.addRow(
        HEADERS.map((h) => {
          if (h === 'Ngày ban hành') return new Date(Date.UTC(2020, 11, 14))
          if (h === 'Ngày có hiệu lực')
            return { formula: 'DATE(2021,2,1)', result: new Date(Date.UTC(2021, 1, 1)) }
          if (h === 'Trích yếu')
            return { richText: [{ text: 'Quy định ', font: { bold: true } }, { text: 'chi tiết' }] }
          if (h === 'Tệp đính kèm') return { text: 'nd-145.pdf', hyperlink: 'nd-145.pdf' }
          return VALID[h]
        }),
      )
      ws.getCell('H4').numFmt = 'dd/mm/yyyy'
    })
    const sheet = await readSheet(file, { sheet: 'danh muc' })
    expect(sheet).toMatchObject({ format: 'xlsx', sheetName: 'Danh mục', headerRow: 3 })
    const cells = sheet.rows[0].cells
    expect(sheet.rows[0].row).toBe(4)
    expect(cells[HEADERS.indexOf('Ngày ban hành')]).toEqual(new Date(Date.UTC(2020, 11, 14)))
    expect(cells[HEADERS.indexOf('Ngày có hiệu lực')]).toEqual(new Date(Date.UTC(2021, 1, 1)))
    expect(cells[HEADERS.indexOf('Trích yếu')]).toBe('Quy định chi tiết')
    expect(cells[HEADERS.indexOf('Tệp đính kèm')]).toBe('nd-145.pdf')

    writeFileSync(path.join(dir, 'nd-145.pdf'), '%PDF-1.4\n%%EOF\n')
    const read = await readLegalFile(file, { sheet: '2', today: TODAY })
    expect(read.refused).toBe(false)
    if (read.refused) return
    expect(read.issues).toEqual([])
    expect(read.results[0].value).toMatchObject({
      row: 4,
      issuedDate: '2020-12-14',
      effectiveDate: '2021-02-01',
      summary: 'Quy định chi tiết',
    })
  })

  it('names the sheets when the one asked for is missing', async () => {
    const file = await workbook('sheets.xlsx', (wb) => {
      wb.addWorksheet('Một').addRow(HEADERS)
    })
    const issue = await refusal(file, { sheet: 'Hai' })
    expect(issue.code).toBe('sheet-not-found')
    expect(issue.message.vi).toContain('Một')
  })

  it('refuses a file that is not a workbook', async () => {
    const file = path.join(dir, 'fake.xlsx')
    writeFileSync(file, 'not a zip')
    expect((await refusal(file)).code).toBe('file-unreadable')
  })
})

describe('the header is checked before any row', () => {
  it('refuses a file missing required columns, listing each', async () => {
    const headers = HEADERS.filter((h) => h !== 'Ngày ban hành' && h !== 'Trích yếu')
    // The row is broken too, but rows are not looked at.
    const file = writeCsv(dir, 'missing.csv', [headers, headers.map(() => 'x')])
    const read = await readLegalFile(file, { today: TODAY })
    expect(read.refused).toBe(true)
    expect(read.issues.map((i) => [i.code, i.row, i.message.vi])).toEqual([
      ['column-missing', 1, 'Thiếu cột bắt buộc "Ngày ban hành"'],
      ['column-missing', 1, 'Thiếu cột bắt buộc "Trích yếu"'],
    ])
  })

  it('warns about unknown columns and reads the rest', async () => {
    const file = writeCsv(dir, 'extra.csv', [
      ['STT', ...HEADERS, 'Người nhập'],
      ['1', ...ROW, 'Lan'],
    ])
    const read = await readLegalFile(file, { today: TODAY, attachmentsDir: dir })
    expect(read.refused).toBe(false)
    expect(read.issues.map((i) => [i.level, i.code, i.column])).toEqual([
      ['warning', 'column-unknown', 'Người nhập'],
    ])
  })

  it('refuses a header without documents under it', async () => {
    const read = await readLegalFile(writeCsv(dir, 'header-only.csv', [HEADERS]), { today: TODAY })
    expect(read.issues.map((i) => i.code)).toEqual(['no-rows'])
  })
})
