/**
 * Items still in the editorial workflow, so the admin opens on a realistic queue: drafts,
 * submissions waiting for the board, items returned with a reason, approved and scheduled items,
 * and one taken down. The first draft is deliberately faulty — it carries the presentation errors
 * domain.md lists, for the content checker to catch.
 */
import type { ArticleSeed } from './articles'

export const FAULTY_DRAFT_TITLE = 'Công thông tin điện tử triển khai quảu lý hồ sơ'

/** Days ahead of the seed run for the one scheduled item. */
export const SCHEDULED_IN_DAYS = 2

export const QUEUED_ARTICLES: ArticleSeed[] = [
  {
    vi: {
      title: FAULTY_DRAFT_TITLE,
      sapo: 'Trung tâm Thông tin triển khai phân hệ quản lý hồ sơ điện tử cho các đơn vị thuộc Bộ trong thời thời gian tới.',
      body: {
        paragraphs: [
          'Sáng nay, Trung tâm Thông tin tổ chức hội nghị giới thiệu phân hệ quản lý hồ sơ điện tử. Hội nghị.Thứ trưởng Hoàng Văn Lực dự và phát biểu chỉ đạo.',
          'Các đơn vị được hướng dẫn số hóa hồ sơ, gắn mã và tra cứu trong thời thời hạn quy định. Đoạn clilp giới thiệu phần mềm được trình chiếu tại hội nghị.',
        ],
      },
    },
    sections: ['news'],
    unit: 'TTTT',
    author: 'Tô Thị Yến',
    tags: ['chuyển đổi số', 'hồ sơ điện tử'],
    daysAgo: 0,
    state: 'draft',
  },
  {
    vi: {
      title: 'Cục Việc làm tập huấn sử dụng cơ sở dữ liệu thị trường lao động cho cán bộ cấp tỉnh',
      sapo: 'Lớp tập huấn giúp cán bộ cập nhật thông tin cung – cầu lao động và khai thác báo cáo phân tích trên hệ thống.',
      body: {
        paragraphs: [
          'Học viên được hướng dẫn nhập thông tin người tìm việc, vị trí tuyển dụng và đối chiếu với dữ liệu bảo hiểm thất nghiệp.',
          'Cục Việc làm đề nghị các tỉnh cập nhật dữ liệu trước ngày 5 hằng tháng.',
        ],
      },
    },
    sections: ['news'],
    unit: 'CVL',
    author: 'Mai Phương',
    tags: ['cơ sở dữ liệu', 'tập huấn'],
    daysAgo: 1,
    state: 'draft',
  },
  {
    vi: {
      title: 'Kiểm tra an toàn lao động tại công trình cao tầng trong khu đô thị mới',
      sapo: 'Đoàn kiểm tra yêu cầu chủ đầu tư bổ sung lưới chống rơi và hồ sơ huấn luyện an toàn cho lao động thời vụ.',
      body: {
        paragraphs: [
          'Tại thời điểm kiểm tra, công trình có hơn 200 lao động, trong đó nhiều người chưa được huấn luyện an toàn trước khi làm việc trên cao.',
          'Đoàn kiểm tra lập biên bản, yêu cầu khắc phục trong 7 ngày và sẽ tái kiểm tra.',
        ],
      },
    },
    sections: ['safetyMonth'],
    unit: 'CATLĐ',
    author: 'Hồng Nhung',
    tags: ['kiểm tra', 'công trình cao tầng'],
    daysAgo: 2,
    state: 'draft',
  },
  {
    vi: {
      title: 'Trung tâm dịch vụ việc làm giới thiệu việc làm cho 500 lao động trong tuần',
      sapo: 'Phần lớn người được giới thiệu việc làm là lao động vừa chấm dứt hợp đồng tại các doanh nghiệp may mặc.',
      body: {
        paragraphs: [
          'Trung tâm tổ chức các buổi phỏng vấn trực tuyến với doanh nghiệp ở tỉnh lân cận, hỗ trợ người lao động đăng ký hồ sơ ngay tại chỗ.',
          'Những người chưa tìm được việc được tư vấn học nghề và hướng dẫn thủ tục hưởng bảo hiểm thất nghiệp.',
        ],
      },
    },
    sections: ['jobLoss'],
    unit: 'TTQGVL',
    author: 'Thanh Tâm',
    tags: ['giới thiệu việc làm'],
    daysAgo: 1,
    state: 'submitted',
  },
  {
    vi: {
      title: 'Hướng dẫn hỗ trợ tiền thuê nhà cho lao động di cư năm tới',
      sapo: 'Cục Việc làm đề xuất tiếp tục hỗ trợ tiền thuê nhà cho lao động làm việc tại khu công nghiệp có thu nhập thấp.',
      body: {
        paragraphs: [
          'Đề xuất dự kiến áp dụng cho người lao động thuê nhà trọ, có hợp đồng lao động từ 1 tháng trở lên và thu nhập dưới mức quy định.',
          'Dự thảo đang được lấy ý kiến các bộ, ngành trước khi trình cấp có thẩm quyền.',
        ],
      },
    },
    sections: ['policy'],
    unit: 'CVL',
    author: 'Anh Tuấn',
    tags: ['hỗ trợ tiền thuê nhà', 'lao động di cư'],
    daysAgo: 2,
    state: 'submitted',
  },
  {
    vi: {
      title: 'Viện Khoa học Lao động và Xã hội công bố báo cáo xu hướng việc làm quý IV',
      sapo: 'Báo cáo ghi nhận nhu cầu tuyển dụng tăng ở ngành logistics và bán lẻ trong dịp cuối năm.',
      body: {
        paragraphs: [
          'Theo báo cáo, nhu cầu tuyển dụng lao động thời vụ tăng khoảng 20% so với quý trước, chủ yếu ở các thành phố lớn.',
          'Viện khuyến nghị người lao động thời vụ yêu cầu ký hợp đồng bằng văn bản để được bảo vệ quyền lợi.',
        ],
      },
    },
    sections: ['news'],
    unit: 'VKHLĐXH',
    author: 'Lâm Hoàng Nam',
    tags: ['xu hướng việc làm', 'báo cáo'],
    daysAgo: 3,
    state: 'submitted',
  },
  {
    vi: {
      title: 'Cục Trẻ em ra mắt ứng dụng hỗ trợ cha mẹ giám sát an toàn cho con trên mạng',
      sapo: 'Ứng dụng giúp cha mẹ thiết lập thời gian sử dụng thiết bị và nhận cảnh báo khi con truy cập nội dung không phù hợp.',
      body: {
        paragraphs: [
          'Ứng dụng được phát triển với sự hỗ trợ của một tổ chức quốc tế, miễn phí cho mọi gia đình.',
          'Cục Trẻ em sẽ tổ chức hướng dẫn sử dụng tại các trường tiểu học trong học kỳ tới.',
        ],
      },
    },
    sections: ['news'],
    unit: 'CTE',
    author: 'Diệu Linh',
    tags: ['ứng dụng', 'trẻ em'],
    daysAgo: 4,
    state: 'returned',
    reason: 'Cần bổ sung tên tổ chức quốc tế hỗ trợ và đường dẫn tải ứng dụng chính thức; kiểm tra lại quy định về thu thập dữ liệu cá nhân của trẻ em.',
  },
  {
    vi: {
      title: 'Hội nghị trực tuyến triển khai chi trả trợ cấp Tết cho đối tượng bảo trợ xã hội',
      sapo: 'Bộ yêu cầu các địa phương hoàn thành chi trả trước 23 tháng Chạp, bảo đảm mọi người dân đều có Tết.',
      body: {
        paragraphs: [
          'Các địa phương báo cáo tiến độ rà soát danh sách và nguồn kinh phí chi trả.',
          'Bộ đề nghị công khai danh sách, mức hỗ trợ tại nhà văn hóa thôn, tổ dân phố.',
        ],
      },
    },
    sections: ['direction'],
    unit: 'CBTXH',
    author: 'Kim Oanh',
    tags: ['trợ cấp Tết', 'bảo trợ xã hội'],
    daysAgo: 5,
    state: 'returned',
    reason: 'Ảnh minh họa chưa có chú thích; đề nghị ghi rõ số văn bản chỉ đạo và thời gian tổ chức hội nghị.',
  },
  {
    vi: {
      title: 'Ký kết quy chế phối hợp giữa Thanh tra Bộ và Công đoàn ngành',
      sapo: 'Quy chế quy định việc trao đổi thông tin, phối hợp thanh tra và giải quyết tranh chấp lao động tập thể.',
      body: {
        paragraphs: [
          'Hai bên thống nhất cơ chế tiếp nhận thông tin vi phạm từ công đoàn cơ sở và phản hồi kết quả xử lý trong 15 ngày.',
          'Quy chế có hiệu lực từ ngày ký.',
        ],
      },
    },
    sections: ['news'],
    unit: 'TTr',
    author: 'Bùi Lan',
    tags: ['quy chế phối hợp', 'công đoàn'],
    daysAgo: 2,
    state: 'approved',
  },
  {
    vi: {
      title: 'Bộ tổ chức Ngày hội việc làm cho thanh niên tốt nghiệp đại học',
      sapo: 'Ngày hội quy tụ 120 doanh nghiệp với hơn 5.000 vị trí tuyển dụng cho sinh viên mới tốt nghiệp.',
      body: {
        paragraphs: [
          'Ngoài tuyển dụng, ngày hội có các phiên hướng dẫn viết hồ sơ xin việc, kỹ năng phỏng vấn và tư vấn khởi nghiệp.',
          'Sinh viên đăng ký tham dự trước trên sàn giao dịch việc làm trực tuyến để được xếp lịch phỏng vấn.',
        ],
      },
    },
    sections: ['news'],
    unit: 'ĐHLĐXH',
    author: 'Bảo Ngọc',
    tags: ['ngày hội việc làm', 'thanh niên', 'đăng ký'],
    daysAgo: 1,
    state: 'approved',
  },
  {
    vi: {
      title: 'Thông báo lịch tiếp công dân của lãnh đạo Bộ tháng tới',
      sapo: 'Bộ trưởng và các Thứ trưởng tiếp công dân định kỳ tại Trụ sở tiếp công dân của Bộ theo lịch dưới đây.',
      body: {
        paragraphs: [
          'Công dân có nhu cầu đăng ký trước qua số điện thoại của Văn phòng Bộ hoặc trực tiếp tại trụ sở.',
          'Đề nghị công dân mang theo giấy tờ tùy thân và tài liệu liên quan đến nội dung trình bày.',
        ],
        heading: 'Lịch tiếp công dân',
        points: ['Bộ trưởng: ngày 15', 'Thứ trưởng Phạm Quốc Bảo: ngày 5', 'Thứ trưởng Lê Thị Thu Hằng: ngày 25'],
      },
    },
    sections: ['direction'],
    unit: 'VP',
    author: 'Mai Anh',
    tags: ['tiếp công dân', 'lịch công tác'],
    daysAgo: 1,
    state: 'scheduled',
    noCover: true,
  },
  {
    vi: {
      title: 'Thông báo tuyển dụng công chức năm nay của Bộ',
      sapo: 'Bộ thông báo tuyển dụng 45 chỉ tiêu công chức làm việc tại các vụ, cục thuộc Bộ.',
      body: {
        paragraphs: [
          'Thí sinh nộp phiếu đăng ký dự tuyển trực tuyến trong thời hạn 30 ngày kể từ ngày thông báo.',
          'Chi tiết chỉ tiêu, điều kiện và tài liệu ôn tập được đăng tải tại mục Thông báo.',
        ],
      },
    },
    sections: ['news'],
    unit: 'TCCB',
    author: 'Lương Thị Ngọc Bích',
    tags: ['tuyển dụng', 'công chức'],
    daysAgo: 20,
    state: 'unpublished',
    reason: 'Gỡ bài để đính chính số chỉ tiêu tuyển dụng theo Quyết định điều chỉnh; sẽ đăng lại sau khi Vụ Tổ chức cán bộ gửi nội dung mới.',
  },
]
