import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      '**/.astro/**',
      '**/.builds/**',
      'data/**',
      'var/**',
      'cms/src/app/(payload)/admin/importMap.js',
      'shared/src/payload-types.ts',
      'cms/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  {
    // Payload's type registration is an empty interface extending the generated Config by design.
    files: ['cms/src/payload.config.ts'],
    rules: { '@typescript-eslint/no-empty-object-type': 'off' },
  },
)
