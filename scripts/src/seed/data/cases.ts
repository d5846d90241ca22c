/**
 * Templates for the demo's citizen cases (hỏi đáp, phản ánh, kiến nghị). Each template is a
 * question people really send to a labour ministry, with the blanks a sender fills differently
 * (years of contributions, a province, an age…), and the answer the handling unit gives, citing
 * documents of the demo legal register (data/legal-documents.csv). Senders, companies and
 * contacts are invented in cases.ts; nothing here names a person.
 */
import type { CaseType } from '@cong/shared/citizenCase'
import type { LegalField } from '@cong/shared/legalVocabulary'

/** Deterministic choices for one case: the same case gets the same words on every run. */
export interface Variant {
  int(min: number, max: number): number
  one<T>(items: readonly T[]): T
}

export interface CaseText {
  title: string
  /** The question itself, without who asks: what the sender wrote after introducing themselves. */
  question: string
  /** The unit's answer, paragraph by paragraph (after the greeting the seed adds). */
  answer: string[]
}

export interface CaseTemplate {
  field: LegalField
  /** `shortName` of the unit that answers it (data/units.ts). */
  unit: string
  type: CaseType
  make(v: Variant): CaseText
}

export const PROVINCES = [
  'Hà Nội',
  'TP. Hồ Chí Minh',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Nghệ An',
  'Thanh Hóa',
  'Bắc Ninh',
  'Quảng Ninh',
  'Thái Nguyên',
  'Huế',
  'Khánh Hòa',
  'Đắk Lắk',
  'Lâm Đồng',
  'Đồng Nai',
  'An Giang',
  'Cà Mau',
  'Lào Cai',
  'Gia Lai',
  'Vĩnh Long',
] as const

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Phan', 'Võ'] as const
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Kim'] as const
export const GIVEN_NAMES = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Yến'] as const
/** Invented company names for businesses' questions; "(demo)" says they are not real. */
export const COMPANIES = ['Công ty TNHH May mặc Sao Mai (demo)', 'Công ty CP Cơ khí Hồng Phát (demo)', 'Công ty TNHH Điện tử Tân Việt (demo)', 'Hợp tác xã Nông nghiệp Đồng Xanh (demo)', 'Công ty CP Xây dựng Trường An (demo)', 'Công ty TNHH Chế biến thủy sản Biển Bạc (demo)'] as const

const month = (v: Variant) => v.int(1, 12)

