import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cmsSecurityHeaders } from './src/auth/headers'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // The workspace root holds the lockfile; telling Next avoids its "multiple lockfiles" guess.
  outputFileTracingRoot: path.resolve(dirname, '..'),
  transpilePackages: ['@cong/shared'],
  // PDFKit reads its font metrics from its own folder at run time: it must stay a Node package,
  // not be bundled. exceljs and file-type are plain Node libraries too.
  serverExternalPackages: ['pdfkit', 'exceljs', 'file-type'],
  // The CMS has no public pages of its own: the public portal is the static site.
  redirects: async () => [{ source: '/', destination: '/admin', permanent: false }],
  headers: async () => [{ source: '/:path*', headers: cmsSecurityHeaders() }],
  // Naming the framework and its version only helps whoever looks for a known hole.
  poweredByHeader: false,
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
