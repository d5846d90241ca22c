import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { csvText, tempDir } from './helpers'

const scriptsDir = fileURLToPath(new URL('../../', import.meta.url))
const tsx = path.join(scriptsDir, 'node_modules', '.bin', 'tsx')
const dir = tempDir('cong-import-cli-')

/** `pnpm ops …` as a user runs it from `dir` (pnpm says where in INIT_CWD), on a throw-away SQLite. */
function ops(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string; ms: number }>((resolve) => {
    const started = Date.now()
    const env = {
      ...process.env,
      NO_COLOR: '1',
      INIT_CWD: dir,
      DATABASE_URL: `file:${path.join(dir, 'cong.db')}`,
      CONG_DATA_DIR: path.join(dir, 'data'),
      PAYLOAD_SECRET: 'test-secret-not-for-production-0123456789',
      PAYLOAD_DISABLE_ADMIN: 'true',
      CONG_JOBS_AUTORUN: 'false',
      PUBLISHER_WEBHOOK_SECRET: '',
      // No publisher configured either, whatever a developer's .env says: the CMS would refuse a URL without its secret.
      PUBLISHER_URL: '',
    }
    execFile(tsx, ['src/cli/ops.ts', ...args], { cwd: scriptsDir, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr, ms: Date.now() - started }),
    )
  })
}

const HEADER = ['Số ký hiệu', 'Loại văn bản', 'Cơ quan ban hành', 'Ngày ban hành', 'Trích yếu', 'Thay thế']
const GOOD = [
  ['10/2012/QH13', 'Bộ luật', 'Quốc hội', '18/06/2012', 'Bộ luật Lao động', ''],
  ['45/2019/QH14', 'Bộ luật', 'Quốc hội', '20/11/2019', 'Bộ luật Lao động', '10/2012/QH13'],
]

describe('pnpm ops import-legal', () => {
  it('shows the columns in its help', async () => {
    const { code, stdout } = await ops(['import-legal', '--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/Số ký hiệu \*\s+14\/2017\/NĐ-CP/)
    expect(stdout).toMatch(/Tệp đính kèm\s+PDF, DOC, DOCX/)
    expect(stdout).toContain('docs/legal-import.md')
  })

  it('refuses an unreadable file at once, without starting the CMS', async () => {
    writeFileSync(
      path.join(dir, 'unicode.csv'),
      Buffer.from('\uFEFF' + csvText([HEADER, ...GOOD]), 'utf16le'),
    )
    const { code, stdout, stderr } = await ops(['import-legal', 'unicode.csv', '--report', 'bao-cao-loi.csv'])
    expect(code).toBe(1)
    expect(stdout).toContain('Tệp CSV đang ở mã UTF-16')
    expect(stdout).toContain('✗ Không nhập được tệp / File refused')
    expect(stderr).not.toContain('Starting the CMS')
    expect(readFileSync(path.join(dir, 'bao-cao-loi.csv'), 'utf8')).toContain('CSV UTF-8')
  })

  it('reports a broken file as JSON and exits 1; imports a good one and writes the report', async () => {
    writeFileSync(
      path.join(dir, 'broken.csv'),
      csvText([HEADER, GOOD[0], [...GOOD[1].slice(0, 5), '99/2011/QH13']]),
    )
    const broken = await ops(['--json', 'import-legal', 'broken.csv'])
    expect(broken.code).toBe(1)
    const outcome = JSON.parse(broken.stdout)
    expect(outcome.status).toBe('invalid')
    expect(outcome.issues).toMatchObject([
      { row: 3, column: 'Thay thế', code: 'relation-unknown', value: '99/2011/QH13' },
    ])

    writeFileSync(path.join(dir, 'good.csv'), csvText([HEADER, ...GOOD]))
    const good = await ops(['import-legal', 'good.csv', '--report', 'bao-cao.csv'])
    expect(good.stdout).toContain(
      '✓ Đã nhập, đã xuất bản / Imported and published: 2 mới, 0 cập nhật, 0 không đổi',
    )
    expect(good.stdout).toContain('PUBLISHER_WEBHOOK_SECRET chưa đặt')
    expect(good.code).toBe(0)
    expect(readFileSync(path.join(dir, 'bao-cao.csv'), 'utf8')).toContain('45/2019/QH14,mới / new')
  }, 240_000)
})