export const CASE_TEMPLATES: readonly CaseTemplate[] = [
  // ── Việc làm, bảo hiểm thất nghiệp ────────────────────────────────────────────────────────
  {
    field: 'viec-lam',
    unit: 'CVL',
    type: 'question',
    make: (v) => {
      const months = v.int(12, 35)
      return {
        title: `Đóng bảo hiểm thất nghiệp ${months} tháng thì được hưởng trợ cấp bao lâu?`,
        question: `Tôi đã đóng bảo hiểm thất nghiệp được ${months} tháng và vừa chấm dứt hợp đồng lao động. Xin hỏi tôi được hưởng trợ cấp thất nghiệp trong bao nhiêu tháng và mức hưởng hằng tháng được tính thế nào?`,
        answer: [
          'Theo Điều 50 Luật Việc làm số 38/2013/QH13, thời gian hưởng trợ cấp thất nghiệp được tính theo số tháng đóng bảo hiểm thất nghiệp: đóng đủ 12 tháng đến 36 tháng thì được hưởng 03 tháng trợ cấp; sau đó, cứ đóng đủ thêm 12 tháng thì được hưởng thêm 01 tháng, tối đa không quá 12 tháng.',
          `Như vậy, với ${months} tháng đóng bảo hiểm thất nghiệp, ông/bà được hưởng 03 tháng trợ cấp. Mức hưởng hằng tháng bằng 60% mức bình quân tiền lương tháng đóng bảo hiểm thất nghiệp của 06 tháng liền kề trước khi thất nghiệp, tối đa không quá 05 lần mức lương tối thiểu vùng theo Nghị định số 74/2024/NĐ-CP.`,
          'Hồ sơ đề nghị hưởng nộp tại Trung tâm dịch vụ việc làm nơi ông/bà muốn nhận trợ cấp trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng lao động (Nghị định số 28/2015/NĐ-CP, được sửa đổi bởi Nghị định số 61/2020/NĐ-CP).',
        ],
      }
    },
  },
  {
    field: 'viec-lam',
    unit: 'CVL',
    type: 'question',
    make: (v) => {
      const days = v.int(4, 9)
      return {
        title: 'Nộp hồ sơ trợ cấp thất nghiệp muộn có bị mất quyền lợi không?',
        question: `Tôi nghỉ việc đã được ${days} tuần nhưng chưa nộp hồ sơ hưởng trợ cấp thất nghiệp vì phải chờ công ty chốt sổ bảo hiểm xã hội. Nếu nộp muộn thì tôi có bị mất quyền lợi không, thời gian chờ chốt sổ có được tính không?`,
        answer: [
          'Theo khoản 1 Điều 17 Nghị định số 28/2015/NĐ-CP, trong thời hạn 03 tháng kể từ ngày chấm dứt hợp đồng lao động, người lao động chưa có việc làm và có nhu cầu hưởng trợ cấp thất nghiệp phải trực tiếp nộp hồ sơ tại Trung tâm dịch vụ việc làm.',
          'Việc doanh nghiệp chưa chốt sổ không làm gián đoạn thời hạn này: ông/bà vẫn nộp đơn đề nghị kèm quyết định thôi việc; sổ bảo hiểm xã hội có thể bổ sung sau. Trường hợp doanh nghiệp chậm chốt sổ, ông/bà có thể phản ánh với cơ quan bảo hiểm xã hội hoặc Thanh tra lao động địa phương để được xử lý theo Nghị định số 12/2022/NĐ-CP.',
          'Công văn số 3120/BLĐXH-VL của Bộ đã hướng dẫn các địa phương tiếp nhận hồ sơ trong trường hợp này.',
        ],
      }
    },
  },
  {
    field: 'viec-lam',
    unit: 'CVL',
    type: 'question',
    make: (v) => {
      const loan = v.one([50, 100, 150, 200])
      return {
        title: 'Điều kiện vay vốn hỗ trợ tạo việc làm từ Quỹ quốc gia về việc làm',
        question: `Gia đình tôi muốn mở xưởng mộc nhỏ, dự kiến cần khoảng ${loan} triệu đồng. Xin hỏi điều kiện và thủ tục vay vốn hỗ trợ tạo việc làm từ Quỹ quốc gia về việc làm như thế nào, lãi suất bao nhiêu?`,
        answer: [
          'Theo Nghị định số 61/2015/NĐ-CP, người lao động được vay vốn từ Quỹ quốc gia về việc làm khi có năng lực hành vi dân sự đầy đủ, có nhu cầu vay vốn để tự tạo việc làm hoặc thu hút thêm lao động, cư trú hợp pháp tại địa phương nơi thực hiện dự án.',
          `Mức vay tối đa đối với người lao động là 100 triệu đồng/dự án; với khoản vay ${loan > 100 ? 'trên 100 triệu đồng, ông/bà cần đăng ký hộ kinh doanh để vay theo mức dành cho cơ sở sản xuất, kinh doanh' : 'của ông/bà, không phải có tài sản bảo đảm'}. Hồ sơ nộp tại Ngân hàng Chính sách xã hội nơi cư trú, có xác nhận của Ủy ban nhân dân cấp xã.`,
        ],
      }
    },
  },
  {
    field: 'viec-lam',
    unit: 'CVL',
    type: 'feedback',
    make: (v) => ({
      title: 'Phản ánh Trung tâm dịch vụ việc làm trả kết quả chậm',
      question: `Tôi nộp hồ sơ hưởng trợ cấp thất nghiệp từ tháng ${month(v)} nhưng đã quá 20 ngày làm việc vẫn chưa có quyết định. Đề nghị Bộ kiểm tra, đôn đốc Trung tâm dịch vụ việc làm trả kết quả đúng hạn.`,
      answer: [
        'Cảm ơn ông/bà đã phản ánh. Theo Nghị định số 28/2015/NĐ-CP, trong thời hạn 20 ngày kể từ ngày nhận đủ hồ sơ, cơ quan có thẩm quyền phải ra quyết định hưởng trợ cấp thất nghiệp.',
        'Cục Việc làm đã đề nghị Sở Nội vụ địa phương kiểm tra, yêu cầu Trung tâm dịch vụ việc làm giải quyết hồ sơ của ông/bà và báo cáo kết quả. Trường hợp chậm trễ do thiếu sót của cán bộ, đơn vị sẽ bị xử lý theo quy định.',
      ],
    }),
  },
  // ── Bảo hiểm xã hội, lương hưu ─────────────────────────────────────────────────────────────
  {
    field: 'bao-hiem-xa-hoi',
    unit: 'PC',
    type: 'question',
    make: (v) => {
      const years = v.int(15, 19)
      const age = v.int(58, 61)
      return {
        title: `Đóng bảo hiểm xã hội ${years} năm có được hưởng lương hưu không?`,
        question: `Tôi năm nay ${age} tuổi, đã đóng bảo hiểm xã hội bắt buộc được ${years} năm thì nghỉ việc. Theo Luật Bảo hiểm xã hội mới, tôi có đủ điều kiện hưởng lương hưu không hay phải đóng tiếp?`,
        answer: [
          'Luật Bảo hiểm xã hội số 41/2024/QH15, có hiệu lực từ ngày 01/7/2025, đã giảm số năm đóng bảo hiểm xã hội tối thiểu để hưởng lương hưu từ 20 năm xuống 15 năm (Điều 64).',
          `Như vậy, với ${years} năm đóng và khi đủ tuổi nghỉ hưu theo Điều 169 Bộ luật Lao động số 45/2019/QH14, ông/bà đủ điều kiện hưởng lương hưu hằng tháng. Mức lương hưu khởi điểm được tính theo tỷ lệ phần trăm của mức bình quân tiền lương đóng bảo hiểm xã hội, tùy số năm đóng.`,
          'Ông/bà có thể đóng bảo hiểm xã hội tự nguyện cho đủ 20 năm để được mức hưởng cao hơn.',
        ],
      }
    },
  },
  {
    field: 'bao-hiem-xa-hoi',
    unit: 'PC',
    type: 'question',
    make: (v) => {
      const years = v.int(3, 9)
      return {
        title: 'Điều kiện rút bảo hiểm xã hội một lần theo luật mới',
        question: `Tôi đã đóng bảo hiểm xã hội ${years} năm, nay nghỉ việc để về quê làm nông. Xin hỏi từ ngày 01/7/2025 tôi còn được rút bảo hiểm xã hội một lần không?`,
        answer: [
          'Theo Điều 70 Luật Bảo hiểm xã hội số 41/2024/QH15, người tham gia bảo hiểm xã hội từ ngày 01/7/2025 chỉ được hưởng bảo hiểm xã hội một lần trong các trường hợp: đủ tuổi nghỉ hưu mà chưa đủ 15 năm đóng và không tiếp tục tham gia; ra nước ngoài định cư; mắc bệnh hiểm nghèo; hoặc người đang bị một số bệnh theo quy định.',
          'Người đã tham gia bảo hiểm xã hội trước ngày 01/7/2025 thì sau 12 tháng không thuộc diện tham gia bảo hiểm xã hội bắt buộc, không tham gia tự nguyện và có thời gian đóng chưa đủ 20 năm vẫn được hưởng một lần nếu có yêu cầu.',
          'Chúng tôi khuyến nghị ông/bà cân nhắc bảo lưu thời gian đóng để hưởng lương hưu sau này.',
        ],
      }
    },
  },
  {
    field: 'bao-hiem-xa-hoi',
    unit: 'PC',
    type: 'petition',
    make: (v) => ({
      title: 'Kiến nghị xử lý doanh nghiệp nợ đóng bảo hiểm xã hội',
      question: `Công ty nơi tôi làm việc đã trích tiền bảo hiểm xã hội từ lương của người lao động nhưng nợ đóng ${v.int(6, 18)} tháng, khiến chúng tôi không được thanh toán chế độ ốm đau, thai sản. Kiến nghị cơ quan chức năng xử lý.`,
      answer: [
        'Hành vi chậm đóng, trốn đóng bảo hiểm xã hội bị xử phạt theo Nghị định số 12/2022/NĐ-CP; Luật Bảo hiểm xã hội số 41/2024/QH15 bổ sung các biện pháp xử lý như không xem xét trao tặng danh hiệu thi đua, đình chỉ sử dụng hóa đơn và tạm hoãn xuất cảnh đối với người đại diện theo pháp luật.',
        'Vụ Pháp chế đã chuyển nội dung kiến nghị tới Thanh tra Bộ và cơ quan bảo hiểm xã hội địa phương để kiểm tra. Quyền lợi của người lao động trong thời gian doanh nghiệp nợ đóng được giải quyết khi doanh nghiệp đóng đủ.',
      ],
    }),
  },
  // ── Lao động – Tiền lương ──────────────────────────────────────────────────────────────────
  {
    field: 'lao-dong-tien-luong',
    unit: 'PC',
    type: 'question',
    make: (v) => {
      const days = v.one([30, 45])
      return {
        title: 'Đơn phương chấm dứt hợp đồng lao động phải báo trước bao nhiêu ngày?',
        question: `Tôi làm việc theo hợp đồng lao động xác định thời hạn 24 tháng, nay muốn nghỉ việc. Công ty yêu cầu tôi báo trước ${days} ngày, nếu không sẽ không trả lương tháng cuối. Yêu cầu này có đúng không?`,
        answer: [
          'Theo Điều 35 Bộ luật Lao động số 45/2019/QH14, người lao động làm việc theo hợp đồng xác định thời hạn từ 12 tháng đến 36 tháng có quyền đơn phương chấm dứt hợp đồng nhưng phải báo trước cho người sử dụng lao động ít nhất 30 ngày.',
          'Dù người lao động vi phạm thời hạn báo trước, người sử dụng lao động vẫn phải thanh toán đầy đủ tiền lương những ngày đã làm việc trong thời hạn 14 ngày làm việc kể từ ngày chấm dứt hợp đồng (Điều 48). Việc giữ lương là trái quy định và bị xử phạt theo Nghị định số 12/2022/NĐ-CP.',
        ],
      }
    },
  },
  {
    field: 'lao-dong-tien-luong',
    unit: 'PC',
    type: 'question',
    make: (v) => {
      const region = v.one(['I', 'II', 'III', 'IV'])
      return {
        title: `Mức lương tối thiểu vùng ${region} năm 2026 là bao nhiêu?`,
        question: `Doanh nghiệp chúng tôi hoạt động tại địa bàn thuộc vùng ${region}. Xin hỏi mức lương tối thiểu tháng và giờ áp dụng từ ngày 01/01/2026 là bao nhiêu, và lương đóng bảo hiểm xã hội có phải điều chỉnh theo không?`,
        answer: [
          `Nghị định số 293/2025/NĐ-CP quy định mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động, áp dụng từ ngày 01/01/2026, thay thế Nghị định số 74/2024/NĐ-CP. Mức lương tối thiểu tháng và giờ của vùng ${region} được quy định tại Điều 3 của Nghị định.`,
          'Tiền lương tháng đóng bảo hiểm xã hội bắt buộc không được thấp hơn mức lương tối thiểu vùng tại thời điểm đóng; doanh nghiệp cần rà soát, điều chỉnh thang lương, bảng lương và mức đóng từ tháng 01/2026.',
        ],
      }
    },
  },
  {
    field: 'lao-dong-tien-luong',
    unit: 'PC',
    type: 'question',
    make: (v) => ({
      title: 'Làm thêm giờ vào ngày nghỉ lễ được trả lương như thế nào?',
      question: `Công ty yêu cầu tôi làm thêm ${v.int(2, 3)} ngày trong dịp nghỉ Tết Nguyên đán. Xin hỏi tiền lương làm thêm giờ vào ngày nghỉ lễ, Tết được tính bao nhiêu phần trăm?`,
      answer: [
        'Theo Điều 98 Bộ luật Lao động số 45/2019/QH14, người lao động làm thêm giờ vào ngày nghỉ lễ, Tết, ngày nghỉ có hưởng lương được trả ít nhất bằng 300% tiền lương, chưa kể tiền lương ngày lễ, Tết đối với người hưởng lương ngày.',
        'Thời giờ làm thêm phải được người lao động đồng ý và không vượt quá giới hạn tại Điều 107 của Bộ luật và Nghị định số 145/2020/NĐ-CP.',
      ],
    }),
  },
  {
    field: 'lao-dong-tien-luong',
    unit: 'PC',
    type: 'feedback',
    make: (v) => ({
      title: 'Phản ánh doanh nghiệp không ký hợp đồng lao động bằng văn bản',
      question: `Tôi làm việc tại xưởng sản xuất đã ${v.int(4, 14)} tháng nhưng chủ cơ sở chỉ thỏa thuận miệng, không ký hợp đồng lao động và không đóng bảo hiểm xã hội. Đề nghị cơ quan chức năng kiểm tra.`,
      answer: [
        'Theo Điều 14 Bộ luật Lao động số 45/2019/QH14, hợp đồng lao động có thời hạn từ 01 tháng trở lên phải được giao kết bằng văn bản. Không giao kết hợp đồng bằng văn bản bị xử phạt theo Nghị định số 12/2022/NĐ-CP.',
        'Nội dung phản ánh đã được chuyển tới Thanh tra Sở Nội vụ nơi cơ sở đặt trụ sở để kiểm tra, xử lý; kết quả sẽ được thông báo tới ông/bà.',
      ],
    }),
  },
  // ── Người có công ─────────────────────────────────────────────────────────────────────────
  {
    field: 'nguoi-co-cong',
    unit: 'CBTXH',
    type: 'question',
    make: (v) => ({
      title: 'Thủ tục hưởng trợ cấp thờ cúng liệt sĩ khi người thờ cúng mất',
      question: `Bác tôi là người thờ cúng liệt sĩ, đã mất vào tháng ${month(v)}. Gia đình thống nhất để tôi tiếp tục thờ cúng. Xin hỏi thủ tục để nhận trợ cấp thờ cúng liệt sĩ như thế nào?`,
      answer: [
        'Theo Nghị định số 131/2021/NĐ-CP, khi người thờ cúng liệt sĩ chết, gia đình lập biên bản ủy quyền người thờ cúng mới, có xác nhận của Ủy ban nhân dân cấp xã, gửi Sở Nội vụ nơi quản lý hồ sơ liệt sĩ.',
        'Mức trợ cấp thờ cúng liệt sĩ hằng năm được quy định tại Nghị định số 75/2021/NĐ-CP và các văn bản sửa đổi. Ông/bà liên hệ Ủy ban nhân dân cấp xã nơi cư trú để được hướng dẫn lập hồ sơ.',
      ],
    }),
  },
  {
    field: 'nguoi-co-cong',
    unit: 'CBTXH',
    type: 'question',
    make: (v) => {
      const rate = v.int(21, 60)
      return {
        title: `Thương binh tỷ lệ ${rate}% có được hưởng bảo hiểm y tế miễn phí không?`,
        question: `Bố tôi là thương binh, tỷ lệ tổn thương cơ thể ${rate}%. Xin hỏi bố tôi có được cấp thẻ bảo hiểm y tế miễn phí và con của thương binh có được ưu đãi trong giáo dục không?`,
        answer: [
          'Theo Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14, thương binh được Nhà nước mua bảo hiểm y tế; con của thương binh được ưu đãi trong giáo dục, đào tạo theo quy định.',
          'Chế độ cụ thể được hướng dẫn tại Nghị định số 131/2021/NĐ-CP và Nghị định số 75/2021/NĐ-CP. Ông/bà liên hệ Ủy ban nhân dân cấp xã để được lập danh sách cấp thẻ bảo hiểm y tế.',
        ],
      }
    },
  },
  // ── Giáo dục nghề nghiệp ─────────────────────────────────────────────────────────────────
  {
    field: 'giao-duc-nghe-nghiep',
    unit: 'PC',
    type: 'question',
    make: (v) => ({
      title: 'Người đang hưởng trợ cấp thất nghiệp có được hỗ trợ học nghề không?',
      question: `Tôi đang hưởng trợ cấp thất nghiệp và muốn học nghề điện công nghiệp khoảng ${v.int(3, 6)} tháng. Xin hỏi tôi được hỗ trợ học phí tối đa bao nhiêu?`,
      answer: [
        'Theo Luật Việc làm số 38/2013/QH13 và Thông tư số 28/2015/TT-BLĐTBXH (sửa đổi bởi Thông tư số 15/2023/TT-BLĐTBXH), người đang hưởng trợ cấp thất nghiệp có nhu cầu học nghề được hỗ trợ chi phí đào tạo theo thời gian học thực tế, tối đa không quá 06 tháng.',
        'Ông/bà nộp đề nghị hỗ trợ học nghề tại Trung tâm dịch vụ việc làm nơi đang hưởng trợ cấp; cơ sở giáo dục nghề nghiệp do ông/bà lựa chọn phải đủ điều kiện theo Luật Giáo dục nghề nghiệp số 74/2014/QH13.',
      ],
    }),
  },
  {
    field: 'giao-duc-nghe-nghiep',
    unit: 'PC',
    type: 'question',
    make: () => ({
      title: 'Bằng trung cấp nghề có được liên thông lên cao đẳng không?',
      question: 'Tôi đã tốt nghiệp trung cấp nghề kỹ thuật chế biến món ăn. Xin hỏi tôi có được học liên thông lên trình độ cao đẳng không và thời gian học rút ngắn được bao lâu?',
      answer: [
        'Luật Giáo dục nghề nghiệp số 74/2014/QH13 cho phép người có bằng tốt nghiệp trung cấp học liên thông lên trình độ cao đẳng cùng ngành, nghề; nội dung đã học được công nhận và miễn trừ khi học liên thông.',
        'Thời gian đào tạo liên thông do cơ sở giáo dục nghề nghiệp quyết định trên cơ sở chương trình đào tạo, thường từ 1 đến 1,5 năm.',
      ],
    }),
  },
  // ── An toàn, vệ sinh lao động ───────────────────────────────────────────────────────────
  {
    field: 'an-toan-lao-dong',
    unit: 'CATLĐ',
    type: 'question',
    make: (v) => ({
      title: 'Chế độ với người lao động bị tai nạn trên đường đi làm',
      question: `Tôi bị tai nạn giao thông trên đường từ nhà đến công ty, phải nghỉ điều trị ${v.int(10, 40)} ngày. Xin hỏi trường hợp này có được coi là tai nạn lao động và được hưởng chế độ gì?`,
      answer: [
        'Theo Điều 45 Luật An toàn, vệ sinh lao động số 84/2015/QH13, tai nạn xảy ra trên tuyến đường đi từ nơi ở đến nơi làm việc trong khoảng thời gian và tuyến đường hợp lý được coi là tai nạn lao động.',
        'Người sử dụng lao động phải thanh toán chi phí y tế, trả đủ tiền lương trong thời gian điều trị; khi suy giảm khả năng lao động từ 5% trở lên, ông/bà được hưởng trợ cấp từ Quỹ bảo hiểm tai nạn lao động theo Nghị định số 39/2016/NĐ-CP.',
      ],
    }),
  },
  {
    field: 'an-toan-lao-dong',
    unit: 'CATLĐ',
    type: 'question',
    make: (v) => ({
      title: 'Máy nén khí có phải kiểm định an toàn không?',
      question: `Doanh nghiệp chúng tôi sử dụng ${v.int(2, 8)} máy nén khí có áp suất làm việc trên 0,7 bar. Xin hỏi các máy này có thuộc danh mục phải kiểm định kỹ thuật an toàn lao động không?`,
      answer: [
        'Bình chịu áp lực có áp suất làm việc định mức cao hơn 0,7 bar thuộc Danh mục các loại máy, thiết bị có yêu cầu nghiêm ngặt về an toàn, vệ sinh lao động ban hành kèm Thông tư số 12/2026/TT-BLĐXH (thay thế Thông tư số 36/2019/TT-BLĐTBXH).',
        'Doanh nghiệp phải kiểm định trước khi đưa vào sử dụng và kiểm định định kỳ; khai báo với Sở Nội vụ trong thời hạn 30 ngày kể từ khi đưa vào sử dụng.',
      ],
    }),
  },
  {
    field: 'an-toan-lao-dong',
    unit: 'CATLĐ',
    type: 'feedback',
    make: (v) => ({
      title: 'Phản ánh công trình xây dựng không trang bị dây an toàn',
      question: `Tại công trình xây dựng nhà ${v.int(9, 25)} tầng gần khu dân cư, công nhân làm việc trên giàn giáo không đeo dây an toàn, không có lưới chắn vật rơi. Đề nghị cơ quan chức năng kiểm tra để phòng tai nạn.`,
      answer: [
        'Cảm ơn ông/bà đã phản ánh. Theo Luật An toàn, vệ sinh lao động số 84/2015/QH13, người sử dụng lao động phải trang bị phương tiện bảo vệ cá nhân và bảo đảm nơi làm việc an toàn khi làm việc trên cao.',
        'Cục An toàn lao động đã đề nghị Sở Nội vụ địa phương phối hợp với Sở Xây dựng kiểm tra công trình; hành vi vi phạm sẽ bị xử phạt theo Nghị định số 12/2022/NĐ-CP. Tháng hành động về an toàn, vệ sinh lao động năm 2026 (Kế hoạch số 245/KH-BLĐXH) cũng lấy xây dựng là lĩnh vực kiểm tra trọng tâm.',
      ],
    }),
  },
  // ── Bảo trợ xã hội, giảm nghèo ──────────────────────────────────────────────────────────
  {
    field: 'bao-tro-xa-hoi',
    unit: 'CBTXH',
    type: 'question',
    make: (v) => {
      const age = v.int(75, 79)
      return {
        title: `Người ${age} tuổi không có lương hưu có được trợ cấp xã hội không?`,
        question: `Mẹ tôi năm nay ${age} tuổi, không có lương hưu hay trợ cấp bảo hiểm xã hội hằng tháng. Xin hỏi mẹ tôi có được hưởng trợ cấp xã hội hằng tháng không, thủ tục thế nào?`,
        answer: [
          'Theo Nghị định số 20/2021/NĐ-CP và Luật Bảo hiểm xã hội số 41/2024/QH15, từ ngày 01/7/2025 người từ đủ 75 tuổi trở lên không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng được hưởng trợ cấp hưu trí xã hội (từ đủ 70 tuổi đối với người thuộc hộ nghèo, cận nghèo).',
          'Hồ sơ gồm tờ khai theo mẫu, nộp tại Ủy ban nhân dân cấp xã nơi cư trú; trợ cấp được chi trả từ tháng Chủ tịch Ủy ban nhân dân cấp có thẩm quyền ký quyết định.',
        ],
      }
    },
  },
  {
    field: 'bao-tro-xa-hoi',
    unit: 'CBTXH',
    type: 'question',
    make: () => ({
      title: 'Hỗ trợ khẩn cấp cho hộ gia đình có nhà bị sập do bão',
      question: 'Nhà của gia đình tôi bị sập hoàn toàn do bão vừa qua. Xin hỏi gia đình tôi được hỗ trợ làm nhà ở bao nhiêu và cần làm thủ tục gì?',
      answer: [
        'Theo Nghị định số 20/2021/NĐ-CP và Thông tư số 05/2026/TT-BLĐXH, hộ gia đình có nhà ở bị đổ, sập, trôi, cháy hoàn toàn do thiên tai mà không còn nơi ở được xem xét hỗ trợ chi phí làm nhà ở với mức tối thiểu 40 triệu đồng/hộ.',
        'Gia đình làm tờ khai đề nghị hỗ trợ gửi Ủy ban nhân dân cấp xã; Bộ đã có Công văn số 4015/BLĐXH-BTXH đề nghị các địa phương khẩn trương rà soát, hỗ trợ người dân bị ảnh hưởng.',
      ],
    }),
  },
  {
    field: 'bao-tro-xa-hoi',
    unit: 'CBTXH',
    type: 'petition',
    make: (v) => ({
      title: 'Kiến nghị nâng mức chuẩn trợ giúp xã hội',
      question: `Cử tri ${v.one(['nhiều địa phương', 'vùng miền núi', 'các xã bãi ngang ven biển'])} kiến nghị nâng mức chuẩn trợ giúp xã hội cho phù hợp với mức sống hiện nay, vì mức trợ cấp hằng tháng cho người khuyết tật nặng và người cao tuổi cô đơn còn thấp.`,
      answer: [
        'Mức chuẩn trợ giúp xã hội được quy định tại Nghị định số 20/2021/NĐ-CP. Bộ đã tổng kết việc thực hiện và đang xây dựng dự thảo Nghị định thay thế, trong đó đề xuất nâng mức chuẩn trợ giúp xã hội và mở rộng đối tượng hưởng.',
        'Dự thảo sẽ được đăng tải lấy ý kiến nhân dân trên Cổng thông tin điện tử của Bộ theo quy định.',
      ],
    }),
  },
  {
    field: 'giam-ngheo',
    unit: 'CBTXH',
    type: 'question',
    make: (v) => ({
      title: 'Tiêu chí xác định hộ cận nghèo giai đoạn hiện nay',
      question: `Gia đình tôi có ${v.int(4, 7)} người, thu nhập chủ yếu từ làm nông. Xin hỏi tiêu chí xác định hộ cận nghèo hiện nay thế nào và hộ cận nghèo được hưởng những chính sách gì?`,
      answer: [
        'Chuẩn nghèo đa chiều do Chính phủ quy định cho từng giai đoạn, gồm tiêu chí thu nhập và mức độ thiếu hụt các dịch vụ xã hội cơ bản (việc làm, y tế, giáo dục, nhà ở, nước sinh hoạt và vệ sinh, thông tin).',
        'Hộ cận nghèo được hỗ trợ đóng bảo hiểm y tế, vay vốn ưu đãi, hỗ trợ học nghề và tạo việc làm; việc rà soát hộ nghèo, cận nghèo do Ủy ban nhân dân cấp xã tổ chức hằng năm.',
      ],
    }),
  },
  // ── Trẻ em, bình đẳng giới ──────────────────────────────────────────────────────────────
  {
    field: 'tre-em',
    unit: 'CTE',
    type: 'question',
    make: (v) => ({
      title: 'Trẻ em có hoàn cảnh đặc biệt được hưởng chính sách gì?',
      question: `Cháu tôi ${v.int(5, 14)} tuổi, bố mẹ đều đã mất, hiện ở với ông bà đã già yếu. Xin hỏi cháu có được trợ cấp và hỗ trợ học tập không?`,
      answer: [
        'Theo Luật Trẻ em số 102/2016/QH13 và Nghị định số 56/2017/NĐ-CP, trẻ em mồ côi cả cha và mẹ là trẻ em có hoàn cảnh đặc biệt, được hưởng các biện pháp bảo vệ và chăm sóc thay thế.',
        'Theo Nghị định số 20/2021/NĐ-CP, cháu được hưởng trợ cấp xã hội hằng tháng, được cấp thẻ bảo hiểm y tế và miễn, giảm học phí; người nhận chăm sóc cháu cũng được hỗ trợ kinh phí chăm sóc hằng tháng.',
      ],
    }),
  },
  {
    field: 'tre-em',
    unit: 'CTE',
    type: 'feedback',
    make: () => ({
      title: 'Phản ánh trẻ em phải bán hàng rong đến khuya',
      question: 'Tại khu phố đi bộ, nhiều trẻ em nhỏ tuổi phải bán hàng rong đến khuya, có dấu hiệu bị người lớn quản lý, thu tiền. Đề nghị cơ quan chức năng vào cuộc bảo vệ các em.',
      answer: [
        'Cảm ơn ông/bà đã phản ánh. Cục Trẻ em đã đề nghị Sở Nội vụ và công an địa phương xác minh, áp dụng biện pháp can thiệp theo Luật Trẻ em số 102/2016/QH13; trường hợp có dấu hiệu bóc lột sức lao động trẻ em sẽ được xử lý nghiêm.',
        'Người dân có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí) khi phát hiện trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại.',
      ],
    }),
  },
  {
    field: 'binh-dang-gioi',
    unit: 'CTE',
    type: 'question',
    make: () => ({
      title: 'Doanh nghiệp từ chối tuyển lao động nữ vì lý do sinh con có vi phạm không?',
      question: 'Khi phỏng vấn, công ty hỏi tôi có dự định sinh con trong hai năm tới không và sau đó từ chối tuyển dụng. Xin hỏi việc này có vi phạm quy định về bình đẳng giới không?',
      answer: [
        'Luật Bình đẳng giới số 73/2006/QH11 và Bộ luật Lao động số 45/2019/QH14 nghiêm cấm phân biệt đối xử vì lý do giới tính, tình trạng hôn nhân, mang thai, nuôi con nhỏ trong tuyển dụng.',
        'Hành vi này bị xử phạt theo Nghị định số 12/2022/NĐ-CP. Bà có thể gửi đơn tới Thanh tra Sở Nội vụ nơi doanh nghiệp đặt trụ sở, kèm các thông tin về buổi phỏng vấn.',
      ],
    }),
  },
  {
    field: 'phong-chong-te-nan-xa-hoi',
    unit: 'TTr',
    type: 'feedback',
    make: (v) => ({
      title: 'Phản ánh cơ sở karaoke có dấu hiệu hoạt động mại dâm',
      question: `Một cơ sở karaoke trên đường ${v.one(['Trần Phú', 'Lê Lợi', 'Nguyễn Huệ', 'Hai Bà Trưng'])} hoạt động thâu đêm, có nhiều dấu hiệu tổ chức hoạt động mại dâm. Đề nghị cơ quan chức năng kiểm tra, xử lý.`,
      answer: [
        'Thanh tra Bộ đã chuyển thông tin tới Sở Nội vụ và công an địa phương để phối hợp kiểm tra theo chức năng phòng, chống tệ nạn xã hội. Kết quả xử lý sẽ được thông báo tới người phản ánh.',
        'Thông tin về người phản ánh được giữ bí mật theo quy định.',
      ],
    }),
  },
  // ── Người lao động đi làm việc ở nước ngoài ──────────────────────────────────────────────
  {
    field: 'lao-dong-ngoai-nuoc',
    unit: 'CVL',
    type: 'question',
    make: (v) => {
      const country = v.one(['Nhật Bản', 'Hàn Quốc', 'Đài Loan (Trung Quốc)', 'Đức'])
      return {
        title: `Tiền dịch vụ đi làm việc tại ${country} tối đa là bao nhiêu?`,
        question: `Tôi định đi làm việc tại ${country} theo hợp đồng. Công ty dịch vụ thu của tôi tiền dịch vụ và nhiều khoản phí khác. Xin hỏi mức tiền dịch vụ tối đa theo quy định và khoản nào công ty không được thu?`,
        answer: [
          'Theo Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 69/2020/QH14 và Nghị định số 112/2021/NĐ-CP, tiền dịch vụ không vượt quá 01 tháng tiền lương theo hợp đồng cho mỗi 12 tháng làm việc; riêng một số thị trường có mức trần riêng do Bộ quy định.',
          'Doanh nghiệp không được thu tiền môi giới của người lao động. Ông/bà nên kiểm tra giấy phép của doanh nghiệp trên Cổng thông tin của Cục Việc làm trước khi ký hợp đồng.',
        ],
      }
    },
  },
  {
    field: 'lao-dong-ngoai-nuoc',
    unit: 'CVL',
    type: 'petition',
    make: () => ({
      title: 'Kiến nghị đòi lại tiền đặt cọc của doanh nghiệp đưa lao động đi nước ngoài',
      question: 'Tôi đã nộp tiền đặt cọc cho doanh nghiệp đưa người lao động đi làm việc ở nước ngoài nhưng sau hơn một năm vẫn chưa được xuất cảnh, doanh nghiệp không hoàn trả tiền. Kiến nghị Bộ can thiệp.',
      answer: [
        'Theo Luật số 69/2020/QH14, doanh nghiệp phải hoàn trả tiền ký quỹ (nếu có) và các khoản đã thu khi người lao động không xuất cảnh được vì lý do không thuộc lỗi của người lao động.',
        'Cục Việc làm đã có văn bản yêu cầu doanh nghiệp báo cáo, giải quyết dứt điểm quyền lợi của ông/bà; nếu doanh nghiệp không thực hiện, Cục sẽ đề nghị thanh tra và xử lý theo Nghị định số 12/2022/NĐ-CP.',
      ],
    }),
  },
  // ── Tổ chức bộ máy, lĩnh vực khác ────────────────────────────────────────────────────────
  {
    field: 'to-chuc-bo-may',
    unit: 'TCCB',
    type: 'question',
    make: () => ({
      title: 'Sau khi hợp nhất, thủ tục về người có công do cơ quan nào giải quyết?',
      question: 'Sau khi sắp xếp bộ máy, tôi không biết hồ sơ người có công của gia đình hiện do cơ quan nào ở tỉnh quản lý và giải quyết. Xin hỏi tôi phải liên hệ đâu?',
      answer: [
        'Theo Nghị định số 41/2025/NĐ-CP quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ, nhiệm vụ quản lý nhà nước về người có công ở địa phương do Sở Nội vụ thực hiện.',
        'Ông/bà liên hệ bộ phận một cửa của Sở Nội vụ hoặc Ủy ban nhân dân cấp xã nơi cư trú; hồ sơ đang lưu trữ được chuyển giao nguyên trạng, quyền lợi không bị gián đoạn.',
      ],
    }),
  },
  {
    field: 'khac',
    unit: 'VP',
    type: 'question',
    make: () => ({
      title: 'Cách tra cứu văn bản pháp luật của Bộ trên Cổng thông tin',
      question: 'Tôi muốn tìm các văn bản hướng dẫn về bảo hiểm thất nghiệp còn hiệu lực. Xin hỏi Cổng thông tin của Bộ có chức năng lọc văn bản theo lĩnh vực và tình trạng hiệu lực không?',
      answer: [
        'Mục Văn bản pháp luật trên Cổng thông tin điện tử của Bộ cho phép tìm kiếm theo số ký hiệu, trích yếu, loại văn bản, cơ quan ban hành, lĩnh vực và tình trạng hiệu lực; mỗi văn bản có liên kết tới văn bản sửa đổi, thay thế hoặc hướng dẫn.',
        'Ví dụ, Công văn số 3120/BLĐXH-VL hướng dẫn thực hiện chính sách bảo hiểm thất nghiệp theo Luật Việc làm số 74/2025/QH15 hiện còn hiệu lực.',
      ],
    }),
  },
  {
    field: 'khac',
    unit: 'VP',
    type: 'feedback',
    make: () => ({
      title: 'Góp ý giao diện Cổng thông tin trên điện thoại',
      question: 'Tôi thường xem Cổng thông tin của Bộ trên điện thoại. Một số bảng văn bản hiển thị bị tràn màn hình, khó đọc. Đề nghị cải thiện giao diện cho thiết bị di động.',
      answer: [
        'Cảm ơn ông/bà đã góp ý. Văn phòng Bộ đã chuyển nội dung tới Trung tâm Thông tin để điều chỉnh cách hiển thị bảng trên màn hình nhỏ trong đợt cập nhật tới.',
      ],
    }),
  },
]

