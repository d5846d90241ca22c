import type { CollectionConfig } from 'payload'
import { isEditorial, nobody } from '../../access'

/**
 * One row per reminder e-mail sent to a unit behind its weekly quota: the job reads it so a unit
 * gets one reminder a week however often the job runs, and the board can see who was reminded.
 */
export const QuotaReminders: CollectionConfig = {
  slug: 'quota-reminders',
  labels: {
    singular: { vi: 'Nhắc chỉ tiêu', en: 'Quota reminder' },
    plural: { vi: 'Nhắc chỉ tiêu tin bài', en: 'Quota reminders' },
  },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    useAsTitle: 'week',
    defaultColumns: ['week', 'unit', 'count', 'recipients', 'sentAt'],
    description: {
      vi: 'Thư nhắc tự động gửi cộng tác viên của đơn vị chưa đủ số bài trong tuần (từ thứ Năm).',
      en: 'Automatic reminders sent, from Thursday, to the contributors of units behind their weekly quota.',
    },
  },
  access: { read: isEditorial, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'unit', type: 'relationship', relationTo: 'units', required: true, label: { vi: 'Đơn vị', en: 'Unit' } },
    { name: 'week', type: 'text', required: true, index: true, label: { vi: 'Tuần (thứ Hai)', en: 'Week (Monday)' } },
    { name: 'count', type: 'number', label: { vi: 'Số bài đã gửi', en: 'Articles sent' } },
    { name: 'quota', type: 'number', label: { vi: 'Chỉ tiêu', en: 'Quota' } },
    { name: 'recipients', type: 'text', hasMany: true, label: { vi: 'Người nhận', en: 'Recipients' } },
    { name: 'sentAt', type: 'date', label: { vi: 'Thời điểm gửi', en: 'Sent at' } },
  ],
}
