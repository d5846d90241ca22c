import type { CollectionConfig } from 'payload'
import { isEditorial, nobody } from '../../access'

/**
 * Article views per Vietnamese month, added to by the view counter's batched flush. The article's
 * `viewCount` is the running total the site shows; this is what the monthly report ranks, so a
 * past month's "most read" does not change as old articles keep being read.
 */
export const ViewTallies: CollectionConfig = {
  slug: 'view-tallies',
  labels: {
    singular: { vi: 'Lượt xem theo tháng', en: 'Monthly views' },
    plural: { vi: 'Lượt xem theo tháng', en: 'Monthly views' },
  },
  admin: { group: { vi: 'Hệ thống', en: 'System' }, hidden: true },
  access: { read: isEditorial, create: nobody, update: nobody, delete: nobody },
  fields: [
    /** `<article id>@<yyyy-MM>`: one row per article and month. */
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, index: true },
    { name: 'month', type: 'text', required: true, index: true },
    { name: 'views', type: 'number', required: true, defaultValue: 0 },
  ],
}
