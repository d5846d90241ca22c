import { placeTone } from './tone'

/**
 * Two-syllable words of administrative Vietnamese, grouped by a syllable that ends some of them
 * and begins others. Written Vietnamese separates syllables, not words, so a syllable can appear
 * twice in a row across a word boundary in correct text: "hành vi | vi phạm", "nhà giáo | giáo
 * dục", "hội nghị | nghị quyết". Lower case, tone marks placed the traditional way (ủy).
 */
const GROUPS = `
  hành vi, phạm vi | vi phạm, vi mô
  nhà giáo, tôn giáo | giáo dục, giáo viên, giáo trình, giáo án
  hội nghị, kiến nghị, đề nghị | nghị định, nghị quyết, nghị sĩ
  học sinh, an sinh, phát sinh, tuyển sinh | sinh viên, sinh hoạt, sinh kế, sinh sống, sinh con
  xã hội, quốc hội, đại hội, hiệp hội, cơ hội | hội nghị, hội đồng, hội nhập, hội viên, hội thảo, hội thi
  lao động, hoạt động, chủ động, tác động, vận động | động lực, động viên, động cơ
  sinh viên, giáo viên, nhân viên, đoàn viên, đảng viên, thành viên, học viên, hội viên | viên chức
  công nhân, cá nhân, bệnh nhân, nguyên nhân, thân nhân, tư nhân, pháp nhân | nhân dân, nhân viên, nhân lực, nhân sự, nhân đạo, nhân loại
  tài chính, hành chính | chính sách, chính phủ, chính quyền, chính trị, chính thức
  cơ quan, liên quan, khách quan | quan tâm, quan trọng, quan hệ, quan điểm
  nhân dân, công dân, người dân | dân tộc, dân số, dân cư, dân sự, dân chủ
  doanh nghiệp, nông nghiệp, công nghiệp, thất nghiệp, nghề nghiệp, sự nghiệp | nghiệp vụ, nghiệp đoàn
  nhân lực, năng lực, nguồn lực, nỗ lực, động lực | lực lượng
  đại học, khoa học, tiểu học, tin học, bài học | học sinh, học viên, học tập, học nghề, học phí, học bổng
  đầu tư | tư vấn, tư pháp, tư nhân, tư cách
  nhân sự, dân sự, hình sự | sự nghiệp, sự kiện, sự việc
  thực hiện, phát hiện, thể hiện | hiện nay, hiện đại, hiện hành, hiện trạng
  biện pháp, tư pháp, hợp pháp, giải pháp, phương pháp | pháp luật, pháp lý, pháp chế, pháp nhân
  pháp luật, kỷ luật | luật sư
  tổ chức, công chức, viên chức | chức năng, chức vụ, chức danh
  nhiệm vụ, nghĩa vụ, dịch vụ, phục vụ, nghiệp vụ | vụ việc, vụ án
  cán bộ, toàn bộ, nội bộ | bộ phận, bộ máy
  quản lý, xử lý, pháp lý, hợp lý, tâm lý | lý do, lý luận
  cơ sở, trụ sở | sở hữu
  thị trường, môi trường, hiện trường | trường học, trường hợp
  thiết kế, sinh kế | kế hoạch, kế toán, kế thừa
  kế hoạch, thu hoạch | hoạch định
  quy định, nghị định, quyết định, xác định, ổn định, khẳng định, hoạch định | định kỳ, định hướng, định mức
  giải quyết, nghị quyết | quyết định, quyết tâm, quyết liệt
  kinh tế, quốc tế, y tế, thực tế | tế bào
  công tác, hợp tác | tác động, tác giả
  chỉ tiêu, mục tiêu | tiêu chí, tiêu chuẩn, tiêu dùng
  tiêu chuẩn | chuẩn bị, chuẩn mực
  ngành nghề, học nghề | nghề nghiệp
  công việc, làm việc, vụ việc, sự việc | việc làm
  việc làm | làm việc, làm rõ, làm tốt, làm chủ, làm giàu, làm thêm
  tình hình, loại hình, mô hình | hình thức, hình sự, hình ảnh
  đồng thời, kịp thời, tạm thời | thời gian, thời hạn, thời điểm, thời kỳ
  thời hạn, kỳ hạn, quyền hạn | hạn chế, hạn mức
  chính quyền, thẩm quyền, ủy quyền | quyền lợi, quyền hạn
  ủy ban, trưởng ban | ban hành
  đơn vị, học vị | vị trí, vị thế
  sinh hoạt | hoạt động
  tài sản, cộng sản | sản xuất, sản phẩm, sản lượng
  chuyển đổi, thay đổi, trao đổi | đổi mới
  cải cách | cách thức, cách mạng
  quyền lợi, thuận lợi, phúc lợi | lợi ích
  sử dụng, áp dụng, tuyển dụng, ứng dụng | dụng cụ
  dụng cụ | cụ thể
  cụ thể, tập thể | thể thao, thể chế, thể hiện
  hạn chế, cơ chế, thể chế, pháp chế | chế độ, chế tài
  chế độ, trình độ, mức độ | độ tuổi
  chương trình, quy trình | trình độ, trình bày
  cung cấp, trợ cấp | cấp bách, cấp phép
  hỗ trợ, cứu trợ, viện trợ | trợ cấp, trợ giúp
  nghiên cứu | cứu trợ, cứu hộ
  trợ giúp | giúp đỡ
  quốc gia, tham gia, chuyên gia | gia đình, gia tăng, gia hạn
  hội đồng, cộng đồng, hợp đồng | đồng thời, đồng bào, đồng chí
  tập trung | trung tâm, trung ương, trung bình
  trung tâm, quan tâm, quyết tâm | tâm lý
  giao thông, truyền thông | thông tin, thông tư, thông báo, thông qua
  thông tin | tin học, tin tức
  thông báo, cảnh báo | báo cáo, báo chí
  tổng kết, đoàn kết, cam kết | kết quả, kết luận, kết nối
  thu nhập, hội nhập | nhập khẩu, nhập cảnh, nhập học
  nhập khẩu, xuất khẩu | khẩu trang
  an toàn, hoàn toàn | toàn bộ, toàn diện, toàn quốc
  toàn diện, đại diện | diện tích
  diện tích | tích cực
  phát triển | triển khai
  triển khai, công khai | khai báo, khai thác
  tài nguyên | nguyên nhân, nguyên tắc
  tài liệu, số liệu, dữ liệu | liệu pháp
  đánh giá | giá trị
  chính trị, giá trị, quản trị | trị giá
  lãnh đạo, chỉ đạo, nhân đạo | đạo đức
  vật chất, tính chất | chất lượng
  sản phẩm, thực phẩm | phẩm chất
  tư vấn, chất vấn | vấn đề
  vấn đề, chủ đề | đề nghị, đề án, đề xuất
  tham dự | dự án, dự thảo, dự toán, dự báo
  dự thảo, hội thảo, soạn thảo | thảo luận
  địa phương | phương án, phương pháp, phương thức, phương tiện
  phương tiện | tiện ích
  hoàn thành | thành lập, thành phố, thành viên
  thế giới, biên giới | giới thiệu, giới hạn
`

/** "a b" for every word of the table. */
export const COMPOUNDS: ReadonlySet<string> = new Set(
  GROUPS.split(/[,|\n]/)
    .map((word) => word.trim())
    .filter(Boolean),
)

/**
 * Is `middle` the last syllable of "before middle" and the first of "middle after"? Takes lower
 * case words in either tone-mark style.
 */
export function bridgesWords(before: string, middle: string, after: string): boolean {
  const [left, shared, right] = [before, middle, after].map((word) => placeTone(word, 'old'))
  return COMPOUNDS.has(`${left} ${shared}`) && COMPOUNDS.has(`${shared} ${right}`)
}
