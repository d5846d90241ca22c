import type { Field } from 'payload'

/** Files of a legal document, a draft or its summary: an uploaded PDF/DOC/DOCX with the label readers see. */
export const documentFilesField = (
  name: string,
  label: { vi: string; en: string },
  description: { vi: string; en: string },
): Field => ({
  name,
  type: 'array',
  label,
  labels: { singular: { vi: 'Tệp', en: 'File' }, plural: label },
  admin: { description },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'file',
          type: 'upload',
          relationTo: 'document-files',
          label: { vi: 'Tệp', en: 'File' },
          required: true,
          admin: { width: '50%' },
        },
        {
          name: 'label',
          type: 'text',
          label: { vi: 'Tên hiển thị', en: 'Label' },
          localized: true,
          admin: { width: '50%', description: { vi: 'Ví dụ «Bản có chữ ký».', en: 'E.g. "Signed copy".' } },
        },
      ],
    },
  ],
})
