import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { buildMonthlyReport } from '@cong/shared/monthlyReport'
import { monthlyReportPdf } from '../src/reports/monthly/pdf'
import { monthlyReportXlsx } from '../src/reports/monthly/xlsx'
import { pdfText } from './helpers/pdf'

const report = buildMonthlyReport({
  month: '2026-10',
  sections: [
    { id: 's1', name: 'Tin tức – Sự kiện' },
    { id: 's2', name: 'Việc làm' },
  ],
  units: [
    { id: 'u1', name: 'Cục Việc làm' },
    { id: 'u2', name: 'Cục An toàn lao động' },
  ],
  articles: [
    { id: 'a1', title: 'Hội nghị triển khai Luật Việc làm sửa đổi', publishedAt: '2026-10-02T03:00:00.000Z', sectionIds: ['s1', 's2'], unitId: 'u1', englishPublishedAt: '2026-10-03T03:00:00.000Z' },
    { id: 'a2', title: 'Tháng hành động về an toàn, vệ sinh lao động', publishedAt: '2026-10-12T03:00:00.000Z', sectionIds: ['s1'], unitId: 'u2' },
    { id: 'a3', title: 'Bảo hiểm thất nghiệp: những điều cần biết', publishedAt: '2026-10-20T03:00:00.000Z', sectionIds: ['s2'], unitId: 'u1' },
  ],
  monthlyViews: [
    { articleId: 'a3', views: 4321 },
    { articleId: 'a1', views: 987 },
  ],
  legalDocuments: [{ publishedAt: '2026-10-05T03:00:00.000Z' }],
  drafts: [],
  comments: [{ submittedAt: '2026-10-06T03:00:00.000Z' }, { submittedAt: '2026-10-07T03:00:00.000Z' }],
  cases: null,
  builds: [
    { startedAt: '2026-10-02T03:00:00.000Z', status: 'success' },
    { startedAt: '2026-10-03T03:00:00.000Z', status: 'failed' },
  ],
})
const meta = { siteName: 'Cổng thông tin điện tử Bộ Lao động – Thương binh và Xã hội', generatedAt: new Date('2026-11-02T02:00:00.000Z') }

describe('monthly report files', () => {
  it('writes a workbook whose cells carry the figures', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await monthlyReportXlsx(report, meta))
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Theo chuyên mục', 'Theo đơn vị', 'Đọc nhiều nhất'])
    const rows = (name: string) => {
      const out: unknown[][] = []
      book.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)))
      return out
    }
    const summary = rows('Tổng hợp')
    expect(summary[1]).toEqual(['BÁO CÁO HOẠT ĐỘNG CỔNG THÔNG TIN ĐIỆN TỬ THÁNG 10/2026'])
    expect(summary).toContainEqual(['Tin bài đăng mới', 3])
    expect(summary).toContainEqual(['Bản tiếng Anh đăng mới', 1])
    expect(summary).toContainEqual(['Góp ý dự thảo nhận được', 2])
    expect(summary).toContainEqual(['Câu hỏi, phản ánh, kiến nghị nhận được', 'Chưa có số liệu'])
    expect(summary).toContainEqual(['Lần cập nhật bị lỗi', 1])
    expect(rows('Theo đơn vị')).toEqual([
      ['Đơn vị', 'Số bài'],
      ['Cục Việc làm', 2],
      ['Cục An toàn lao động', 1],
    ])
    expect(rows('Đọc nhiều nhất')[1]).toEqual([1, 'Bảo hiểm thất nghiệp: những điều cần biết', 4321])
  })

  it('writes a PDF whose text, extracted, holds the Vietnamese headings and the figures', async () => {
    const pdf = await monthlyReportPdf(report, meta)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const flat = await pdfText(new Uint8Array(pdf))
    for (const expected of [
      'BÁO CÁO HOẠT ĐỘNG CỔNG THÔNG TIN ĐIỆN TỬ THÁNG 10/2026',
      'từ ngày 01/10/2026 đến ngày 31/10/2026',
      'Tin bài đăng mới 3',
      'Văn bản pháp luật đăng mới 1',
      'Cục Việc làm 2',
      'Bảo hiểm thất nghiệp: những điều cần biết 4321',
      'Chưa có số liệu',
    ]) {
      expect(flat).toContain(expected)
    }
  })
})
