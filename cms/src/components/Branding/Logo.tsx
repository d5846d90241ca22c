import type { ServerProps } from 'payload'
import { Mark } from './Mark'

const TEXT = {
  vi: { title: 'Cổng thông tin điện tử', subtitle: 'Trang quản trị nội dung' },
  en: { title: 'Cổng e-portal', subtitle: 'Content administration' },
}

/** The login page's logo: the mark and what this admin is, in the admin's language. */
export function Logo({ i18n }: ServerProps) {
  const text = TEXT[i18n?.language === 'en' ? 'en' : 'vi']
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '1rem' }}>
      <Mark size={56} />
      <div>
        <div style={{ fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.2 }}>{text.title}</div>
        <div style={{ opacity: 0.75 }}>{text.subtitle}</div>
      </div>
    </div>
  )
}
