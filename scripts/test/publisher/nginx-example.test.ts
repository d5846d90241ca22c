import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '../../src/lib/env'
import { defaultCsp, staticSecurityHeaders } from '../../src/publisher/security-headers'
import { cacheControlFor } from '../../src/publisher/static-server'

/**
 * docs/nginx.conf.example must not drift from what the static server sends: an operator who
 * copies it gets the same headers and cache rules as the reference server.
 */
const example = readFileSync(path.join(repoRoot(), 'docs/nginx.conf.example'), 'utf8')
const lines = example.split('\n').filter((line) => !line.trim().startsWith('#'))

/** `add_header Name "value" always;` → Map(name → value), every line must end with `always`. */
function addHeaders(): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of lines) {
    const match = /^\s*add_header\s+(\S+)\s+(?:"([^"]*)"|(\S+))\s+always;\s*$/.exec(line)
    if (line.includes('add_header')) expect(match, `malformed or not "always": ${line.trim()}`).not.toBeNull()
    if (match) headers.set(match[1], match[2] ?? match[3])
  }
  return headers
}

describe('docs/nginx.conf.example', () => {
  it('sends exactly the static server’s security headers and CSP, with the release hashes and CMS origin as variables', () => {
    const headers = addHeaders()
    for (const [name, value] of Object.entries(staticSecurityHeaders()))
      expect(headers.get(name), name).toBe(value)
    expect(headers.get('Content-Security-Policy')).toBe(
      defaultCsp('$cong_cms_origin', ['$cong_script_hashes']),
    )
    expect(headers.get('Content-Security-Policy')).not.toMatch(/script-src[^;]*unsafe-inline/)
    const expected = new Set([
      ...Object.keys(staticSecurityHeaders()),
      'Content-Security-Policy',
      'Cache-Control',
    ])
    expect(new Set(headers.keys())).toEqual(expected)
    expect(lines.some((line) => /^\s*set \$cong_cms_origin\s+https:\/\//.test(line))).toBe(true)
    expect(lines.some((line) => /^\s*set \$cong_script_hashes\s/.test(line))).toBe(true)
  })

  it('gives every path the same Cache-Control as the static server', () => {
    const start = lines.findIndex((line) => line.includes('map $uri $cong_cache_control'))
    expect(start).toBeGreaterThan(-1)
    const rules: { pattern: RegExp | null; value: string }[] = []
    for (const line of lines.slice(start + 1)) {
      if (line.trim() === '}') break
      const match = /^\s*(default|~\S+)\s+"([^"]+)";/.exec(line)
      expect(match, line).not.toBeNull()
      rules.push({
        pattern: match![1] === 'default' ? null : new RegExp(match![1].slice(1)),
        value: match![2],
      })
    }
    const fallback = rules.find((rule) => rule.pattern === null)!.value
    const nginxCache = (uri: string) => rules.find((rule) => rule.pattern?.test(uri))?.value ?? fallback
    for (const rel of [
      'index.html',
      'bai-viet/a/index.html',
      '404.html',
      '_astro/site.abc123.css',
      '_astro/client.X1y2.js',
      'pagefind/index/en_1a2b.pf_index',
      'pagefind/fragment/vi_9f.pf_fragment',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.unknown.pagefind',
      'rss.xml',
      'sitemap-index.xml',
      'robots.txt',
      'site.webmanifest',
      'media/x.webp',
      'media/van-ban/quyet-dinh.pdf',
    ]) {
      expect(nginxCache(`/${rel}`), rel).toBe(cacheControlFor(rel))
    }
  })

  it('proxies the CMS routes and hides the release metadata', () => {
    for (const location of ['/api/', '/admin', '/_next/']) {
      expect(example).toMatch(
        new RegExp(`location ${location.replace(/\//g, '\\/')} \\{\\s*proxy_pass http://cong_cms;`),
      )
    }
    expect(example).toMatch(/location ~ \/\\\. \{\s*return 404;/)
    expect(example).toMatch(/root \/srv\/cong\/var\/releases\/current;/)
  })
})