/** What the sender did, as the answer's opening says it. */
export const SENT_VERB: Record<CaseType, string> = { question: 'hỏi', feedback: 'phản ánh', petition: 'kiến nghị' }

/** How an answer opens and closes (the seed names the unit that answers). */
export const answerOpening = (unitName: string, type: CaseType) =>
  `Về nội dung ông/bà ${SENT_VERB[type]}, ${unitName} có ý kiến như sau:`
export const ANSWER_CLOSING =
  'Đề nghị ông/bà liên hệ cơ quan chức năng tại địa phương để được hướng dẫn cụ thể. Trân trọng cảm ơn ông/bà đã quan tâm.'

/** Internal notes staff leave on a case (never shown to the sender). */
export const NOTE_TEXTS = [
  'Đã gọi điện cho người gửi để xác minh thông tin, người gửi xác nhận nội dung.',
  'Cần phối hợp với cơ quan bảo hiểm xã hội địa phương trước khi trả lời.',
  'Nội dung tương tự câu hỏi đã trả lời tháng trước, có thể dùng lại căn cứ pháp lý.',
  'Đề nghị Vụ Pháp chế cho ý kiến về căn cứ áp dụng trước khi trình duyệt.',
] as const

/** What senders write in cases that end up rejected for a reason other than duplication. */
export const REJECTED_TEXTS = {
  notCompetent: {
    title: 'Đề nghị giải quyết tranh chấp đất đai với hộ liền kề',
    question: 'Gia đình tôi có tranh chấp ranh giới đất với hộ liền kề đã nhiều năm chưa được giải quyết. Đề nghị Bộ xem xét, giải quyết dứt điểm.',
  },
  spam: {
    title: 'Quảng cáo dịch vụ làm hồ sơ nhanh giá rẻ',
    question: 'Nhận làm hồ sơ hưởng trợ cấp nhanh, cam kết có kết quả, liên hệ ngay để được giá tốt nhất!!! Xem thêm tại trang web của chúng tôi.',
  },
  missingInformation: {
    title: 'Hỏi về chế độ của tôi',
    question: 'Tôi muốn hỏi về chế độ của tôi thì được hưởng thế nào, đề nghị trả lời sớm cho tôi biết.',
  },
} as const
