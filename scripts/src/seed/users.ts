/**
 * Demo accounts, one per role, with passwords that say they are for the demo. The portal command
 * and the README print this list; the seed creates exactly these users.
 */
import type { Role } from '@cong/shared/roles'
import { UNITS } from './data/units'

export const DEMO_PASSWORD = 'Demo@2026'

export interface DemoLogin {
  email: string
  password: string
  role: Role
  /** The person's position as the admin shows it (Vietnamese). */
  roleLabel: string
  name: string
  /** Vietnamese name of the user's unit, for contributors and case handlers. */
  unit?: string
  /** `shortName` of that unit in the seed data. */
  unitShortName?: string
}

/** A unit-scoped user's unit, looked up so the printed name always matches the seeded one. */
function unitOf(shortName: string): { unit: string; unitShortName: string } {
  const unit = UNITS.find((u) => u.shortName === shortName)
  if (!unit) throw new Error(`Demo user refers to unknown unit ${shortName}`)
  return { unit: unit.name.vi, unitShortName: shortName }
}

/** One per unit that answers citizens' cases (the seed's cases are routed to these units). */
function caseHandler(email: string, name: string, unit: string): DemoLogin {
  return { email, password: DEMO_PASSWORD, role: 'caseHandler', roleLabel: 'Cán bộ xử lý', name, ...unitOf(unit) }
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    email: 'admin@demo.gov.vn',
    password: DEMO_PASSWORD,
    role: 'admin',
    roleLabel: 'Quản trị hệ thống',
    name: 'Quản trị Cổng (demo)',
  },
  {
    email: 'bbt@demo.gov.vn',
    password: DEMO_PASSWORD,
    role: 'board',
    roleLabel: 'Trưởng ban Biên tập',
    name: 'Hoàng Văn Lực (demo)',
  },
  {
    email: 'bientap@demo.gov.vn',
    password: DEMO_PASSWORD,
    role: 'editor',
    roleLabel: 'Biên tập viên',
    name: 'Tô Thị Yến (demo)',
  },
  {
    email: 'ctv.vieclam@demo.gov.vn',
    password: DEMO_PASSWORD,
    role: 'contributor',
    roleLabel: 'Cộng tác viên',
    name: 'Mai Thu Hà (demo)',
    ...unitOf('CVL'),
  },
  {
    email: 'ctv.antoan@demo.gov.vn',
    password: DEMO_PASSWORD,
    role: 'contributor',
    roleLabel: 'Cộng tác viên',
    name: 'Lý Hồng Nhung (demo)',
    ...unitOf('CATLĐ'),
  },
  {
    email: 'ctv.treem@demo.gov.vn',
    password: DEMO_PASSWORD,
    role: 'contributor',
    roleLabel: 'Cộng tác viên',
    name: 'Vũ Thị Lan (demo)',
    ...unitOf('CTE'),
  },
  {
    email: 'ctv.phapche@demo.gov.vn',
    password: DEMO_PASSWORD,
    role: 'contributor',
    roleLabel: 'Cộng tác viên',
    name: 'Trịnh Văn Bình (demo)',
    ...unitOf('PC'),
  },
  {
    email: 'biendich@demo.gov.vn',
    password: DEMO_PASSWORD,
    role: 'translator',
    roleLabel: 'Biên dịch viên',
    name: 'Nguyễn Minh Anh (demo)',
  },
  caseHandler('xuly@demo.gov.vn', 'Hà Kim Oanh (demo)', 'CBTXH'),
  caseHandler('xuly.vieclam@demo.gov.vn', 'Đinh Thị Hương (demo)', 'CVL'),
  caseHandler('xuly.phapche@demo.gov.vn', 'Cao Văn Thắng (demo)', 'PC'),
  caseHandler('xuly.antoan@demo.gov.vn', 'Lương Minh Đức (demo)', 'CATLĐ'),
  caseHandler('xuly.treem@demo.gov.vn', 'Kiều Thị Ngân (demo)', 'CTE'),
  caseHandler('xuly.thanhtra@demo.gov.vn', 'Tạ Quang Vinh (demo)', 'TTr'),
  caseHandler('xuly.tochuc@demo.gov.vn', 'Mạc Thị Thủy (demo)', 'TCCB'),
  caseHandler('xuly.vanphong@demo.gov.vn', 'Quách Văn Nam (demo)', 'VP'),
  {
    email: 'vanhanh@demo.gov.vn',
    password: DEMO_PASSWORD,
    role: 'ops',
    roleLabel: 'Vận hành',
    name: 'Đặng Quốc Toàn (demo)',
  },
]
