import path from 'node:path'
import type { CollectionConfig } from 'payload'
import {
  anyone,
  isArticleWriter,
  isBoardOrAdmin,
  localizedOnlyForTranslators,
  orTranslatorInEnglish,
} from '../../access'
import { dataDir } from '../../db/adapter'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { notifyPublisherAfterChange, notifyPublisherAfterDelete } from '../../publishing/hooks'

const webp = { format: 'webp' as const, options: { quality: 80 } }
// AVIF is about a third smaller than WebP at the same look; low effort keeps uploads quick. Only the
// grid and card sizes get it: they are the images most pages load.
const avif = { format: 'avif' as const, options: { quality: 55, effort: 2 } }

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { vi: 'Ảnh', en: 'Image' }, plural: { vi: 'Thư viện ảnh', en: 'Media' } },
  admin: {
    group: { vi: 'Nội dung', en: 'Content' },
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    description: {
      vi: 'Ảnh dùng trong tin bài và trang. Luôn ghi mô tả ảnh (cho người khiếm thị) và nguồn ảnh.',
      en: 'Images for articles and pages. Always give alt text and credit.',
    },
  },
  access: {
    read: anyone,
    create: isArticleWriter,
    update: orTranslatorInEnglish(['editor', 'board', 'admin']),
    delete: isBoardOrAdmin,
  },
  upload: {
    staticDir: path.join(dataDir(), 'media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: webp },
      { name: 'card', width: 800, formatOptions: webp },
      { name: 'hero', width: 1600, formatOptions: webp },
      { name: 'thumbnailAvif', width: 400, formatOptions: avif },
      { name: 'cardAvif', width: 800, formatOptions: avif },
    ],
  },
  hooks: {
    afterChange: [auditAfterChange, notifyPublisherAfterChange(false)],
    afterDelete: [auditAfterDelete, notifyPublisherAfterDelete(false)],
  },
  fields: localizedOnlyForTranslators([
    {
      name: 'alt',
      type: 'text',
      label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' },
      required: true,
      localized: true,
      admin: {
        description: {
          vi: 'Mô tả nội dung ảnh cho người không xem được ảnh, ví dụ «Thứ trưởng phát biểu tại hội nghị».',
          en: 'What the image shows, for readers who cannot see it.',
        },
      },
    },
    { name: 'caption', type: 'text', label: { vi: 'Chú thích', en: 'Caption' }, localized: true },
    { name: 'credit', type: 'text', label: { vi: 'Nguồn ảnh', en: 'Credit' } },
  ]),
}
