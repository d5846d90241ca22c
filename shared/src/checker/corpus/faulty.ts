import type { CheckInput } from '../types'

export interface FaultySample {
  name: string
  input: CheckInput
  /** Every rule that must report something, and no other. */
  expected: readonly string[]
}

const SAPO = 'Bài viết giới thiệu kết quả công tác của Bộ.'

function inBody(body: string): CheckInput {
  return { sapo: SAPO, body }
}

/**
 * The errors editors actually make. The first samples are the complaints that started the
 * checker, taken from the deliberately faulty draft the demo seed puts in the editorial queue.
 */
export const FAULTY_SAMPLES: readonly FaultySample[] = [
  {
    name: 'the demo draft title',
    input: { title: 'Công thông tin điện tử triển khai quảu lý hồ sơ' },
    expected: ['vocabulary'],
  },
  {
    name: 'the demo draft sapo',
    input: {
      sapo: 'Trung tâm Thông tin triển khai phân hệ quản lý hồ sơ điện tử cho các đơn vị thuộc Bộ trong thời thời gian tới.',
    },
    expected: ['repeated-word'],
  },
  {
    name: 'the demo draft body, first paragraph',
    input: inBody(
      'Sáng nay, Trung tâm Thông tin tổ chức hội nghị giới thiệu phân hệ quản lý hồ sơ điện tử. Hội nghị.Thứ trưởng Hoàng Văn Lực dự và phát biểu chỉ đạo.',
    ),
    expected: ['missing-space-after-punctuation'],
  },
  {
    name: 'the demo draft body, second paragraph',
    input: inBody(
      'Các đơn vị được hướng dẫn số hóa hồ sơ, gắn mã và tra cứu trong thời thời hạn quy định. Đoạn clilp giới thiệu phần mềm được trình chiếu tại hội nghị.',
    ),
    expected: ['repeated-word', 'invalid-syllable'],
  },
  {
    name: 'capitalised repeat',
    input: inBody('Thời thời gian qua, Bộ đã ban hành nhiều văn bản.'),
    expected: ['repeated-word'],
  },
  {
    name: 'doubled date noun',
    input: inBody('Luật có hiệu lực từ ngày ngày 01/7/2025.'),
    expected: ['repeated-word'],
  },
  {
    name: 'doubled function word',
    input: inBody('Đây là là chính sách quan trọng.'),
    expected: ['repeated-word'],
  },
  {
    name: 'comma without space',
    input: inBody('Chính sách về lao động,việc làm được sửa đổi.'),
    expected: ['missing-space-after-punctuation'],
  },
  {
    name: 'semicolon without space',
    input: inBody('Tiếp thu ý kiến;đề nghị các đơn vị hoàn thiện.'),
    expected: ['missing-space-after-punctuation'],
  },
  {
    name: 'colon without space',
    input: inBody('Lưu ý:Người lao động nộp hồ sơ trong 03 tháng.'),
    expected: ['missing-space-after-punctuation'],
  },
  {
    name: 'ministry name',
    input: inBody('Bộ Lao động - Thương bình và Xã hội công bố kết quả.'),
    expected: ['vocabulary'],
  },
  {
    name: 'ngiệp',
    input: inBody('Người lao động được hưởng bảo hiểm thất ngiệp.'),
    expected: ['vocabulary'],
  },
  { name: 'xữ lý', input: inBody('Cơ quan đã xữ lý dứt điểm hồ sơ tồn đọng.'), expected: ['vocabulary'] },
  { name: 'thủ tụt', input: inBody('Bộ cắt giảm 20 thủ tụt hành chính.'), expected: ['vocabulary'] },
  { name: 'trực truyến', input: inBody('Nộp hồ sơ qua dịch vụ công trực truyến.'), expected: ['vocabulary'] },
  {
    name: 'giám đôc',
    input: inBody('Ông Trần Văn Nam, giám đôc Trung tâm, phát biểu khai mạc.'),
    expected: ['vocabulary'],
  },
  { name: 'sát nhập', input: inBody('Các tỉnh sẽ sát nhập trước ngày 01/7.'), expected: ['vocabulary'] },
  {
    name: 'hỏi / ngã',
    input: inBody('Văn bản hướng dẩn thực hiện chế độ nghĩ hưu.'),
    expected: ['vocabulary'],
  },
  {
    name: 'doubled consonant',
    input: inBody('Đẩy mạnh tuyềnn thông về chính sách.'),
    expected: ['invalid-syllable'],
  },
  {
    name: 'tone on the gi',
    input: inBody('Nước ta đang bước vào thời kỳ gìa hóa dân số.'),
    expected: ['invalid-syllable'],
  },
  {
    name: 'typed without marks',
    input: inBody('Hỗ trợ nguoi lao động bị mất việc.'),
    expected: ['invalid-syllable'],
  },
  { name: 'sắc on a stop', input: inBody('Kết qủa được công bố công khai.'), expected: ['invalid-syllable'] },
  {
    name: 'space before a full stop',
    input: inBody('Hỗ trợ người tìm việc làm .'),
    expected: ['space-before-punctuation'],
  },
  { name: 'double space', input: inBody('Hỗ trợ người  lao động.'), expected: ['double-space'] },
  {
    name: 'open parenthesis',
    input: inBody('Hội nghị (mở rộng đã thành công tốt đẹp.'),
    expected: ['unbalanced-brackets'],
  },
  {
    name: 'open quotation',
    input: inBody('Chủ đề năm nay là “Chung tay bảo vệ trẻ em.'),
    expected: ['unbalanced-brackets'],
  },
  {
    name: 'stray closing bracket',
    input: inBody('Các địa phương] đã hoàn thành chỉ tiêu.'),
    expected: ['unbalanced-brackets'],
  },
  { name: 'decomposed marks', input: inBody('Vie\u0323\u0302t Nam tham gia Công ước.'), expected: ['nfc'] },
  {
    name: 'new tone style on an old-style site',
    input: inBody('Ủy ban nhân dân tỉnh Khánh Hoà.'),
    expected: ['tone-style'],
  },
  {
    name: 'title in capitals',
    input: { title: 'HỘI NGHỊ TỔNG KẾT CÔNG TÁC NĂM 2026' },
    expected: ['title-all-caps'],
  },
  {
    name: 'title too long',
    input: {
      title:
        'Bộ Lao động - Thương binh và Xã hội tổ chức hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027 và phát động phong trào thi đua',
    },
    expected: ['title-too-long'],
  },
  { name: 'no sapo', input: { title: 'Tin tức', body: 'Bộ tổ chức hội nghị.' }, expected: ['missing-sapo'] },
  {
    name: 'image without alt text',
    input: {
      ...inBody('Bộ tổ chức hội nghị.'),
      images: [{ alt: 'Toàn cảnh hội nghị' }, { alt: '', label: 'anh-2.jpg' }],
    },
    expected: ['image-alt'],
  },
]
