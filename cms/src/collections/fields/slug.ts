import type { TextField } from 'payload'

/** A URL slug field, filled from the title by `uniqueSlugHook` when left empty. */
export function slugField(name = 'slug', overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    label:
      name === 'slugEn' ? { vi: 'Đường dẫn tiếng Anh', en: 'English slug' } : { vi: 'Đường dẫn', en: 'Slug' },
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Để trống để tạo tự động từ tiêu đề (không dấu, nối bằng gạch ngang).',
        en: 'Leave empty to derive it from the title.',
      },
    },
    ...overrides,
  } as TextField
}
