/** Labels of the monthly report screen in the admin's two languages (the report itself is Vietnamese). */
export const MONTHLY_REPORT_STRINGS = {
  vi: {
    title: 'Báo cáo tháng',
    intro: 'Báo cáo hoạt động hằng tháng của Cổng gửi lãnh đạo: số liệu tính theo giờ Việt Nam, lập lại cho tháng nào cũng ra cùng kết quả.',
    month: 'Tháng',
    show: 'Xem',
    download: 'Tải về',
    xlsx: 'Bảng tính Excel (.xlsx)',
    pdf: 'Bản in PDF',
  },
  en: {
    title: 'Monthly report',
    intro: "The portal's monthly activity report for the director: figures by Vietnamese time, the same whenever a month's report is made again.",
    month: 'Month',
    show: 'Show',
    download: 'Download',
    xlsx: 'Excel workbook (.xlsx)',
    pdf: 'Printable PDF',
  },
} as const

export const monthlyReportStrings = (language: string) =>
  language === 'en' ? MONTHLY_REPORT_STRINGS.en : MONTHLY_REPORT_STRINGS.vi
