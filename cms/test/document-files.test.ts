import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { bootPayload } from './helpers/payload'
import { compoundFile, minimalDoc, minimalDocx, minimalPdf, zip } from './helpers/documents'
import { seedWorld, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'files')
})
afterAll(async () => close())

const upload = (data: Buffer, name: string, mimetype: string) =>
  payload.create({
    collection: 'document-files',
    data: {},
    file: { data, name, mimetype, size: data.length },
    user: world.users.editor,
    overrideAccess: false,
  })

const PDF = 'application/pdf'
const DOC = 'application/msword'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('document files are accepted by content', () => {
  it.each([
    ['a PDF', () => minimalPdf(), 'nghi-dinh-14.pdf', PDF, PDF, 'nghi-dinh-14.pdf'],
    ['a DOCX', () => minimalDocx(), 'du-thao.docx', DOCX, DOCX, 'du-thao.docx'],
    ['a DOC', () => minimalDoc(), 'to-trinh.doc', DOC, DOC, 'to-trinh.doc'],
    // The browser's guess and the name are wrong; the bytes decide, and the name follows them.
    ['a PDF named .docx', () => minimalPdf(), 'quyet-dinh.docx', DOCX, PDF, 'quyet-dinh.pdf'],
    [
      'a DOCX sent as octet-stream',
      () => minimalDocx(),
      'thong-tu',
      'application/octet-stream',
      DOCX,
      'thong-tu.docx',
    ],
  ])('%s', async (_, bytes, name, declared, mimeType, filename) => {
    const data = bytes()
    const doc = await upload(data, name, declared)
    expect(doc).toMatchObject({ mimeType, filename, filesize: data.length })
  })
})

describe('anything else is refused, with a clear message', () => {
  const html = Buffer.from(
    '<!doctype html><html><body><script>alert(1)</script>Văn bản</body></html>',
    'utf8',
  )
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'utf8')

  it.each([
    [
      'a PNG renamed .pdf',
      async () =>
        sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
          .png()
          .toBuffer(),
      'scan.pdf',
      PDF,
    ],
    ['an HTML page renamed .docx', async () => html, 'van-ban.docx', DOCX],
    ['an SVG', async () => svg, 'hinh.svg', 'image/svg+xml'],
    ['an SVG renamed .pdf', async () => svg, 'hinh.pdf', PDF],
    ['an Excel 97–2003 file renamed .doc', async () => compoundFile('Workbook'), 'bang.doc', DOC],
    [
      'a ZIP without word/document.xml renamed .docx',
      async () => zip([{ name: 'readme.txt', data: 'x' }]),
      'goi.docx',
      DOCX,
    ],
  ])('%s', async (_, bytes, name, declared) => {
    const attempt = upload(await bytes(), name, declared)
    await expect(attempt).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(
        new RegExp(
          `«${name.replace('.', '\\.')}» không phải PDF, DOC hay DOCX.*is not a PDF, DOC or DOCX`,
          's',
        ),
      ),
    })
  })

  it('refuses files over 50 MB', async () => {
    const big = Buffer.concat([minimalPdf(), Buffer.alloc(50 * 1024 * 1024)])
    await expect(upload(big, 'lon.pdf', PDF)).rejects.toMatchObject({
      status: 413,
      message: expect.stringMatching(/lớn hơn 50 MB.*larger than 50 MB/s),
    })
  })

  it('refuses a renamed page uploaded through the REST API the admin uses', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: world.users.editor.email, password: 'mat-khau-thu-nghiem' },
    })
    const form = new FormData()
    form.append('file', new Blob([html], { type: DOCX }), 'van-ban.docx')
    form.append('_payload', JSON.stringify({}))
    const { default: config } = await import('../src/payload.config')
    const res = await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/document-files', {
        method: 'POST',
        body: form,
        headers: { authorization: `JWT ${token}` },
      }),
    })
    expect(res.status).toBe(400)
    const body = (await res.json()) as {
      errors: { message: string; data?: { errors?: { path: string }[] } }[]
    }
    expect(body.errors[0].message).toMatch(/không phải PDF, DOC hay DOCX/)
    const { totalDocs } = await payload.count({
      collection: 'document-files',
      where: { filename: { like: 'van-ban' } },
    })
    expect(totalDocs).toBe(0)
  })
})
