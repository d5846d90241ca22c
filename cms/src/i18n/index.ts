/**
 * Admin strings of Cổng's own UI (labels of roles, workflow states, messages), in Payload's
 * i18n format: `custom` keys are read with `t('custom:…')`.
 */
export const adminTranslations = {
  vi: { custom: {} },
  en: { custom: {} },
}
