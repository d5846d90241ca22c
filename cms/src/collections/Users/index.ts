import type { CollectionConfig } from 'payload'
import { ROLES, UNIT_SCOPED_ROLES, isRole } from '@cong/shared/roles'
import { anyStaff, fieldHasRole, isAdmin, selfOrAdmin, selfOrBoardOrAdminField } from '../../access'
import { forgiveSuccessfulLogin, limitLoginAttempts } from '../../auth/loginLimit'
import { staffAuth } from '../../auth/sessions'
import { auditAfterChange, auditAfterDelete } from '../../hooks/audit'
import { MESSAGES, ROLE_LABELS, bilingual } from '../../i18n'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { refuseInactiveLogin } from './hooks/refuseInactiveLogin'

const adminOnly = { create: fieldHasRole('admin'), update: fieldHasRole('admin') }
const personal = { read: selfOrBoardOrAdminField }

export const Users: CollectionConfig = {
  slug: 'users',
  auth: staffAuth(),
  labels: { singular: { vi: 'Người dùng', en: 'User' }, plural: { vi: 'Người dùng', en: 'Users' } },
  admin: {
    group: { vi: 'Hệ thống', en: 'System' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'unit', 'active'],
    description: {
      vi: 'Tài khoản và vai trò. Cộng tác viên và cán bộ xử lý phải thuộc một đơn vị.',
      en: 'Accounts and roles. Contributors and case handlers belong to a unit.',
    },
  },
  access: {
    read: anyStaff,
    create: isAdmin,
    update: selfOrAdmin,
    delete: isAdmin,
    admin: ({ req }) => req.user?.active !== false,
  },
  hooks: {
    beforeOperation: [limitLoginAttempts],
    beforeValidate: [firstUserIsAdmin],
    beforeLogin: [refuseInactiveLogin],
    afterLogin: [forgiveSuccessfulLogin],
    afterChange: [auditAfterChange],
    afterDelete: [auditAfterDelete],
  },
  fields: [
    // Merged into the e-mail field Payload adds to auth collections: only its read access changes.
    { name: 'email', type: 'email', access: personal },
    { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Full name' }, required: true },
    {
      name: 'role',
      type: 'select',
      label: { vi: 'Vai trò', en: 'Role' },
      required: true,
      defaultValue: 'contributor',
      access: adminOnly,
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: { vi: 'Đơn vị', en: 'Unit' },
      access: { ...adminOnly, ...personal },
      validate: (value: unknown, { data }: { data: { role?: unknown } }) =>
        isRole(data?.role) && UNIT_SCOPED_ROLES.includes(data.role) && !value
          ? bilingual(MESSAGES.unitRequired)
          : true,
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Bắt buộc với Cộng tác viên và Cán bộ xử lý: quyền của họ giới hạn trong đơn vị này.',
          en: 'Required for contributors and case handlers: their rights are limited to this unit.',
        },
      },
    },
    {
      name: 'active',
      type: 'checkbox',
      label: { vi: 'Đang hoạt động', en: 'Active' },
      defaultValue: true,
      access: { ...adminOnly, ...personal },
      admin: {
        position: 'sidebar',
        description: {
          vi: 'Bỏ chọn để khoá tài khoản mà vẫn giữ lịch sử.',
          en: 'Untick to disable the account and keep its history.',
        },
      },
    },
  ],
}
