/**
 * Published news of the demo ministry: original text written for the demo, spread over the last
 * four months. People, numbers and documents are invented.
 */
import type { WorkflowState } from '@cong/shared/workflow'
import type { RichText } from '../lexical'
import type { SectionKey } from './sections'

export interface ArticleText {
  title: string
  sapo: string
  body: RichText
}

export interface ArticleSeed {
  vi: ArticleText
  /** English version, published alongside the Vietnamese one. */
  en?: ArticleText
  sections: SectionKey[]
  /** `shortName` of the owning unit. */
  unit: string
  author: string
  tags: string[]
  /** Days before the seed run: publication date of published items, last edit of the others. */
  daysAgo: number
  /** Items without an image (short notices) say so; all others get a generated cover. */
  noCover?: true
  featured?: true
  /** Workflow state; published when absent. */
  state?: WorkflowState
  /** Reason for `returned` and `unpublished`. */
  reason?: string
  /** Republished items keep the source's title and body and say where they come from. */
  source?: { name: string; url: string; permission: string }
}

export const PUBLISHED_ARTICLES: ArticleSeed[] = [
  {
    vi: {
      title: 'Bộ trưởng làm việc với Cục Việc làm về giải pháp ổn định thị trường lao động cuối năm',
      sapo: 'Chiều thứ Hai, Bộ trưởng Trần Minh Khải làm việc với Cục Việc làm, yêu cầu chủ động nắm tình hình lao động mất việc tại các khu công nghiệp và bảo đảm chi trả bảo hiểm thất nghiệp đúng hạn.',
      body: {
        paragraphs: [
          'Báo cáo tại buổi làm việc, Cục trưởng Trịnh Văn Hùng cho biết trong quý gần nhất, cả nước có khoảng 61.000 lao động bị chấm dứt hợp đồng, tập trung ở ngành dệt may, da giày và chế biến gỗ. Số người nộp hồ sơ hưởng bảo hiểm thất nghiệp tăng 8% so với cùng kỳ.',
          'Kết luận buổi làm việc, Bộ trưởng đề nghị Cục phối hợp với các địa phương tổ chức phiên giao dịch việc làm lưu động tại khu công nghiệp, rút ngắn thời gian giải quyết hồ sơ và công khai kết quả trên Cổng thông tin điện tử của Bộ.',
        ],
        heading: 'Ba nhiệm vụ trọng tâm đến cuối năm',
        points: [
          'Cập nhật hằng tuần số lao động mất việc, giảm giờ làm theo từng địa phương.',
          'Giải quyết hồ sơ hưởng bảo hiểm thất nghiệp trong thời hạn luật định, không để tồn đọng.',
          'Kết nối doanh nghiệp đang tuyển dụng với người lao động vừa mất việc ngay tại trung tâm dịch vụ việc làm.',
        ],
      },
    },
    en: {
      title: 'Minister meets the Department of Employment on stabilising the labour market before year-end',
      sapo: 'On Monday afternoon, Minister Tran Minh Khai met the Department of Employment and asked it to track job losses in industrial zones closely and to pay unemployment insurance benefits on time.',
      body: {
        paragraphs: [
          'Director General Trinh Van Hung reported that about 61,000 workers had their contracts terminated in the last quarter, mostly in textiles, footwear and wood processing. Applications for unemployment insurance benefits rose by 8% year on year.',
          'The Minister asked the Department to work with provinces on mobile job fairs in industrial zones, to shorten processing times and to publish the results on the Ministry’s e-Portal.',
        ],
        heading: 'Three priorities until the end of the year',
        points: [
          'Weekly updates on job losses and reduced working hours in each province.',
          'Processing every unemployment insurance claim within the legal deadline.',
          'Matching hiring companies with newly unemployed workers at employment service centres.',
        ],
      },
    },
    sections: ['news', 'jobLoss'],
    unit: 'CVL',
    author: 'Minh Châu',
    tags: ['thị trường lao động', 'bảo hiểm thất nghiệp', 'Bộ trưởng'],
    daysAgo: 1,
    featured: true,
  },
  {
    vi: {
      title: 'Hướng dẫn đăng ký hưởng bảo hiểm thất nghiệp trực tuyến qua Cổng Dịch vụ công',
      sapo: 'Từ tháng này, người lao động có thể đăng ký hưởng bảo hiểm thất nghiệp hoàn toàn trực tuyến, không phải đến trung tâm dịch vụ việc làm để nộp hồ sơ giấy.',
      body: {
        paragraphs: [
          'Người lao động đăng nhập Cổng Dịch vụ công bằng tài khoản định danh điện tử mức độ 2, chọn thủ tục "Giải quyết hưởng trợ cấp thất nghiệp" và khai báo theo hướng dẫn. Quyết định hưởng được gửi về tài khoản và thư điện tử của người nộp.',
          'Trung tâm Quốc gia về Dịch vụ việc làm khuyến nghị người lao động nộp hồ sơ trong vòng 3 tháng kể từ ngày chấm dứt hợp đồng lao động để không mất quyền hưởng.',
        ],
        heading: 'Các bước đăng ký',
        points: [
          'Đăng nhập bằng tài khoản định danh điện tử.',
          'Chọn thủ tục và nơi muốn nhận trợ cấp.',
          'Tải lên quyết định thôi việc hoặc xác nhận chấm dứt hợp đồng.',
          'Theo dõi kết quả và lịch thông báo tìm kiếm việc làm hằng tháng.',
        ],
      },
    },
    en: {
      title: 'How to apply for unemployment insurance benefits online through the Public Service Portal',
      sapo: 'From this month, workers can apply for unemployment insurance benefits fully online, without visiting an employment service centre with paper forms.',
      body: {
        paragraphs: [
          'Workers sign in to the Public Service Portal with a level-2 electronic identity account, choose the procedure "Unemployment benefit claim" and follow the form. The decision is sent to their account and e-mail.',
          'The National Employment Service Centre advises workers to apply within three months after their labour contract ends so as not to lose their entitlement.',
        ],
        heading: 'Steps to apply',
        points: [
          'Sign in with your electronic identity account.',
          'Choose the procedure and where you want to receive the benefit.',
          'Upload the termination decision or contract termination certificate.',
          'Follow the result and your monthly job-search reporting schedule.',
        ],
      },
    },
    sections: ['procedures', 'jobLoss'],
    unit: 'TTQGVL',
    author: 'Thu Hà',
    tags: ['bảo hiểm thất nghiệp', 'dịch vụ công trực tuyến', 'đăng ký'],
    daysAgo: 3,
    featured: true,
  },
  {
    vi: {
      title: 'Thứ trưởng Lê Thị Thu Hằng kiểm tra công tác trợ giúp xã hội tại các tỉnh miền Trung sau bão',
      sapo: 'Đoàn công tác của Bộ đã đến thăm, tặng quà các hộ gia đình bị thiệt hại nặng và kiểm tra việc cấp phát gạo cứu trợ tại ba tỉnh miền Trung.',
      body: {
        paragraphs: [
          'Tại các xã ven biển, Thứ trưởng ghi nhận chính quyền địa phương đã kịp thời di dời người dân, bố trí chỗ ở tạm cho hơn 2.300 hộ. Tuy nhiên, một số thôn vẫn thiếu nước sạch và đồ dùng học tập cho học sinh.',
          'Thứ trưởng đề nghị các địa phương rà soát, lập danh sách hộ cần hỗ trợ khẩn cấp, chi trả trợ cấp theo quy định trong thời hạn 10 ngày và báo cáo về Cục Bảo trợ xã hội.',
          'Dịp này, Bộ trao 1.500 suất quà và hỗ trợ kinh phí sửa chữa nhà ở cho các gia đình có nhà bị sập, tốc mái.',
        ],
      },
    },
    en: {
      title: 'Deputy Minister Le Thi Thu Hang inspects social assistance in central provinces after the storm',
      sapo: 'A Ministry delegation visited families hit hardest by the storm and checked the distribution of relief rice in three central provinces.',
      body: {
        paragraphs: [
          'In coastal communes, the Deputy Minister noted that local authorities had evacuated residents promptly and housed more than 2,300 households temporarily. Some villages still lack clean water and school supplies.',
          'She asked provinces to list households in need of emergency support, pay allowances within ten days as required and report to the Social Protection Department.',
          'The Ministry handed over 1,500 gift packages and funding to repair homes that collapsed or lost their roofs.',
        ],
      },
    },
    sections: ['news', 'local'],
    unit: 'CBTXH',
    author: 'Quang Minh',
    tags: ['trợ giúp xã hội', 'khắc phục bão lũ', 'miền Trung'],
    daysAgo: 5,
    featured: true,
  },
  {
    vi: {
      title: 'Công bố danh mục 12 nghề có nguy cơ cao về tai nạn lao động cần tăng cường kiểm tra',
      sapo: 'Cục An toàn lao động vừa công bố danh mục nghề, công việc có tỷ lệ tai nạn lao động cao nhất trong ba năm gần đây để các địa phương tập trung thanh tra, kiểm tra.',
      body: {
        paragraphs: [
          'Đứng đầu danh mục là xây dựng dân dụng, khai thác khoáng sản, điện và sản xuất vật liệu xây dựng. Theo số liệu tổng hợp, 4 nhóm nghề này chiếm gần 60% số vụ tai nạn lao động chết người.',
          'Cục đề nghị Sở Nội vụ các tỉnh ưu tiên kiểm tra công trình xây dựng cao tầng, yêu cầu doanh nghiệp huấn luyện an toàn định kỳ và trang bị đầy đủ phương tiện bảo vệ cá nhân.',
        ],
        heading: 'Nhóm nghề được kiểm tra trước',
        points: ['Xây dựng dân dụng và công nghiệp', 'Khai thác mỏ, khoáng sản', 'Sản xuất, truyền tải điện', 'Sản xuất vật liệu xây dựng'],
      },
    },
    sections: ['policy', 'safetyMonth'],
    unit: 'CATLĐ',
    author: 'Hồng Nhung',
    tags: ['an toàn lao động', 'tai nạn lao động', 'thanh tra'],
    daysAgo: 6,
  },
  {
    vi: {
      title: 'Phiên giao dịch việc làm lưu động tại khu công nghiệp thu hút hơn 3.000 người lao động',
      sapo: 'Hơn 80 doanh nghiệp tham gia phiên giao dịch với gần 9.000 vị trí tuyển dụng, trong đó nhiều vị trí dành cho lao động vừa mất việc.',
      body: {
        paragraphs: [
          'Phiên giao dịch do Trung tâm Quốc gia về Dịch vụ việc làm phối hợp với Ban quản lý khu công nghiệp tổ chức. Ngoài tuyển dụng trực tiếp, người lao động được tư vấn về bảo hiểm thất nghiệp và các khóa đào tạo nghề ngắn hạn miễn phí.',
          'Kết thúc phiên, gần 1.200 người được doanh nghiệp hẹn phỏng vấn vòng hai; 340 người đăng ký học nghề vận hành máy CNC và điện công nghiệp.',
        ],
      },
    },
    en: {
      title: 'Mobile job fair at industrial zone draws more than 3,000 workers',
      sapo: 'Over 80 companies offered nearly 9,000 vacancies, many of them for workers who recently lost their jobs.',
      body: {
        paragraphs: [
          'The fair was organised by the National Employment Service Centre with the industrial zone management board. Besides direct recruitment, workers received advice on unemployment insurance and free short vocational courses.',
          'By the end of the day, nearly 1,200 people had second-round interviews scheduled and 340 had signed up for courses in CNC machining and industrial electrics.',
        ],
      },
    },
    sections: ['news', 'jobLoss'],
    unit: 'TTQGVL',
    author: 'Thu Hà',
    tags: ['giao dịch việc làm', 'khu công nghiệp'],
    daysAgo: 8,
  },
  {
    vi: {
      title: 'Bộ trả lời về việc chậm chi trả trợ cấp xã hội hằng tháng tại một số xã',
      sapo: 'Phản hồi thông tin báo chí nêu, Cục Bảo trợ xã hội cho biết nguyên nhân chậm chi trả là do chuyển đổi phương thức chi trả qua tài khoản và đã được khắc phục.',
      body: {
        paragraphs: [
          'Theo báo cáo của địa phương, trong tháng chuyển đổi sang chi trả không dùng tiền mặt, khoảng 4% đối tượng chưa có tài khoản ngân hàng nên chưa nhận được trợ cấp đúng ngày.',
          'Cục đã yêu cầu địa phương tổ chức chi trả bằng tiền mặt cho các trường hợp này trong thời gian hỗ trợ mở tài khoản, bảo đảm không ai bị gián đoạn trợ cấp. Đến nay, toàn bộ số tiền chậm đã được chi trả.',
        ],
      },
    },
    sections: ['responses'],
    unit: 'CBTXH',
    author: 'Phòng Truyền thông',
    tags: ['trợ cấp xã hội', 'chi trả không dùng tiền mặt'],
    daysAgo: 9,
    noCover: true,
  },
  {
    vi: {
      title: 'Khai mạc Tháng hành động vì trẻ em với chủ đề chung tay tạo môi trường mạng an toàn',
      sapo: 'Lễ khai mạc diễn ra tại nhà văn hóa thiếu nhi với sự tham gia của hơn 500 em học sinh, đại diện các bộ, ngành và tổ chức quốc tế.',
      body: {
        paragraphs: [
          'Phát biểu khai mạc, Thứ trưởng Lê Thị Thu Hằng nhấn mạnh trẻ em ngày càng dành nhiều thời gian trên mạng, vì vậy gia đình, nhà trường và các nền tảng số cần cùng chịu trách nhiệm bảo vệ các em khỏi nội dung độc hại.',
          'Trong khuôn khổ Tháng hành động, Cục Trẻ em tổ chức diễn đàn trẻ em cấp quốc gia, phát động cuộc thi vẽ tranh và ra mắt bộ tài liệu hướng dẫn kỹ năng an toàn trên mạng cho học sinh tiểu học.',
        ],
        heading: 'Hoạt động chính trong tháng',
        points: [
          'Diễn đàn trẻ em quốc gia lắng nghe ý kiến của các em về môi trường mạng.',
          'Tập huấn cho giáo viên và cán bộ làm công tác trẻ em ở cấp xã.',
          'Quảng bá Tổng đài quốc gia bảo vệ trẻ em 111 tại trường học.',
        ],
      },
    },
    en: {
      title: 'Action Month for Children opens with a call for a safer online environment',
      sapo: 'More than 500 pupils, representatives of ministries and international organisations attended the opening ceremony at the children’s cultural house.',
      body: {
        paragraphs: [
          'Opening the event, Deputy Minister Le Thi Thu Hang stressed that children spend more and more time online, so families, schools and digital platforms share the duty to protect them from harmful content.',
          'During the month, the Department of Children will hold a national children’s forum, launch a drawing contest and publish an online safety guide for primary school pupils.',
        ],
        heading: 'Main activities of the month',
        points: [
          'A national children’s forum listening to children’s views on the online environment.',
          'Training for teachers and commune-level child protection officers.',
          'Promotion of the national child protection hotline 111 in schools.',
        ],
      },
    },
    sections: ['news'],
    unit: 'CTE',
    author: 'Diệu Linh',
    tags: ['trẻ em', 'an toàn trên mạng', 'Tháng hành động vì trẻ em'],
    daysAgo: 11,
  },
  {
    vi: {
      title: 'Những điểm mới về thời giờ làm thêm theo Bộ luật Lao động 2019',
      sapo: 'Bộ luật Lao động 2019 nâng giới hạn làm thêm giờ trong năm ở một số ngành, đồng thời bổ sung quy định bảo vệ sức khỏe người lao động.',
      body: {
        paragraphs: [
          'Theo quy định, số giờ làm thêm của người lao động không quá 40 giờ trong một tháng. Ở một số ngành, nghề như dệt, may, da, giày, điện tử, người sử dụng lao động được tổ chức làm thêm đến 300 giờ trong một năm nhưng phải thông báo cho cơ quan chuyên môn về lao động.',
          'Người sử dụng lao động phải được sự đồng ý của người lao động khi tổ chức làm thêm giờ và bảo đảm thời gian nghỉ bù phù hợp.',
        ],
        heading: 'Người lao động cần lưu ý',
        points: [
          'Làm thêm giờ phải có sự đồng ý của người lao động.',
          'Tiền lương làm thêm vào ngày thường ít nhất bằng 150%.',
          'Làm thêm vào ngày nghỉ lễ, Tết ít nhất bằng 300%, chưa kể tiền lương ngày lễ.',
        ],
      },
    },
    en: {
      title: 'What the Labour Code 2019 changes about overtime',
      sapo: 'The Labour Code 2019 raises the annual overtime limit in some industries while adding rules that protect workers’ health.',
      body: {
        paragraphs: [
          'Overtime may not exceed 40 hours a month. In some industries such as textiles, garments, leather, footwear and electronics, employers may organise up to 300 hours of overtime a year but must notify the labour authority.',
          'Employers must obtain the worker’s consent for overtime and provide adequate compensatory rest.',
        ],
        heading: 'What workers should know',
        points: [
          'Overtime requires the worker’s consent.',
          'Overtime on normal working days is paid at least 150%.',
          'Overtime on public holidays is paid at least 300%, on top of holiday pay.',
        ],
      },
    },
    sections: ['policy', 'labourCode'],
    unit: 'PC',
    author: 'Ngô Hạnh',
    tags: ['Bộ luật Lao động', 'làm thêm giờ', 'tiền lương'],
    daysAgo: 12,
  },
  {
    vi: {
      title: 'Tỉnh Hòa Bình Xanh giải quyết việc làm cho hơn 18.000 lao động trong 10 tháng',
      sapo: 'Kết quả đạt 92% kế hoạch năm, trong đó hơn 2.000 người đi làm việc ở nước ngoài theo hợp đồng.',
      body: {
        paragraphs: [
          'Theo Sở Nội vụ tỉnh Hòa Bình Xanh (tỉnh giả định dùng cho bản trình diễn), nguồn vốn vay giải quyết việc làm từ Quỹ quốc gia về việc làm đã giúp hơn 3.100 lao động nông thôn phát triển sản xuất, chăn nuôi.',
          'Tỉnh tổ chức 24 phiên giao dịch việc làm, trong đó 10 phiên trực tuyến kết nối với doanh nghiệp ở các tỉnh phía Nam.',
        ],
      },
    },
    sections: ['local'],
    unit: 'CVL',
    author: 'Cộng tác viên Hòa Bình Xanh',
    tags: ['giải quyết việc làm', 'địa phương'],
    daysAgo: 13,
  },
  {
    vi: {
      title: 'Đảng bộ cơ quan Bộ tổ chức hội nghị học tập, quán triệt nghị quyết chuyên đề',
      sapo: 'Hơn 400 đảng viên các chi bộ trực thuộc tham dự hội nghị theo hình thức trực tiếp kết hợp trực tuyến.',
      body: {
        paragraphs: [
          'Hội nghị nghe báo cáo viên trình bày nội dung cơ bản của nghị quyết và những nhiệm vụ cụ thể đặt ra cho ngành lao động – xã hội trong thời gian tới.',
          'Đảng ủy đề nghị các chi bộ xây dựng chương trình hành động, gắn việc học tập nghị quyết với nhiệm vụ chuyên môn của từng đơn vị.',
        ],
      },
    },
    sections: ['party'],
    unit: 'VP',
    author: 'Văn phòng Đảng ủy',
    tags: ['Đảng bộ', 'học tập nghị quyết'],
    daysAgo: 14,
  },
  {
    vi: {
      title: 'Rút ngắn thời gian cấp giấy phép lao động cho người nước ngoài còn 5 ngày làm việc',
      sapo: 'Từ ngày 1 tháng tới, thời hạn giải quyết thủ tục cấp giấy phép lao động giảm từ 10 xuống 5 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ.',
      body: {
        paragraphs: [
          'Việc rút ngắn thời hạn nằm trong phương án cắt giảm, đơn giản hóa thủ tục hành chính của Bộ. Hồ sơ được nộp và trả kết quả trực tuyến; doanh nghiệp không phải nộp bản giấy các giấy tờ đã có trong cơ sở dữ liệu quốc gia.',
          'Cục Việc làm đề nghị doanh nghiệp kiểm tra kỹ thông tin vị trí công việc và văn bằng của người lao động trước khi nộp để tránh bị yêu cầu bổ sung.',
        ],
      },
    },
    en: {
      title: 'Work permits for foreign workers now issued within five working days',
      sapo: 'From the first of next month, work permit applications will be processed within five working days instead of ten after a complete file is received.',
      body: {
        paragraphs: [
          'The shorter deadline is part of the Ministry’s plan to cut and simplify administrative procedures. Files are submitted and returned online; companies no longer send paper copies of documents already held in national databases.',
          'The Department of Employment asks companies to check the job description and the worker’s qualifications carefully before applying to avoid requests for additional documents.',
        ],
      },
    },
    sections: ['procedures', 'policy'],
    unit: 'CVL',
    author: 'Anh Tuấn',
    tags: ['giấy phép lao động', 'cải cách hành chính', 'người nước ngoài'],
    daysAgo: 16,
  },
  {
    vi: {
      title: 'Thanh tra Bộ công bố kết luận thanh tra việc thực hiện pháp luật lao động tại 25 doanh nghiệp',
      sapo: 'Qua thanh tra, đoàn phát hiện 19 doanh nghiệp có vi phạm, chủ yếu về đóng bảo hiểm xã hội và làm thêm giờ vượt quy định.',
      body: {
        paragraphs: [
          'Đoàn thanh tra đã ra quyết định xử phạt vi phạm hành chính với tổng số tiền hơn 1,8 tỷ đồng và yêu cầu doanh nghiệp truy đóng bảo hiểm xã hội, bảo hiểm thất nghiệp cho người lao động.',
          'Chánh Thanh tra Vũ Đức Tâm cho biết kết luận thanh tra được gửi tới Ủy ban nhân dân các tỉnh để theo dõi việc khắc phục.',
        ],
        heading: 'Các vi phạm phổ biến',
        points: [
          'Chậm đóng hoặc đóng không đủ bảo hiểm xã hội, bảo hiểm thất nghiệp.',
          'Tổ chức làm thêm giờ vượt quá số giờ cho phép.',
          'Không huấn luyện an toàn, vệ sinh lao động định kỳ.',
        ],
      },
    },
    sections: ['news', 'direction'],
    unit: 'TTr',
    author: 'Bùi Lan',
    tags: ['thanh tra', 'bảo hiểm xã hội', 'bảo hiểm thất nghiệp'],
    daysAgo: 18,
  },
  {
    vi: {
      title: 'Bộ trưởng chỉ đạo tăng cường bảo đảm an toàn lao động trong mùa cao điểm xây dựng',
      sapo: 'Văn bản chỉ đạo gửi các địa phương yêu cầu kiểm tra đột xuất công trình xây dựng và xử lý nghiêm các vi phạm về an toàn lao động.',
      body: {
        paragraphs: [
          'Những tháng cuối năm là thời điểm nhiều công trình đẩy nhanh tiến độ, làm việc ca đêm và sử dụng nhiều lao động thời vụ. Đây là nguyên nhân tiềm ẩn của các vụ tai nạn ngã cao, điện giật, sập đổ.',
          'Bộ trưởng yêu cầu các địa phương phối hợp với ngành xây dựng kiểm tra giàn giáo, thiết bị nâng, hệ thống điện tạm và việc huấn luyện an toàn cho lao động thời vụ.',
        ],
      },
    },
    sections: ['direction', 'safetyMonth'],
    unit: 'CATLĐ',
    author: 'Quang Huy',
    tags: ['an toàn lao động', 'xây dựng', 'chỉ đạo'],
    daysAgo: 19,
  },
  {
    vi: {
      title: 'Lao động mất việc được hỗ trợ học nghề miễn phí tối đa 6 tháng',
      sapo: 'Người đang hưởng trợ cấp thất nghiệp có nhu cầu học nghề được hỗ trợ học phí theo mức quy định, tối đa 6 tháng.',
      body: {
        paragraphs: [
          'Mức hỗ trợ được tính theo tháng và thời gian học thực tế, bao gồm cả tiền ăn trong thời gian học đối với một số đối tượng. Người lao động đăng ký nhu cầu học nghề tại trung tâm dịch vụ việc làm nơi đang hưởng trợ cấp.',
          'Các ngành được đăng ký nhiều là điện công nghiệp, sửa chữa ô tô, nấu ăn và thương mại điện tử.',
        ],
      },
    },
    en: {
      title: 'Workers who lost their jobs can take free vocational training for up to six months',
      sapo: 'People receiving unemployment benefits who want to learn a trade receive tuition support at the regulated rate for up to six months.',
      body: {
        paragraphs: [
          'Support is calculated per month of actual training and, for some groups, includes meals during the course. Workers register at the employment service centre that pays their benefit.',
          'The most popular courses are industrial electrics, car repair, cooking and e-commerce.',
        ],
      },
    },
    sections: ['policy', 'jobLoss'],
    unit: 'CVL',
    author: 'Mai Phương',
    tags: ['học nghề', 'bảo hiểm thất nghiệp', 'đào tạo lại'],
    daysAgo: 21,
  },
  {
    vi: {
      title: 'Viện Khoa học Lao động và Xã hội dự báo nhu cầu nhân lực năm tới tăng ở khu vực dịch vụ',
      sapo: 'Báo cáo dự báo cho thấy khu vực dịch vụ cần thêm khoảng 450.000 lao động, trong khi nông nghiệp tiếp tục giảm.',
      body: {
        paragraphs: [
          'Nhóm nghiên cứu sử dụng số liệu điều tra lao động việc làm và dữ liệu tuyển dụng trực tuyến để ước tính nhu cầu theo ngành, nghề và vùng.',
          'Viện khuyến nghị các cơ sở giáo dục nghề nghiệp điều chỉnh chỉ tiêu tuyển sinh, tăng đào tạo kỹ năng số và ngoại ngữ cho người học.',
        ],
      },
    },
    sections: ['news'],
    unit: 'VKHLĐXH',
    author: 'Lâm Hoàng Nam',
    tags: ['dự báo', 'nhân lực', 'nghiên cứu'],
    daysAgo: 22,
  },
  {
    vi: {
      title: 'Công đoàn cơ quan Bộ phát động phong trào thi đua chào mừng ngày thành lập ngành',
      sapo: 'Phong trào tập trung vào cải tiến quy trình làm việc, số hóa hồ sơ và nâng cao chất lượng phục vụ người dân.',
      body: {
        paragraphs: [
          'Các công đoàn bộ phận đăng ký 45 sáng kiến, trong đó nhiều sáng kiến về ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính.',
          'Kết quả thi đua sẽ được tổng kết và khen thưởng vào dịp kỷ niệm ngày thành lập ngành.',
        ],
      },
    },
    sections: ['party'],
    unit: 'TCCB',
    author: 'Công đoàn cơ quan Bộ',
    tags: ['công đoàn', 'thi đua'],
    daysAgo: 24,
  },
  {
    vi: {
      title: 'Hỏi đáp: Người lao động tự ý nghỉ việc có được hưởng bảo hiểm thất nghiệp không?',
      sapo: 'Nhiều bạn đọc hỏi về trường hợp đơn phương chấm dứt hợp đồng lao động trái luật. Cục Việc làm trả lời như sau.',
      body: {
        paragraphs: [
          'Người lao động đơn phương chấm dứt hợp đồng lao động trái pháp luật không thuộc đối tượng được hưởng trợ cấp thất nghiệp. Trường hợp nghỉ việc đúng quy định, có báo trước theo thời hạn luật định, người lao động vẫn được xem xét hưởng nếu đủ điều kiện về thời gian đóng.',
          'Người lao động cần đóng bảo hiểm thất nghiệp đủ 12 tháng trở lên trong vòng 24 tháng trước khi chấm dứt hợp đồng và nộp hồ sơ trong thời hạn 3 tháng.',
        ],
      },
    },
    sections: ['responses', 'jobLoss'],
    unit: 'CVL',
    author: 'Cục Việc làm',
    tags: ['bảo hiểm thất nghiệp', 'hỏi đáp'],
    daysAgo: 25,
    noCover: true,
  },
  {
    vi: {
      title: 'Bộ ký kết chương trình hợp tác về an sinh xã hội với Tổ chức Lao động Quốc tế',
      sapo: 'Chương trình tập trung vào mở rộng độ bao phủ bảo hiểm xã hội cho lao động khu vực phi chính thức và thúc đẩy việc làm bền vững.',
      body: {
        paragraphs: [
          'Theo thỏa thuận, hai bên sẽ phối hợp nghiên cứu chính sách, chia sẻ kinh nghiệm quốc tế và hỗ trợ kỹ thuật cho các địa phương thí điểm.',
          'Bộ trưởng Trần Minh Khải đánh giá cao sự đồng hành của đối tác quốc tế trong quá trình hoàn thiện hệ thống an sinh xã hội đa tầng.',
        ],
      },
    },
    en: {
      title: 'Ministry signs a social security cooperation programme with the International Labour Organization',
      sapo: 'The programme aims to extend social insurance coverage to informal workers and promote decent work.',
      body: {
        paragraphs: [
          'Under the agreement, both sides will carry out joint policy research, share international experience and provide technical support to pilot provinces.',
          'Minister Tran Minh Khai thanked the international partner for its support in building a multi-tier social security system.',
        ],
      },
    },
    sections: ['international', 'news'],
    unit: 'BLĐXH',
    author: 'Minh Châu',
    tags: ['hợp tác quốc tế', 'ILO', 'an sinh xã hội'],
    daysAgo: 27,
    featured: true,
  },
  {
    vi: {
      title: 'Trường Đại học Lao động và Xã hội khai giảng năm học mới với hơn 4.000 tân sinh viên',
      sapo: 'Năm nay, trường mở thêm ngành phân tích dữ liệu nhân sự và chương trình liên kết đào tạo công tác xã hội.',
      body: {
        paragraphs: [
          'Phát biểu tại lễ khai giảng, Hiệu trưởng Quách Văn Sơn cho biết nhà trường đã đầu tư phòng thực hành mô phỏng trung tâm dịch vụ việc làm và phòng tham vấn tâm lý cho sinh viên ngành công tác xã hội.',
          'Dịp này, 120 sinh viên có hoàn cảnh khó khăn, học tập tốt được nhận học bổng.',
        ],
      },
    },
    sections: ['news'],
    unit: 'ĐHLĐXH',
    author: 'Bảo Ngọc',
    tags: ['giáo dục', 'khai giảng', 'học bổng'],
    daysAgo: 29,
  },
  {
    vi: {
      title: 'Kiểm định kỹ thuật an toàn thiết bị nâng: doanh nghiệp cần biết gì?',
      sapo: 'Cục An toàn lao động hướng dẫn danh mục thiết bị phải kiểm định, chu kỳ kiểm định và cách tra cứu tổ chức kiểm định được cấp phép.',
      body: {
        paragraphs: [
          'Cần trục, xe nâng hàng, thang máy và sàn nâng người là những thiết bị có yêu cầu nghiêm ngặt về an toàn lao động, phải được kiểm định trước khi đưa vào sử dụng và định kỳ trong quá trình sử dụng.',
          'Doanh nghiệp có thể tra cứu danh sách tổ chức kiểm định đủ điều kiện trên Cổng thông tin điện tử của Bộ, mục Thủ tục hành chính.',
        ],
        heading: 'Chu kỳ kiểm định thường gặp',
        points: ['Thang máy: 3 năm một lần', 'Xe nâng hàng: 2 năm một lần', 'Cần trục tháp: 1 năm một lần'],
      },
    },
    sections: ['procedures', 'safetyMonth'],
    unit: 'CATLĐ',
    author: 'Hồng Nhung',
    tags: ['kiểm định', 'thiết bị nâng', 'an toàn lao động'],
    daysAgo: 30,
  },
  {
    vi: {
      title: 'Tỉnh Sông Mây Xanh chi trả trợ cấp xã hội qua tài khoản cho 95% đối tượng',
      sapo: 'Sau 6 tháng triển khai, tỉnh Sông Mây Xanh (tỉnh giả định) là một trong những địa phương dẫn đầu về chi trả trợ cấp không dùng tiền mặt.',
      body: {
        paragraphs: [
          'Cán bộ chính sách xã phối hợp với ngân hàng và bưu điện hỗ trợ người cao tuổi, người khuyết tật mở tài khoản tại nhà. Tiền trợ cấp được chuyển vào ngày 10 hằng tháng.',
          'Người dân có thể tra cứu lịch chi trả và phản ánh vướng mắc qua số điện thoại đường dây nóng của Sở.',
        ],
      },
    },
    sections: ['local'],
    unit: 'CBTXH',
    author: 'Cộng tác viên Sông Mây Xanh',
    tags: ['trợ cấp xã hội', 'chuyển đổi số'],
    daysAgo: 31,
  },
  {
    vi: {
      title: 'Lấy ý kiến dự thảo Thông tư hướng dẫn về hợp đồng lao động điện tử',
      sapo: 'Vụ Pháp chế đề nghị người dân, doanh nghiệp góp ý dự thảo trong 60 ngày trên Cổng thông tin điện tử của Bộ.',
      body: {
        paragraphs: [
          'Dự thảo quy định về điều kiện của nền tảng giao kết hợp đồng lao động điện tử, giá trị pháp lý của chữ ký điện tử và việc lưu trữ, tra cứu hợp đồng.',
          'Ý kiến góp ý được tổng hợp, tiếp thu, giải trình và công khai sau khi hết thời hạn lấy ý kiến.',
        ],
      },
    },
    en: {
      title: 'Public consultation on the draft circular on electronic labour contracts',
      sapo: 'The Legal Affairs Department invites citizens and companies to comment on the draft on the Ministry’s e-Portal for 60 days.',
      body: {
        paragraphs: [
          'The draft sets requirements for platforms used to sign electronic labour contracts, the legal value of electronic signatures and how contracts are stored and retrieved.',
          'Comments will be summarised, answered and published after the consultation period closes.',
        ],
      },
    },
    sections: ['policy', 'labourCode'],
    unit: 'PC',
    author: 'Đinh Công Hiếu',
    tags: ['dự thảo', 'hợp đồng lao động điện tử', 'lấy ý kiến'],
    daysAgo: 33,
  },
  {
    vi: {
      title: 'Thứ trưởng Phạm Quốc Bảo chủ trì họp báo thường kỳ quý III',
      sapo: 'Tại họp báo, lãnh đạo Bộ thông tin về tình hình lao động, việc làm, kết quả giải quyết chế độ và trả lời câu hỏi của phóng viên.',
      body: {
        paragraphs: [
          'Thứ trưởng cho biết tỷ lệ thất nghiệp khu vực thành thị giảm nhẹ so với quý trước; số người tham gia bảo hiểm thất nghiệp tăng đều tại các địa phương có nhiều khu công nghiệp.',
          'Trả lời câu hỏi về điều chỉnh lương tối thiểu vùng, Thứ trưởng cho biết Hội đồng Tiền lương quốc gia đang khảo sát đời sống người lao động để có căn cứ đề xuất.',
        ],
      },
    },
    sections: ['news', 'responses'],
    unit: 'VP',
    author: 'Phòng Truyền thông',
    tags: ['họp báo', 'người phát ngôn', 'lương tối thiểu'],
    daysAgo: 35,
  },
  {
    vi: {
      title: 'Hướng dẫn thủ tục đăng ký nội quy lao động của doanh nghiệp',
      sapo: 'Doanh nghiệp sử dụng từ 10 người lao động trở lên phải có nội quy lao động bằng văn bản và đăng ký tại cơ quan chuyên môn về lao động cấp tỉnh.',
      body: {
        paragraphs: [
          'Hồ sơ đăng ký gồm văn bản đề nghị, nội quy lao động, văn bản góp ý của tổ chức đại diện người lao động và các văn bản liên quan đến kỷ luật lao động.',
          'Trong thời hạn 7 ngày làm việc, nếu nội quy có nội dung trái pháp luật, cơ quan tiếp nhận sẽ thông báo để doanh nghiệp sửa đổi và đăng ký lại.',
        ],
        heading: 'Hồ sơ cần chuẩn bị',
        points: [
          'Văn bản đề nghị đăng ký nội quy lao động.',
          'Nội quy lao động đã ban hành.',
          'Ý kiến của tổ chức đại diện người lao động tại cơ sở.',
        ],
      },
    },
    sections: ['procedures', 'labourCode'],
    unit: 'PC',
    author: 'Ngô Hạnh',
    tags: ['nội quy lao động', 'đăng ký', 'thủ tục hành chính'],
    daysAgo: 36,
  },
  {
    vi: {
      title: 'Tổng đài 111 tiếp nhận hơn 30.000 cuộc gọi trong quý, tăng mạnh các cuộc gọi tư vấn tâm lý',
      sapo: 'Cục Trẻ em cho biết số cuộc gọi đề nghị tư vấn về tâm lý, học đường và gia đình chiếm tới 40% tổng số cuộc gọi.',
      body: {
        paragraphs: [
          'Tổng đài hoạt động 24/7, miễn phí. Các trường hợp trẻ em có nguy cơ bị xâm hại được chuyển ngay tới cơ quan chức năng tại địa phương để can thiệp.',
          'Cục khuyến nghị cha mẹ dành thời gian trò chuyện, lắng nghe con và hướng dẫn con ghi nhớ số tổng đài.',
        ],
      },
    },
    sections: ['news'],
    unit: 'CTE',
    author: 'Minh Nhật',
    tags: ['Tổng đài 111', 'bảo vệ trẻ em'],
    daysAgo: 38,
  },
  {
    vi: {
      title: 'Đồng loạt ra quân Tháng hành động về an toàn, vệ sinh lao động tại các tỉnh phía Bắc',
      sapo: 'Hàng nghìn công nhân, người lao động tham gia mít tinh, diễn tập sơ cứu và phòng cháy chữa cháy tại doanh nghiệp.',
      body: {
        paragraphs: [
          'Các địa phương tổ chức kiểm tra chéo an toàn tại doanh nghiệp, tặng mũ bảo hộ, găng tay và tài liệu hướng dẫn cho lao động trong làng nghề.',
          'Ban tổ chức khen thưởng 30 doanh nghiệp có thành tích tốt trong công tác an toàn, vệ sinh lao động.',
        ],
      },
    },
    en: {
      title: 'Occupational Safety Action Month launched across northern provinces',
      sapo: 'Thousands of workers joined rallies and first-aid and fire drills at their workplaces.',
      body: {
        paragraphs: [
          'Provinces carried out cross-checks of safety at companies and handed out helmets, gloves and guidance to workers in craft villages.',
          'The organisers awarded 30 companies for outstanding occupational safety and health work.',
        ],
      },
    },
    sections: ['local', 'safetyMonth'],
    unit: 'CATLĐ',
    author: 'Quang Huy',
    tags: ['Tháng hành động', 'an toàn lao động'],
    daysAgo: 40,
  },
  {
    vi: {
      title: 'Người lao động bị tạm dừng hợp đồng có được hỗ trợ không? Bộ trả lời bạn đọc',
      sapo: 'Phản hồi câu hỏi của bạn đọc, Cục Việc làm làm rõ các trường hợp tạm hoãn hợp đồng lao động và quyền lợi của người lao động.',
      body: {
        paragraphs: [
          'Trong thời gian tạm hoãn thực hiện hợp đồng lao động, người lao động không được hưởng lương và các quyền lợi đã giao kết, trừ trường hợp hai bên có thỏa thuận khác.',
          'Nếu doanh nghiệp gặp khó khăn phải cho người lao động ngừng việc, tiền lương ngừng việc được trả theo thỏa thuận nhưng không thấp hơn lương tối thiểu vùng trong 14 ngày đầu.',
        ],
      },
    },
    sections: ['responses', 'labourCode'],
    unit: 'CVL',
    author: 'Cục Việc làm',
    tags: ['hợp đồng lao động', 'ngừng việc', 'hỏi đáp'],
    daysAgo: 42,
    noCover: true,
  },
  {
    vi: {
      title: 'Đoàn Thanh niên cơ quan Bộ ra mắt đội hình tình nguyện hỗ trợ dịch vụ công trực tuyến',
      sapo: 'Đội hình gồm 40 đoàn viên sẽ hướng dẫn người dân tại bộ phận một cửa sử dụng dịch vụ công trực tuyến và tài khoản định danh điện tử.',
      body: {
        paragraphs: [
          'Các đoàn viên được tập huấn về quy trình đăng ký tài khoản, nộp hồ sơ trực tuyến và thanh toán phí, lệ phí không dùng tiền mặt.',
          'Đội hình hoạt động vào sáng thứ Ba và thứ Năm hằng tuần tại trụ sở Bộ và một số trung tâm dịch vụ việc làm.',
        ],
      },
    },
    sections: ['party', 'procedures'],
    unit: 'TTTT',
    author: 'Đoàn Thanh niên cơ quan Bộ',
    tags: ['Đoàn Thanh niên', 'dịch vụ công trực tuyến', 'tình nguyện'],
    daysAgo: 43,
  },
  {
    vi: {
      title: 'Thí điểm mô hình chăm sóc người cao tuổi dựa vào cộng đồng tại 10 xã',
      sapo: 'Mô hình huy động tình nguyện viên, câu lạc bộ liên thế hệ hỗ trợ người cao tuổi sống một mình chăm sóc sức khỏe và sinh hoạt hằng ngày.',
      body: {
        paragraphs: [
          'Mỗi xã thí điểm thành lập ít nhất một câu lạc bộ, có sổ theo dõi sức khỏe và lịch thăm hỏi định kỳ. Cán bộ công tác xã hội cấp huyện hướng dẫn chuyên môn.',
          'Sau một năm, Cục Bảo trợ xã hội sẽ đánh giá để đề xuất nhân rộng trên cả nước.',
        ],
      },
    },
    en: {
      title: 'Community-based elderly care model piloted in ten communes',
      sapo: 'Volunteers and intergenerational clubs help older people living alone with their health and daily life.',
      body: {
        paragraphs: [
          'Each pilot commune sets up at least one club with health records and a regular visiting schedule. District social workers provide professional guidance.',
          'After one year, the Social Protection Department will evaluate the model and propose scaling it up nationwide.',
        ],
      },
    },
    sections: ['policy', 'local'],
    unit: 'CBTXH',
    author: 'Kim Oanh',
    tags: ['người cao tuổi', 'công tác xã hội'],
    daysAgo: 45,
  },
  {
    vi: {
      title: 'Bộ triển khai kế hoạch chuyển đổi số giai đoạn mới, ưu tiên cơ sở dữ liệu về lao động',
      sapo: 'Kế hoạch đặt mục tiêu 100% thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình và kết nối cơ sở dữ liệu lao động với cơ sở dữ liệu dân cư.',
      body: {
        paragraphs: [
          'Trung tâm Thông tin được giao chủ trì xây dựng kiến trúc dữ liệu dùng chung, chuẩn hóa danh mục và chia sẻ dữ liệu với các bộ, ngành.',
          'Thứ trưởng Hoàng Văn Lực yêu cầu các đơn vị cử đầu mối chuyển đổi số và báo cáo tiến độ hằng quý.',
        ],
        heading: 'Mục tiêu chính',
        points: [
          'Toàn bộ thủ tục đủ điều kiện được cung cấp trực tuyến toàn trình.',
          'Kết nối cơ sở dữ liệu lao động với cơ sở dữ liệu quốc gia về dân cư.',
          'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực.',
        ],
      },
    },
    sections: ['direction'],
    unit: 'TTTT',
    author: 'Đặng Quốc Toàn',
    tags: ['chuyển đổi số', 'cơ sở dữ liệu'],
    daysAgo: 47,
  },
  {
    vi: {
      title: 'Những quy định về lao động nữ trong Bộ luật Lao động 2019',
      sapo: 'Bộ luật dành một chương cho lao động nữ và bảo đảm bình đẳng giới, với nhiều quy định mới về thai sản và môi trường làm việc.',
      body: {
        paragraphs: [
          'Người sử dụng lao động không được sa thải hoặc đơn phương chấm dứt hợp đồng với lao động nữ vì lý do kết hôn, mang thai, nghỉ thai sản hoặc nuôi con dưới 12 tháng tuổi.',
          'Lao động nữ mang thai từ tháng thứ 7 được chuyển làm công việc nhẹ hơn hoặc giảm bớt 1 giờ làm việc hằng ngày mà vẫn hưởng đủ lương.',
        ],
      },
    },
    sections: ['labourCode', 'policy'],
    unit: 'PC',
    author: 'Ngô Hạnh',
    tags: ['lao động nữ', 'bình đẳng giới', 'Bộ luật Lao động'],
    daysAgo: 49,
  },
  {
    vi: {
      title: 'Chủ động phương án hỗ trợ lao động trong doanh nghiệp thiếu đơn hàng',
      sapo: 'Bộ đề nghị các địa phương theo dõi sát doanh nghiệp cắt giảm lao động, hướng dẫn người lao động thủ tục hưởng bảo hiểm thất nghiệp và tìm việc mới.',
      body: {
        paragraphs: [
          'Doanh nghiệp phải xây dựng phương án sử dụng lao động khi thay đổi cơ cấu, công nghệ hoặc vì lý do kinh tế, có ý kiến của tổ chức đại diện người lao động.',
          'Trung tâm dịch vụ việc làm tổ chức tư vấn tại chỗ cho người lao động ngay khi doanh nghiệp thông báo cắt giảm.',
        ],
      },
    },
    sections: ['direction', 'jobLoss'],
    unit: 'CVL',
    author: 'Mai Phương',
    tags: ['cắt giảm lao động', 'bảo hiểm thất nghiệp', 'chỉ đạo'],
    daysAgo: 51,
  },
  {
    vi: {
      title: 'Hội thảo quốc tế về việc làm xanh và chuyển đổi công bằng',
      sapo: 'Các chuyên gia trong nước và quốc tế thảo luận về tác động của chuyển đổi năng lượng tới thị trường lao động.',
      body: {
        paragraphs: [
          'Theo các nghiên cứu được trình bày, chuyển đổi xanh sẽ tạo ra nhiều việc làm mới trong năng lượng tái tạo, xử lý chất thải và nông nghiệp bền vững, nhưng cũng đòi hỏi đào tạo lại lao động ở các ngành truyền thống.',
          'Viện Khoa học Lao động và Xã hội sẽ tổng hợp kiến nghị gửi lãnh đạo Bộ phục vụ xây dựng chiến lược việc làm.',
        ],
      },
    },
    en: {
      title: 'International workshop on green jobs and a just transition',
      sapo: 'Domestic and international experts discussed how the energy transition will affect the labour market.',
      body: {
        paragraphs: [
          'Research presented at the workshop shows that the green transition will create new jobs in renewable energy, waste treatment and sustainable agriculture, while requiring retraining for workers in traditional industries.',
          'The Institute of Labour Science and Social Affairs will compile recommendations for the Ministry’s leaders to inform the employment strategy.',
        ],
      },
    },
    sections: ['international'],
    unit: 'VKHLĐXH',
    author: 'Thu Trang',
    tags: ['việc làm xanh', 'hội thảo'],
    daysAgo: 53,
  },
  {
    vi: {
      title: 'Báo Lao động và An sinh: Những người thợ trở lại nhà máy sau khóa đào tạo lại',
      sapo: 'Sau 4 tháng học nghề bằng nguồn hỗ trợ của bảo hiểm thất nghiệp, nhiều lao động may đã có việc làm mới với thu nhập ổn định hơn.',
      body: {
        paragraphs: [
          'Chị Lò Thị Hoa, 38 tuổi, từng là công nhân may 12 năm. Mất việc đầu năm, chị đăng ký học điện dân dụng và nay là kỹ thuật viên bảo trì của một nhà máy điện tử gần nhà.',
          'Câu chuyện của chị Hoa và các học viên cùng lớp cho thấy hiệu quả của chính sách hỗ trợ học nghề khi gắn với nhu cầu thực tế của doanh nghiệp.',
        ],
      },
    },
    sections: ['jobLoss', 'local'],
    unit: 'BLĐAS',
    author: 'Phóng viên Báo Lao động và An sinh',
    tags: ['đào tạo lại', 'câu chuyện', 'bảo hiểm thất nghiệp'],
    daysAgo: 55,
    source: {
      name: 'Báo Lao động và An sinh (demo)',
      url: 'https://bao.demo.gov.vn/nhung-nguoi-tho-tro-lai-nha-may',
      permission: 'Đăng lại theo thỏa thuận cung cấp tin bài giữa Cổng thông tin điện tử và Báo, văn bản số 15/TTĐT ngày 02/9 (demo).',
    },
  },
  {
    vi: {
      title: 'Tập huấn nghiệp vụ cho cán bộ làm công tác trẻ em cấp xã',
      sapo: 'Hơn 300 cán bộ được tập huấn về quy trình hỗ trợ, can thiệp trường hợp trẻ em bị xâm hại và kỹ năng làm việc với gia đình.',
      body: {
        paragraphs: [
          'Lớp tập huấn được tổ chức theo hình thức trực tuyến kết hợp thực hành tình huống, do giảng viên của Trường Đại học Lao động và Xã hội phụ trách.',
          'Cán bộ sau tập huấn được cấp chứng nhận và tham gia mạng lưới trao đổi chuyên môn trên nền tảng học trực tuyến của Bộ.',
        ],
      },
    },
    sections: ['news'],
    unit: 'CTE',
    author: 'Minh Nhật',
    tags: ['tập huấn', 'bảo vệ trẻ em'],
    daysAgo: 57,
  },
  {
    vi: {
      title: 'Quy định mới về mức hưởng trợ cấp xã hội hằng tháng cho người khuyết tật',
      sapo: 'Mức chuẩn trợ giúp xã hội được điều chỉnh tăng, áp dụng từ đầu quý tới, với hệ số riêng cho người khuyết tật đặc biệt nặng.',
      body: {
        paragraphs: [
          'Theo quy định mới, người khuyết tật đặc biệt nặng được hưởng hệ số 2,0; trẻ em khuyết tật và người cao tuổi khuyết tật đặc biệt nặng được hưởng hệ số 2,5.',
          'Ủy ban nhân dân cấp xã rà soát, lập danh sách và điều chỉnh mức chi trả cho đối tượng mà không cần làm lại hồ sơ.',
        ],
      },
    },
    en: {
      title: 'New monthly social allowance rates for people with disabilities',
      sapo: 'The standard social assistance rate is being raised from the start of next quarter, with a specific coefficient for people with severe disabilities.',
      body: {
        paragraphs: [
          'Under the new rules, people with especially severe disabilities receive a coefficient of 2.0; children and older people with especially severe disabilities receive 2.5.',
          'Commune People’s Committees review their lists and adjust payments without asking beneficiaries to submit new files.',
        ],
      },
    },
    sections: ['policy'],
    unit: 'CBTXH',
    author: 'Hữu Phước',
    tags: ['người khuyết tật', 'trợ cấp xã hội', 'chính sách mới'],
    daysAgo: 59,
  },
  {
    vi: {
      title: 'Bộ trưởng tiếp công dân định kỳ, giải đáp kiến nghị về chế độ người có công',
      sapo: 'Buổi tiếp công dân tập trung vào các kiến nghị liên quan đến xác nhận, hưởng chế độ trợ cấp và giải quyết hồ sơ tồn đọng.',
      body: {
        paragraphs: [
          'Bộ trưởng đã trực tiếp nghe 8 công dân trình bày, giao Thanh tra Bộ và các đơn vị liên quan xem xét, trả lời bằng văn bản trong thời hạn quy định.',
          'Bộ trưởng yêu cầu các đơn vị công khai quy trình, thời hạn giải quyết để người dân chủ động theo dõi.',
        ],
      },
    },
    sections: ['direction', 'news'],
    unit: 'TTr',
    author: 'Vũ Đức Tâm',
    tags: ['tiếp công dân', 'người có công'],
    daysAgo: 61,
  },
  {
    vi: {
      title: 'Hơn 1.000 chỗ làm việc cho người khuyết tật tại hội chợ việc làm hòa nhập',
      sapo: 'Hội chợ do Trung tâm Quốc gia về Dịch vụ việc làm phối hợp với các hội người khuyết tật tổ chức, có phiên dịch ngôn ngữ ký hiệu.',
      body: {
        paragraphs: [
          'Các vị trí tuyển dụng chủ yếu thuộc lĩnh vực may mặc, thủ công mỹ nghệ, chăm sóc khách hàng qua điện thoại và lập trình web.',
          'Ban tổ chức bố trí lối đi, khu vực phỏng vấn riêng và hỗ trợ đăng ký hồ sơ trực tuyến cho người khiếm thị.',
        ],
      },
    },
    sections: ['news'],
    unit: 'TTQGVL',
    author: 'Thanh Tâm',
    tags: ['người khuyết tật', 'việc làm hòa nhập'],
    daysAgo: 63,
  },
  {
    vi: {
      title: 'Thông tấn Demo: Doanh nghiệp nhỏ gặp khó khi áp dụng hợp đồng lao động điện tử',
      sapo: 'Nhiều doanh nghiệp nhỏ và vừa cho biết chi phí chữ ký số và nền tảng lưu trữ là rào cản khi chuyển sang hợp đồng lao động điện tử.',
      body: {
        paragraphs: [
          'Khảo sát nhanh tại 50 doanh nghiệp cho thấy hơn một nửa vẫn dùng hợp đồng giấy, chủ yếu do chưa quen quy trình và lo ngại về giá trị pháp lý.',
          'Các doanh nghiệp kiến nghị cơ quan quản lý sớm ban hành hướng dẫn và có nền tảng dùng chung miễn phí cho doanh nghiệp siêu nhỏ.',
        ],
      },
    },
    sections: ['labourCode'],
    unit: 'VP',
    author: 'Thông tấn Demo',
    tags: ['hợp đồng lao động điện tử', 'doanh nghiệp nhỏ'],
    daysAgo: 64,
    source: {
      name: 'Thông tấn xã Demo',
      url: 'https://thongtan.demo.vn/kinh-te/hop-dong-lao-dong-dien-tu',
      permission: 'Được Thông tấn xã Demo đồng ý cho đăng lại nguyên văn theo thư điện tử ngày 20/8 (demo).',
    },
  },
  {
    vi: {
      title: 'Ban hành quy chế quản lý, vận hành Cổng thông tin điện tử của Bộ',
      sapo: 'Quy chế quy định rõ trách nhiệm cung cấp thông tin của các đơn vị, quy trình biên tập, phê duyệt và định mức tin bài hằng tuần.',
      body: {
        paragraphs: [
          'Theo quy chế, mỗi đơn vị thuộc Bộ phải gửi ít nhất một tin, bài mỗi tuần tới Ban Biên tập. Văn phòng Bộ tổng hợp, báo cáo Bộ trưởng kết quả thực hiện hằng tháng.',
          'Tin bài đăng lại từ báo chí phải ghi rõ nguồn, giữ nguyên tiêu đề và có sự đồng ý của cơ quan báo chí.',
        ],
        heading: 'Trách nhiệm của các đơn vị',
        points: [
          'Cung cấp thông tin chính xác, kịp thời về lĩnh vực được giao.',
          'Cử cộng tác viên và cán bộ đầu mối phối hợp với Ban Biên tập.',
          'Kiểm tra chính tả, trình bày trước khi gửi tin bài.',
        ],
      },
    },
    sections: ['direction'],
    unit: 'VP',
    author: 'Mai Anh',
    tags: ['Cổng thông tin điện tử', 'quy chế'],
    daysAgo: 66,
  },
  {
    vi: {
      title: 'Kinh nghiệm tổ chức an toàn lao động trong làng nghề cơ khí',
      sapo: 'Tại một làng nghề cơ khí, hợp tác xã đã giảm 70% số vụ tai nạn nhờ trang bị che chắn máy và tập huấn an toàn cho từng hộ.',
      body: {
        paragraphs: [
          'Hợp tác xã phối hợp với Sở Nội vụ mở các lớp tập huấn buổi tối để người lao động tham gia sau giờ làm. Mỗi hộ được hướng dẫn bố trí mặt bằng, lắp cầu dao chống giật.',
          'Mô hình được Cục An toàn lao động giới thiệu để các làng nghề khác tham khảo.',
        ],
      },
    },
    sections: ['local', 'safetyMonth'],
    unit: 'CATLĐ',
    author: 'Cộng tác viên Hòa Bình Xanh',
    tags: ['làng nghề', 'an toàn lao động'],
    daysAgo: 68,
  },
  {
    vi: {
      title: 'Đăng ký tham gia bảo hiểm xã hội tự nguyện: ai được hỗ trợ mức đóng?',
      sapo: 'Nhà nước hỗ trợ một phần tiền đóng bảo hiểm xã hội tự nguyện cho người thuộc hộ nghèo, hộ cận nghèo và các đối tượng khác.',
      body: {
        paragraphs: [
          'Người tham gia thuộc hộ nghèo được hỗ trợ 50%, hộ cận nghèo 40%, các đối tượng khác 20% mức đóng theo chuẩn hộ nghèo khu vực nông thôn.',
          'Người dân có thể đăng ký tại đại lý thu, cơ quan bảo hiểm xã hội hoặc trực tuyến trên Cổng Dịch vụ công.',
        ],
      },
    },
    en: {
      title: 'Registering for voluntary social insurance: who gets contribution support?',
      sapo: 'The State covers part of the voluntary social insurance contribution for members of poor and near-poor households and other groups.',
      body: {
        paragraphs: [
          'Members of poor households receive 50% support, near-poor households 40% and other participants 20% of the contribution based on the rural poverty line.',
          'People can register at collection agents, social insurance offices or online on the Public Service Portal.',
        ],
      },
    },
    sections: ['policy', 'procedures'],
    unit: 'KHTC',
    author: 'Minh Đức',
    tags: ['bảo hiểm xã hội tự nguyện', 'đăng ký'],
    daysAgo: 70,
  },
  {
    vi: {
      title: 'Hội Phụ nữ cơ quan Bộ tổ chức ngày hội gia đình hạnh phúc',
      sapo: 'Ngày hội thu hút hơn 200 gia đình cán bộ, công chức với các hoạt động thể thao, văn nghệ và chia sẻ kỹ năng nuôi dạy con.',
      body: {
        paragraphs: [
          'Chương trình có chuyên đề về phòng, chống bạo lực gia đình và bình đẳng giới trong gia đình do chuyên gia tâm lý trình bày.',
          'Kinh phí ủng hộ từ gian hàng ẩm thực được trao cho quỹ học bổng dành cho con cán bộ có hoàn cảnh khó khăn.',
        ],
      },
    },
    sections: ['party'],
    unit: 'TCCB',
    author: 'Hội Phụ nữ cơ quan Bộ',
    tags: ['Hội Phụ nữ', 'gia đình'],
    daysAgo: 72,
  },
  {
    vi: {
      title: 'Số người tham gia bảo hiểm thất nghiệp tăng 5% sau 9 tháng',
      sapo: 'Tính đến cuối quý III, cả nước có hơn 14,6 triệu người tham gia bảo hiểm thất nghiệp, chiếm khoảng 31% lực lượng lao động.',
      body: {
        paragraphs: [
          'Số người hưởng trợ cấp thất nghiệp trong 9 tháng đạt khoảng 790.000 người, trong đó 28.000 người được hỗ trợ học nghề.',
          'Cục Việc làm đánh giá quỹ bảo hiểm thất nghiệp tiếp tục bảo đảm khả năng chi trả, đồng thời đề xuất tăng chi cho hoạt động hỗ trợ duy trì việc làm.',
        ],
      },
    },
    en: {
      title: 'Unemployment insurance membership up 5% after nine months',
      sapo: 'By the end of the third quarter, more than 14.6 million people were insured against unemployment, about 31% of the labour force.',
      body: {
        paragraphs: [
          'About 790,000 people received unemployment benefits in nine months, and 28,000 of them received vocational training support.',
          'The Department of Employment considers the fund able to meet its obligations and proposes more spending on job retention measures.',
        ],
      },
    },
    sections: ['news', 'jobLoss'],
    unit: 'CVL',
    author: 'Trịnh Văn Hùng',
    tags: ['bảo hiểm thất nghiệp', 'số liệu'],
    daysAgo: 74,
  },
  {
    vi: {
      title: 'Kết nối liên thông thủ tục đăng ký khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ em',
      sapo: 'Cha mẹ chỉ cần nộp một bộ hồ sơ trực tuyến để được giải quyết cùng lúc ba thủ tục cho trẻ dưới 6 tuổi.',
      body: {
        paragraphs: [
          'Nhóm thủ tục liên thông giúp giảm thời gian đi lại và chi phí cho gia đình. Kết quả được trả qua bưu chính công ích hoặc bản điện tử.',
          'Cục Trẻ em đề nghị các địa phương hướng dẫn tận tình cho người dân ở vùng sâu, vùng xa chưa quen dịch vụ trực tuyến.',
        ],
      },
    },
    sections: ['procedures'],
    unit: 'CTE',
    author: 'Diệu Linh',
    tags: ['liên thông', 'đăng ký', 'trẻ em'],
    daysAgo: 76,
  },
  {
    vi: {
      title: 'Thanh tra việc chi trả trợ cấp tại 6 tỉnh: phát hiện sai sót trong xét duyệt hồ sơ',
      sapo: 'Qua thanh tra, một số xã xét duyệt đối tượng chưa đúng quy trình, chậm điều chỉnh khi đối tượng thay đổi hoàn cảnh.',
      body: {
        paragraphs: [
          'Đoàn thanh tra kiến nghị thu hồi hơn 300 triệu đồng chi sai đối tượng và kiểm điểm trách nhiệm cá nhân liên quan.',
          'Thanh tra Bộ đề nghị Cục Bảo trợ xã hội hoàn thiện phần mềm quản lý đối tượng, kết nối với dữ liệu dân cư để tự động cập nhật biến động.',
        ],
      },
    },
    sections: ['direction'],
    unit: 'TTr',
    author: 'Bùi Lan',
    tags: ['thanh tra', 'trợ cấp xã hội'],
    daysAgo: 78,
  },
  {
    vi: {
      title: 'Sinh viên công tác xã hội thực tập tại cơ sở trợ giúp xã hội',
      sapo: 'Hơn 150 sinh viên năm cuối được bố trí thực tập tại các trung tâm bảo trợ, làng trẻ và cơ sở cai nghiện.',
      body: {
        paragraphs: [
          'Sinh viên tham gia đánh giá nhu cầu, lập kế hoạch hỗ trợ cá nhân và tổ chức sinh hoạt nhóm cho đối tượng dưới sự hướng dẫn của nhân viên công tác xã hội tại cơ sở.',
          'Nhà trường và các cơ sở ký kết thỏa thuận để tiếp nhận sinh viên thực tập thường xuyên.',
        ],
      },
    },
    sections: ['news'],
    unit: 'ĐHLĐXH',
    author: 'Bảo Ngọc',
    tags: ['sinh viên', 'công tác xã hội', 'thực tập'],
    daysAgo: 80,
  },
  {
    vi: {
      title: 'Lương tối thiểu vùng: Bộ làm rõ cách áp dụng cho người lao động làm việc ở nhiều địa bàn',
      sapo: 'Trả lời kiến nghị của doanh nghiệp, Bộ cho biết mức lương tối thiểu vùng áp dụng theo nơi người lao động thực tế làm việc.',
      body: {
        paragraphs: [
          'Trường hợp doanh nghiệp có chi nhánh ở nhiều vùng, mỗi chi nhánh áp dụng mức lương tối thiểu của vùng nơi chi nhánh đặt trụ sở.',
          'Người lao động làm việc lưu động được áp dụng mức lương tối thiểu của vùng có mức cao nhất trong các địa bàn thường xuyên làm việc, trừ khi hai bên có thỏa thuận có lợi hơn.',
        ],
      },
    },
    sections: ['responses', 'labourCode'],
    unit: 'PC',
    author: 'Đinh Công Hiếu',
    tags: ['lương tối thiểu vùng', 'tiền lương'],
    daysAgo: 82,
    noCover: true,
  },
  {
    vi: {
      title: 'Đại hội Chi bộ Cục Việc làm nhiệm kỳ mới thành công tốt đẹp',
      sapo: 'Đại hội bầu Ban Chi ủy gồm 3 đồng chí và thông qua nghị quyết với 5 chỉ tiêu chủ yếu.',
      body: {
        paragraphs: [
          'Đại hội xác định nhiệm vụ trọng tâm là nâng cao chất lượng tham mưu chính sách việc làm, bảo hiểm thất nghiệp và đẩy mạnh chuyển đổi số trong giải quyết thủ tục.',
          'Đại diện Đảng ủy cơ quan Bộ ghi nhận những kết quả chi bộ đạt được trong nhiệm kỳ qua.',
        ],
      },
    },
    sections: ['party'],
    unit: 'CVL',
    author: 'Chi bộ Cục Việc làm',
    tags: ['đại hội chi bộ'],
    daysAgo: 84,
  },
  {
    vi: {
      title: 'Đài Phát thanh Demo: Trung tâm dịch vụ việc làm mở cửa cả thứ Bảy để hỗ trợ người lao động',
      sapo: 'Để đáp ứng nhu cầu tăng cao, nhiều trung tâm dịch vụ việc làm tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần.',
      body: {
        paragraphs: [
          'Người lao động có thể đến nộp hồ sơ, nhận tư vấn việc làm và thông báo tình trạng tìm kiếm việc làm hằng tháng vào sáng thứ Bảy.',
          'Các trung tâm cũng tăng cường tiếp nhận hồ sơ trực tuyến để giảm thời gian chờ đợi.',
        ],
      },
    },
    sections: ['jobLoss'],
    unit: 'TTQGVL',
    author: 'Đài Phát thanh Demo',
    tags: ['trung tâm dịch vụ việc làm', 'làm việc thứ Bảy'],
    daysAgo: 86,
    source: {
      name: 'Đài Phát thanh Demo',
      url: 'https://radio.demo.vn/thoi-su/trung-tam-dich-vu-viec-lam-thu-bay',
      permission: 'Đài Phát thanh Demo đồng ý cho Cổng thông tin điện tử đăng lại tin, văn bản số 301/ĐPT ngày 15/8 (demo).',
    },
  },
  {
    vi: {
      title: 'Tọa đàm chính sách phòng, chống lao động trẻ em trong chuỗi cung ứng',
      sapo: 'Các doanh nghiệp xuất khẩu chia sẻ kinh nghiệm kiểm soát nhà cung cấp để bảo đảm không sử dụng lao động trẻ em.',
      body: {
        paragraphs: [
          'Đại diện Cục Trẻ em cho biết tỷ lệ lao động trẻ em giảm trong 5 năm qua nhưng vẫn còn ở khu vực phi chính thức và hộ gia đình.',
          'Tọa đàm thống nhất kiến nghị xây dựng bộ tiêu chí tự đánh giá cho doanh nghiệp và tăng cường truyền thông tới các hộ sản xuất nhỏ.',
        ],
      },
    },
    sections: ['news', 'international'],
    unit: 'CTE',
    author: 'Minh Nhật',
    tags: ['lao động trẻ em', 'chuỗi cung ứng'],
    daysAgo: 88,
  },
  {
    vi: {
      title: 'Tỉnh Đồi Chè Xanh nâng cao chất lượng trung tâm dịch vụ việc làm cấp huyện',
      sapo: 'Tỉnh Đồi Chè Xanh (tỉnh giả định) mở thêm 4 điểm giao dịch việc làm vệ tinh ở các huyện miền núi.',
      body: {
        paragraphs: [
          'Các điểm giao dịch kết nối trực tuyến với trung tâm của tỉnh, giúp người lao động vùng cao tìm việc mà không phải đi xa.',
          'Sau 3 tháng hoạt động, các điểm vệ tinh đã tư vấn cho hơn 2.500 lượt người và giới thiệu việc làm thành công cho 600 người.',
        ],
      },
    },
    sections: ['local'],
    unit: 'TTQGVL',
    author: 'Cộng tác viên Đồi Chè Xanh',
    tags: ['dịch vụ việc làm', 'miền núi'],
    daysAgo: 90,
  },
  {
    vi: {
      title: 'Ra mắt bộ công cụ đánh giá rủi ro an toàn lao động cho doanh nghiệp nhỏ',
      sapo: 'Bộ công cụ trực tuyến miễn phí giúp doanh nghiệp tự nhận diện mối nguy và lập kế hoạch cải thiện điều kiện làm việc.',
      body: {
        paragraphs: [
          'Doanh nghiệp trả lời các câu hỏi theo ngành nghề và nhận báo cáo gợi ý biện pháp khắc phục, mẫu nội quy an toàn và kế hoạch huấn luyện.',
          'Cục An toàn lao động sẽ tổ chức hướng dẫn sử dụng bộ công cụ tại các hiệp hội doanh nghiệp.',
        ],
      },
    },
    en: {
      title: 'Risk assessment toolkit for occupational safety launched for small businesses',
      sapo: 'The free online toolkit helps companies identify hazards and plan improvements to working conditions.',
      body: {
        paragraphs: [
          'Companies answer questions for their industry and receive a report with suggested measures, a model safety regulation and a training plan.',
          'The Department of Occupational Safety will run sessions on the toolkit with business associations.',
        ],
      },
    },
    sections: ['news', 'safetyMonth'],
    unit: 'CATLĐ',
    author: 'Quang Huy',
    tags: ['đánh giá rủi ro', 'doanh nghiệp nhỏ', 'an toàn lao động'],
    daysAgo: 93,
  },
  {
    vi: {
      title: 'Nghiên cứu: Thu nhập của lao động nền tảng số và nhu cầu an sinh xã hội',
      sapo: 'Khảo sát 1.200 tài xế công nghệ, người giao hàng cho thấy đa số chưa tham gia bảo hiểm xã hội dù có nhu cầu.',
      body: {
        paragraphs: [
          'Thu nhập bình quân của nhóm lao động này khá cao nhưng biến động mạnh theo mùa và phụ thuộc vào chính sách của nền tảng.',
          'Nhóm nghiên cứu đề xuất thiết kế gói bảo hiểm linh hoạt, cho phép đóng theo thu nhập thực tế từng tháng.',
        ],
      },
    },
    sections: ['policy'],
    unit: 'VKHLĐXH',
    author: 'Thu Trang',
    tags: ['lao động nền tảng', 'an sinh xã hội', 'nghiên cứu'],
    daysAgo: 96,
  },
  {
    vi: {
      title: 'Hướng dẫn mới về khám sức khỏe định kỳ và phát hiện bệnh nghề nghiệp',
      sapo: 'Người sử dụng lao động phải tổ chức khám sức khỏe ít nhất một lần mỗi năm; lao động làm nghề nặng nhọc, độc hại được khám 6 tháng một lần.',
      body: {
        paragraphs: [
          'Hướng dẫn bổ sung danh mục bệnh nghề nghiệp cần khám phát hiện theo từng yếu tố có hại trong môi trường lao động.',
          'Chi phí khám do người sử dụng lao động chi trả và được hạch toán vào chi phí hợp lý của doanh nghiệp.',
        ],
      },
    },
    sections: ['policy', 'safetyMonth'],
    unit: 'CATLĐ',
    author: 'Hồng Nhung',
    tags: ['bệnh nghề nghiệp', 'khám sức khỏe'],
    daysAgo: 99,
  },
  {
    vi: {
      title: 'Bộ phát động cuộc thi tìm hiểu pháp luật lao động trực tuyến',
      sapo: 'Cuộc thi diễn ra trong 4 tuần, mở cho mọi người lao động, sinh viên và cán bộ công đoàn trên cả nước.',
      body: {
        paragraphs: [
          'Người tham gia đăng ký tài khoản, trả lời 20 câu hỏi trắc nghiệm và một câu hỏi dự đoán số người tham gia mỗi tuần.',
          'Ban tổ chức trao giải tuần và giải chung cuộc cho cá nhân, tập thể có nhiều người tham gia.',
        ],
      },
    },
    sections: ['labourCode', 'news'],
    unit: 'PC',
    author: 'Ngô Hạnh',
    tags: ['cuộc thi', 'phổ biến pháp luật', 'đăng ký'],
    daysAgo: 102,
  },
  {
    vi: {
      title: 'Phó Thủ tướng Chính phủ dự hội nghị sơ kết chương trình giảm nghèo đa chiều',
      sapo: 'Hội nghị đánh giá tỷ lệ hộ nghèo đa chiều giảm đúng kế hoạch; nhiều địa phương có cách làm sáng tạo trong hỗ trợ sinh kế.',
      body: {
        paragraphs: [
          'Các địa phương chia sẻ mô hình hỗ trợ giống cây trồng, vật nuôi gắn với tiêu thụ sản phẩm, đào tạo nghề cho lao động nông thôn.',
          'Bộ trưởng Trần Minh Khải đề nghị ưu tiên nguồn lực cho huyện nghèo và hộ nghèo là người dân tộc thiểu số.',
        ],
      },
    },
    sections: ['news', 'direction'],
    unit: 'BLĐXH',
    author: 'Minh Châu',
    tags: ['giảm nghèo', 'hội nghị'],
    daysAgo: 106,
  },
  {
    vi: {
      title: 'Tuyển chọn lao động đi làm việc tại nước ngoài theo chương trình hợp tác nhà nước',
      sapo: 'Người lao động đăng ký tại trung tâm dịch vụ việc làm, không phải nộp bất kỳ khoản phí môi giới nào.',
      body: {
        paragraphs: [
          'Chương trình tuyển chọn lao động ngành điều dưỡng, nông nghiệp và chế biến thực phẩm. Ứng viên được học tiếng và bồi dưỡng kiến thức cần thiết trước khi xuất cảnh.',
          'Cục Việc làm cảnh báo người lao động cảnh giác với các đối tượng hứa hẹn đưa đi làm việc ở nước ngoài và thu tiền trái phép.',
        ],
      },
    },
    en: {
      title: 'Recruitment for the government-to-government overseas employment programme',
      sapo: 'Workers register at employment service centres and pay no brokerage fees.',
      body: {
        paragraphs: [
          'The programme recruits workers in nursing, agriculture and food processing. Candidates take language classes and pre-departure training.',
          'The Department of Employment warns workers against people who promise jobs abroad and collect illegal fees.',
        ],
      },
    },
    sections: ['policy', 'international'],
    unit: 'CVL',
    author: 'Anh Tuấn',
    tags: ['lao động ngoài nước', 'đăng ký', 'cảnh báo'],
    daysAgo: 110,
  },
  {
    vi: {
      title: 'Hoàn thành sáp nhập dữ liệu đối tượng bảo trợ xã hội vào hệ thống dùng chung',
      sapo: 'Hơn 3 triệu hồ sơ đối tượng được chuẩn hóa, cập nhật trên hệ thống, sẵn sàng kết nối với cơ sở dữ liệu dân cư.',
      body: {
        paragraphs: [
          'Trung tâm Thông tin phối hợp với Cục Bảo trợ xã hội và các địa phương làm sạch dữ liệu, loại bỏ hồ sơ trùng lặp.',
          'Hệ thống mới giúp cán bộ cấp xã theo dõi biến động đối tượng và xuất báo cáo nhanh chóng.',
        ],
      },
    },
    sections: ['news'],
    unit: 'TTTT',
    author: 'Tô Thị Yến',
    tags: ['dữ liệu', 'bảo trợ xã hội', 'chuyển đổi số'],
    daysAgo: 114,
  },
  {
    vi: {
      title: 'Sơ kết 5 năm thi hành Bộ luật Lao động 2019: nhiều quy định đi vào cuộc sống',
      sapo: 'Hội nghị đánh giá các quy định mới về hợp đồng, tiền lương, tổ chức đại diện người lao động đã phát huy hiệu quả, đồng thời chỉ ra một số vướng mắc cần sửa đổi.',
      body: {
        paragraphs: [
          'Theo báo cáo của Vụ Pháp chế, các văn bản hướng dẫn được ban hành đầy đủ, đúng hạn. Quan hệ lao động tại doanh nghiệp cơ bản ổn định, số vụ đình công giảm.',
          'Một số vướng mắc được nêu là quy định về thời giờ làm việc trong ngành đặc thù, hợp đồng với người lao động cao tuổi và lao động nền tảng số.',
        ],
        heading: 'Kiến nghị sửa đổi',
        points: [
          'Bổ sung quy định cho lao động làm việc qua nền tảng số.',
          'Làm rõ thời giờ làm việc trong một số ngành đặc thù.',
          'Đơn giản hóa thủ tục đăng ký nội quy lao động.',
        ],
      },
    },
    en: {
      title: 'Five years of the Labour Code 2019: most new provisions working in practice',
      sapo: 'A review conference found that the new rules on contracts, wages and worker representation are effective, and listed issues that need amendment.',
      body: {
        paragraphs: [
          'According to the Legal Affairs Department, all implementing regulations were issued on time. Labour relations in companies are broadly stable and the number of strikes has fallen.',
          'Issues raised include working hours in special industries, contracts with older workers and platform workers.',
        ],
        heading: 'Proposed amendments',
        points: [
          'New provisions for workers on digital platforms.',
          'Clearer working-time rules for some special industries.',
          'A simpler procedure for registering workplace regulations.',
        ],
      },
    },
    sections: ['labourCode', 'news'],
    unit: 'PC',
    author: 'Đinh Công Hiếu',
    tags: ['Bộ luật Lao động', 'sơ kết'],
    daysAgo: 118,
    featured: true,
  },
]
