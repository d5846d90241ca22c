/** `tsx src/publisher/static-main.ts`: serves the live release on SITE_PORT (default 4321). */
import path from 'node:path'
import { intFromEnv, loadEnvFile, varDir } from '../lib/env'
import { createLogger } from '../lib/log'
import { hstsFromEnv } from './security-headers'
import { createStaticServer } from './static-server'

const logger = createLogger('static')
loadEnvFile()
const host = process.env.SITE_HOST || '127.0.0.1'
const port = intFromEnv('SITE_PORT', 4321)
const releasesDir = path.join(varDir(), 'releases')
const cmsOrigin = new URL(process.env.CMS_PUBLIC_URL || 'http://127.0.0.1:3000').origin

const server = createStaticServer({ releasesDir, cmsOrigin, csp: process.env.SITE_CSP || undefined, hsts: hstsFromEnv(), logger })
server.on('error', (error: NodeJS.ErrnoException) => {
  logger.error(error.code === 'EADDRINUSE' ? `port ${port} already in use (set SITE_PORT)` : `cannot start: ${error.message}`)
  process.exit(1)
})
server.listen(port, host, () => logger.info('serving the live release', { url: `http://${host}:${port}`, releases: releasesDir, cms: cmsOrigin }))
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)))
