import { describe, expect, it } from 'vitest'
import { checkWith, excerpts } from '../testing'
import { missingSpaceAfterPunctuationRule } from './missing-space-after-punctuation'

describe('missing-space-after-punctuation', () => {
  it.each([
    ['Hội nghị.Thứ trưởng phát biểu', [['.', '. ']]],
    ['lao động,việc làm', [[',', ', ']]],
    ['ý kiến;đề nghị', [[';', '; ']]],
    ['Lưu ý:Người lao động', [[':', ': ']]],
    [
      'Thật sao?Vâng!Đúng vậy',
      [
        ['?', '? '],
        ['!', '! '],
      ],
    ],
    ['Kết thúc (trích).Theo đó', [['.', '. ']]],
    ['Cổng TTĐT.Hôm nay', [['.', '. ']]],
    ['Quyết định 123/QĐ-TTg.Theo đó', [['.', '. ']]],
    ['Website:molisa.gov.vn', [[':', ': ']]],
    ['Email:hotro@molisa.gov.vn', [[':', ': ']]],
    ['Bộ đã làm việc.Hà Nội', [['.', '. ']]],
  ])('flags %j', (text, expected) => {
    expect(excerpts(checkWith(missingSpaceAfterPunctuationRule, text))).toEqual(expected)
  })

  it.each([
    ['numbers and decimals', 'Mức 1.000.000 đồng, tăng 3,5% so với 2,24%.'],
    ['dates and times', 'Ngày 01.01.2024 lúc 8:30, hạn 23/11/2026.'],
    ['URLs and e-mail', 'Xem https://molisa.gov.vn/a.b?c=d, www.chinhphu.vn hoặc hotro@molisa.gov.vn.'],
    ['host names without a scheme', 'Truy cập molisa.gov.vn hoặc Facebook.com.'],
    ['file names', 'Tải tệp bao-cao.pdf hoặc mẫu-đơn.docx.'],
    [
      'abbreviations',
      'TP.HCM, TP.Hồ Chí Minh, Tp.Huế, TX.Sơn Tây, Q.Hoàn Kiếm, GS.TS.Nguyễn Văn A, ThS.BS Lê B',
    ],
    ['initials', 'Ông N.V.Anh và J.K.Rowling'],
    ['v.v.', 'các khoản chi, v.v.'],
    ['an ellipsis', 'chờ đợi...và hy vọng…rồi'],
    ['document numbers', 'Nghị định số 14/2017/NĐ-CP, Thông tư 05/2024/TT-BLĐTBXH.'],
    ['version numbers', 'phiên bản v1.2 và iOS 17.4'],
    ['correct text', 'Hội nghị. Thứ trưởng phát biểu: “Chúng ta, các bạn; và tôi!”'],
    ['a mark before a quotation', 'Ông nói:“Đúng”'],
  ])('leaves alone %s', (_case, text) => {
    expect(checkWith(missingSpaceAfterPunctuationRule, text)).toEqual([])
  })
})
