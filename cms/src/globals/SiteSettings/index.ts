import type { GlobalConfig } from 'payload'
import { DEFAULT_EMBED_HOSTS } from '@cong/shared/media'
import { TRANSLATABLE_LABELS } from '@cong/shared/translation'
import { anyone, fieldHasRole, localizedOnlyForTranslators, orTranslatorInEnglish } from '../../access'
import { keepGlobalRowsForTranslators } from '../../hooks/translatorRows'
import { notifyPublisherAfterGlobalChange } from '../../publishing/hooks'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { vi: 'Cấu hình Cổng', en: 'Site settings' },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    description: {
      vi: 'Tên Cổng, khẩu hiệu, chân trang, liên hệ và liên kết nhanh hiển thị trên mọi trang.',
      en: 'Site name, tagline, footer, contacts and quick links shown on every page.',
    },
  },
  access: { read: anyone, update: orTranslatorInEnglish(['board', 'admin']) },
  hooks: { beforeChange: [keepGlobalRowsForTranslators], afterChange: [notifyPublisherAfterGlobalChange] },
  fields: localizedOnlyForTranslators([
    {
      name: 'siteName',
      type: 'text',
      label: { vi: 'Tên Cổng', en: 'Site name' },
      required: true,
      localized: true,
    },
    { name: 'tagline', type: 'text', label: { vi: 'Khẩu hiệu', en: 'Tagline' }, localized: true },
    {
      name: 'footerNote',
      type: 'textarea',
      label: { vi: 'Ghi chú chân trang', en: 'Footer note' },
      localized: true,
      admin: {
        description: {
          vi: 'Ví dụ: cơ quan chủ quản, giấy phép, người chịu trách nhiệm.',
          en: 'e.g. owning agency, licence, person responsible.',
        },
      },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { vi: 'Biểu trưng', en: 'Logo' } },
    {
      type: 'row',
      fields: [
        { name: 'address', type: 'text', label: { vi: 'Địa chỉ', en: 'Address' } },
        { name: 'phone', type: 'text', label: { vi: 'Điện thoại', en: 'Phone' } },
        { name: 'email', type: 'email', label: { vi: 'Thư điện tử', en: 'E-mail' } },
      ],
    },
    {
      name: 'weeklyQuotaPerUnit',
      type: 'number',
      label: { vi: 'Số bài mỗi đơn vị phải gửi mỗi tuần', en: 'Weekly article quota per unit' },
      defaultValue: 1,
      min: 0,
      required: true,
    },
    {
      name: 'toneStyle',
      type: 'select',
      label: { vi: 'Kiểu đặt dấu thanh', en: 'Tone-mark placement' },
      defaultValue: 'old',
      required: true,
      options: [
        { value: 'old', label: { vi: 'Kiểu cũ: hòa, thúy, ủy', en: 'Traditional: hòa, thúy, ủy' } },
        { value: 'new', label: { vi: 'Kiểu mới: hoà, thuý, uỷ', en: 'Modern: hoà, thuý, uỷ' } },
        { value: 'any', label: { vi: 'Cả hai, miễn không trộn trong một bài', en: 'Either, but not mixed in one article' } },
      ],
      admin: {
        description: {
          vi: 'Trình kiểm tra chính tả cảnh báo khi bài viết dùng kiểu đặt dấu khác.',
          en: 'The content checker warns when an article uses the other placement.',
        },
      },
    },
    {
      name: 'quickLinks',
      type: 'array',
      label: { vi: 'Liên kết nhanh', en: 'Quick links' },
      labels: { singular: { vi: 'Liên kết', en: 'Link' }, plural: { vi: 'Liên kết', en: 'Links' } },
      fields: [
        { name: 'label', type: 'text', label: { vi: 'Nhãn', en: 'Label' }, required: true, localized: true },
        { name: 'url', type: 'text', label: { vi: 'Địa chỉ', en: 'URL' }, required: true },
      ],
    },
    {
      name: 'embedHosts',
      type: 'text',
      hasMany: true,
      label: { vi: 'Trang được phép nhúng video', en: 'Allowed video embed hosts' },
      defaultValue: [...DEFAULT_EMBED_HOSTS],
      // Every allowed host can run its player inside the portal's pages: an administrator's call.
      access: { create: fieldHasRole('admin'), update: fieldHasRole('admin') },
      admin: {
        description: {
          vi: 'Tên miền, ví dụ youtube.com, vimeo.com; các tên miền con (www., m.) cũng được phép. Để trống: dùng youtube.com, youtu.be, vimeo.com.',
          en: 'Domain names, e.g. youtube.com, vimeo.com; their subdomains (www., m.) are allowed too. Left empty: youtube.com, youtu.be, vimeo.com.',
        },
      },
    },
    {
      name: 'englishNeeded',
      type: 'select',
      hasMany: true,
      label: { vi: 'Luôn cần bản tiếng Anh', en: 'Always needs English' },
      options: Object.entries(TRANSLATABLE_LABELS).map(([value, label]) => ({ value, label })),
      // Deciding what needs English is the editorial side's call (docs/translation-and-multimedia.md).
      access: { create: fieldHasRole('board', 'admin'), update: fieldHasRole('board', 'admin') },
      admin: {
        description: {
          vi: 'Mục mới thuộc các loại này vào hàng chờ dịch ngay («Cần dịch»); các loại khác bắt đầu ở «Không cần dịch» cho đến khi biên tập viên yêu cầu.',
          en: 'New items of these kinds enter the translation queue at once ("Needed"); others start as "Not needed" until an editor asks for English.',
        },
      },
    },
    {
      name: 'onlineServicesUrl',
      type: 'text',
      label: { vi: 'Địa chỉ Dịch vụ công trực tuyến', en: 'Online public services URL' },
    },
  ]),
}
