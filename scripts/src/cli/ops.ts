/**
 * `pnpm ops status | rebuild | rollback | releases | logs [buildId]`: the publisher's ops API
 * from a terminal, signed with PUBLISHER_WEBHOOK_SECRET. When the publisher is not running,
 * status, releases, logs and rollback work on `var/` directly and say so.
 * `pnpm ops import-legal <file>` imports legal documents from a spreadsheet (legal-import/).
 * `pnpm ops generate-dataset --scale <small|reference>` fills the CMS with the performance
 * dataset (dataset/).
 * `pnpm ops backup` / `pnpm ops restore <file>` save and put back the database, uploads and
 * releases (backup/, docs/backup.md).
 *
 * Exit codes: 0 done · 1 refused or failed (rollback impossible, build failed, unknown build)
 *             2 publisher unreachable for a command that needs it · 3 configuration missing
 */
import path from 'node:path'
import { Command, Option } from 'commander'
import pc from 'picocolors'
import { loadEnvFile, varDir } from '../lib/env'
import { fields, formatDuration, formatTime, table } from '../lib/format'
import { columnsHelp, fromUserCwd, runImportCommand } from '../legal-import/cli'
import { DatasetOptionError, parseDatasetOptions, runDatasetCommand } from '../dataset/cli'
import { KINDS } from '../dataset/plan'
import { signedFetch } from '../lib/signed-fetch'
import { BuildStore, type BuildRecord } from '../publisher/build-records'
import { publisherUrl } from '../publisher/config'
import type { LeaderState } from '../publisher/leader'
import type { PublisherStatus } from '../publisher/publisher'
import { ReleaseError, ReleaseStore, type ReleaseInfo } from '../publisher/releases'
import { registerBackupCommands } from '../backup/cli'

loadEnvFile()

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}

/** The publisher did not answer (not started, wrong URL); the caller may fall back to disk. */
class Unavailable extends Error {}

type Status = Omit<PublisherStatus, 'queue'> & { queue: PublisherStatus['queue'] | null }
type Source = { kind: 'api'; url: string } | { kind: 'disk'; why: string }

const baseUrl = publisherUrl()
const secret = process.env.PUBLISHER_WEBHOOK_SECRET
const releases = new ReleaseStore(varDir())
const builds = new BuildStore(varDir())

async function api<T>(route: string, body?: unknown): Promise<T> {
  if (!secret) throw new Unavailable('PUBLISHER_WEBHOOK_SECRET chưa được đặt / is not set')
  let res: Response
  try {
    res = await signedFetch(new URL(route, baseUrl), { secret, method: body === undefined ? 'GET' : 'POST', body, timeoutMs: 15_000 })
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name
    throw new Unavailable(`publisher không trả lời / not reachable at ${baseUrl} (${cause})`)
  }
  const text = await res.text()
  if (!res.ok) {
    let message = text
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text
    } catch {
      // Not JSON: show the text as is.
    }
    throw new CliError(`${res.status}: ${message}`, res.status === 401 ? 3 : 1)
  }
  return (res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text) as T
}

/** Runs `online`; if the publisher is unreachable, runs `offline` on var/ and says so. */
async function withFallback<T>(online: () => Promise<T>, offline: () => Promise<T>): Promise<{ value: T; source: Source }> {
  try {
    return { value: await online(), source: { kind: 'api', url: baseUrl } }
  } catch (error) {
    if (!(error instanceof Unavailable)) throw error
    return { value: await offline(), source: { kind: 'disk', why: error.message } }
  }
}

function sourceLine(source: Source): string {
  return source.kind === 'api'
    ? pc.dim(`publisher ${source.url}`)
    : pc.yellow(`⚠ Publisher không chạy — đọc trực tiếp / not running — reading ${displayPath(varDir())}/ directly (${source.why})`)
}

async function statusFromDisk(): Promise<Status> {
  const [list, rollbackTarget, lastBuilds] = await Promise.all([releases.list(), releases.rollbackTarget(), builds.list(10)])
  return { live: list.find((r) => r.live) ?? null, rollbackTarget, running: null, queue: null, lastBuilds }
}

const statusMark = (status: BuildRecord['status']) =>
  status === 'success' ? pc.green('✓ thành công/success') : status === 'failed' ? pc.red('✗ lỗi/failed') : pc.cyan('… đang dựng/running')

const buildTotal = (b: BuildRecord) =>
  b.finishedAt ? new Date(b.finishedAt).getTime() - new Date(b.startedAt).getTime() : Date.now() - new Date(b.startedAt).getTime()

function buildsTable(list: BuildRecord[]): string {
  if (list.length === 0) return '  (chưa có bản dựng nào / no builds yet)'
  return table(
    ['BẢN DỰNG / BUILD', 'KẾT QUẢ / STATUS', 'NGUỒN / TRIGGER', 'TRANG/PAGES', 'THỜI GIAN/TIME', 'BẮT ĐẦU / STARTED', 'LỖI / ERROR'],
    list.map((b) => [
      b.id,
      statusMark(b.status),
      b.trigger + (b.force ? ' (force)' : ''),
      b.pages === null ? '—' : String(b.pages),
      formatDuration(buildTotal(b)),
      formatTime(b.startedAt),
      b.error ? pc.red(`${b.failedStep ? b.failedStep + ': ' : ''}${b.error}`.slice(0, 160)) : '',
    ]),
  )
}

function releasesTable(list: ReleaseInfo[]): string {
  if (list.length === 0) return '  (chưa có bản phát hành nào / no releases yet)'
  return table(
    ['', 'BẢN PHÁT HÀNH / RELEASE', 'TRANG/PAGES', 'TỆP/FILES', 'TẠO LÚC / CREATED', 'GHI CHÚ / NOTE'],
    list.map((r) => [
      r.live ? pc.green('●') : ' ',
      r.live ? pc.bold(r.id) : r.id,
      String(r.pages),
      String(r.files),
      formatTime(r.createdAt),
      [r.live ? pc.green('đang chạy/live') : '', r.rolledBack ? pc.yellow('đã quay lại khỏi/rolled back from') : ''].filter(Boolean).join(', '),
    ]),
  )
}

function renderStatus(status: Status, source: Source): string {
  const live = status.live
  const running = status.running
  const queue = status.queue
  const pairs: [string, string][] = [
    ['Đang chạy / Live', live ? `${pc.bold(live.id)}  ${live.pages} trang/pages, ${formatTime(live.createdAt)}` : pc.yellow('chưa có / none yet')],
    ['Quay lại về / Rollback to', status.rollbackTarget ?? '—'],
    [
      'Đang dựng / Building',
      running ? `${running.id} (${running.trigger}, ${running.events.length} sự kiện/events, ${formatDuration(buildTotal(running))})` : queue ? '—' : pc.dim('không rõ / unknown'),
    ],
    [
      'Hàng đợi / Queue',
      queue
        ? queue.pending === 0
          ? '—'
          : `${queue.pending} sự kiện/events${queue.nextRunAt ? `, dựng lúc/builds at ${formatTime(queue.nextRunAt)}` : ' (chờ bản dựng hiện tại / after the running build)'}`
        : pc.dim('không rõ / unknown'),
    ],
  ]
  const warning = lastBuildFailed(status)
  const leader = isLeaderState(status.leader) ? ['', leaderBlock(status.leader)] : []
  return [sourceLine(source), fields(pairs), ...(warning ? [warning] : []), ...leader, '', pc.bold('Bản dựng gần đây / Recent builds'), buildsTable(status.lastBuilds)].join('\n')
}

const isLeaderState = (value: unknown): value is LeaderState =>
  typeof value === 'object' && value !== null && (value as LeaderState).enabled === true && typeof (value as LeaderState).holder === 'string'

/** Present when publishers share a lease (docs/deploy.md): who builds, and whether this one does. */
function leaderBlock(state: LeaderState): string {
  const pairs: [string, string][] = [
    ['Publisher này / This publisher', state.holder],
    ['Là leader / Leader', state.leader ? pc.green('có / yes — publisher này dựng / this one builds') : 'không / no — chỉ xếp hàng / queues only'],
    ['Leader hiện tại / Current leader', state.currentLeader ?? pc.yellow('chưa có / none yet')],
    ['Nhiệm kỳ / Term', state.term === null ? '—' : String(state.term)],
    [
      'Hàng đợi chung / Shared queue',
      state.queued === null ? pc.dim('chỉ leader đọc / read by the leader only') : `${state.queued} yêu cầu/requests`,
    ],
    ['Lỗi gần nhất / Last error', state.lastError ? pc.red(state.lastError) : '—'],
  ]
  const hint =
    !state.leader && state.currentLeader
      ? [pc.dim(`rebuild --wait theo dõi bản dựng của publisher này; trỏ PUBLISHER_URL tới leader / follows this publisher's builds: point PUBLISHER_URL at ${state.currentLeader}`)]
      : []
  return [pc.bold('Nhiều publisher (lease) / Several publishers (lease)'), fields(pairs), ...hint].join('\n')
}

/** A failed latest build is the line an operator must not miss: the site is not what the CMS says. */
function lastBuildFailed(status: Status): string {
  const last = status.lastBuilds[0]
  if (last?.status !== 'failed') return ''
  const serving = status.live ? `trang vẫn chạy bản / the site still serves ${status.live.id}` : 'chưa có bản nào chạy / nothing is live'
  return pc.red(`✗ Bản dựng mới nhất bị lỗi / The latest build failed (${last.id}, ${last.failedStep ?? '?'}); ${serving}. Xem / see: pnpm ops logs ${last.id}`)
}

const program = new Command('ops')
  .description('Vận hành Cổng / Cổng operations: publisher status, rebuild, rollback, releases, build logs, legal-document import')
  .addOption(new Option('--json', 'in JSON (cho script / for scripts)'))
  .showHelpAfterError()

const json = () => Boolean(program.opts().json)
const print = (value: unknown, human: () => string) => console.log(json() ? JSON.stringify(value, null, 2) : human())

program
  .command('status')
  .description('Bản đang chạy, bản dựng đang chạy, hàng đợi, các bản dựng gần đây / live release, running build, queue, recent builds')
  .action(async () => {
    const { value, source } = await withFallback(() => api<Status>('/status'), statusFromDisk)
    print({ source, ...value }, () => renderStatus(value, source))
  })

program
  .command('releases')
  .description('Các bản phát hành còn giữ / releases kept on disk')
  .action(async () => {
    const { value, source } = await withFallback(
      async () => (await api<{ releases: ReleaseInfo[] }>('/releases')).releases,
      () => releases.list(),
    )
    print({ source, releases: value }, () => [sourceLine(source), releasesTable(value)].join('\n'))
  })

program
  .command('logs')
  .argument('[buildId]', 'bản dựng / build id (mặc định: mới nhất / default: latest)')
  .description('Nhật ký của một bản dựng / the log of a build')
  .action(async (buildId?: string) => {
    const { value, source } = await withFallback(
      async () => {
        const id = buildId ?? (await api<{ builds: BuildRecord[] }>('/builds')).builds[0]?.id
        if (!id) throw new CliError('Chưa có bản dựng nào / No builds yet')
        return { record: await api<BuildRecord>(`/builds/${encodeURIComponent(id)}`), log: await api<string>(`/builds/${encodeURIComponent(id)}/log`) }
      },
      async () => {
        const id = buildId ?? (await builds.list(1))[0]?.id
        const record = id ? await builds.get(id) : null
        if (!record) throw new CliError(id ? `Không có bản dựng / No build ${id}` : 'Chưa có bản dựng nào / No builds yet')
        return { record, log: (await builds.readLog(record.id)) ?? '' }
      },
    )
    const { record, log } = value
    print({ source, ...value }, () =>
      [sourceLine(source), `${pc.bold(record.id)}  ${statusMark(record.status)}  ${record.trigger}  ${formatTime(record.startedAt)}`, record.error ? pc.red(`${record.failedStep ? `bước/step ${record.failedStep}: ` : ''}${record.error}`) : '', log.trimEnd()]
        .filter(Boolean)
        .join('\n'),
    )
  })

program
  .command('rebuild')
  .description('Dựng lại toàn bộ trang / rebuild the whole site')
  .option('--force', 'chấp nhận số trang giảm hơn 50% / accept a page count below 50% of the live release')
  .option('--reason <text>', 'lý do, ghi vào bản dựng / reason, kept with the build')
  .option('--wait', 'chờ bản dựng xong; mã thoát 1 nếu lỗi / wait for the build; exit 1 if it fails')
  .action(async (options: { force?: boolean; reason?: string; wait?: boolean }) => {
    if (!secret) throw new CliError('PUBLISHER_WEBHOOK_SECRET chưa được đặt / is not set (see <repo>/.env)', 3)
    const before = json() ? null : await api<Status>('/status').catch(rethrowUnavailable)
    await api('/rebuild', { force: options.force, reason: options.reason ?? 'pnpm ops rebuild' }).catch(rethrowUnavailable)
    if (!options.wait) {
      print({ accepted: true }, () => `${pc.green('✓')} Đã xếp hàng bản dựng / Rebuild queued. Theo dõi / follow: pnpm ops status`)
      return
    }
    const previous = before?.lastBuilds[0]?.id ?? (await api<Status>('/status')).lastBuilds[0]?.id
    const record = await waitForBuild(previous)
    print(record, () => `${statusMark(record.status)}  ${record.id}  ${record.pages ?? '—'} trang/pages  ${formatDuration(buildTotal(record))}${record.error ? '\n' + pc.red(record.error) : ''}`)
    if (record.status !== 'success') process.exitCode = 1
  })

program
  .command('rollback')
  .argument('[releaseId]', 'bản muốn quay về / release to go back to (mặc định: bản trước / default: the previous one)')
  .option('--reason <text>', 'lý do / reason, kept in the release history')
  .description('Quay lại bản phát hành trước / put the previous release live again')
  .action(async (releaseId: string | undefined, options: { reason?: string }) => {
    const reason = options.reason ?? 'pnpm ops rollback'
    const { value, source } = await withFallback<{ from: string; to: string; warning?: string }>(
      () => api('/rollback', { to: releaseId, reason }),
      async () => {
        try {
          return await releases.rollback(releaseId, reason)
        } catch (error) {
          if (error instanceof ReleaseError) throw new CliError(error.message)
          throw error
        }
      },
    )
    print({ source, ...value }, () =>
      [sourceLine(source), `${pc.green('✓')} Đã quay lại / Rolled back: ${value.from} → ${pc.bold(value.to)}`, value.warning ? pc.yellow(value.warning) : '']
        .filter(Boolean)
        .join('\n'),
    )
  })

program
  .command('import-legal')
  .argument('<file>', 'bảng tính .csv hoặc .xlsx / a .csv or .xlsx spreadsheet')
  .description('Nhập văn bản pháp luật từ bảng tính, tất cả hoặc không gì cả / import legal documents from a spreadsheet, all or nothing')
  .option('--dry-run', 'kiểm tra tất cả (cả với CMS) và cho biết sẽ làm gì, không ghi / check everything (CMS included), say what would happen, write nothing')
  .option('--report <file>', 'ghi báo cáo từng dòng (.csv hoặc .xlsx) / write the per-row report (.csv or .xlsx)')
  .option('--sheet <name>', 'trang tính (tên hoặc số thứ tự) / worksheet name or position (XLSX)')
  .option('--attachments <dir>', 'thư mục chứa tệp đính kèm (mặc định: thư mục của bảng tính) / attachments folder (default: the spreadsheet\'s)')
  .addHelpText('after', columnsHelp())
  .action(async (file: string, options: { dryRun?: boolean; report?: string; sheet?: string; attachments?: string }) => {
    process.exitCode = await runImportCommand({
      file: fromUserCwd(file),
      dryRun: Boolean(options.dryRun),
      report: options.report === undefined ? undefined : fromUserCwd(options.report),
      sheet: options.sheet,
      attachmentsDir: options.attachments === undefined ? undefined : fromUserCwd(options.attachments),
      json: json(),
    })
  })

program
  .command('generate-dataset')
  .description('Tạo bộ dữ liệu thử hiệu năng (tất định, tiếp tục được) / generate the performance dataset (deterministic, resumable)')
  .requiredOption('--scale <scale>', 'small (1/100) hoặc / or reference (targets.md)')
  .option('--seed <n>', 'hạt giống / seed: cùng hạt giống, cùng nội dung / same seed, same content', '1')
  .option('--only <kinds>', `chỉ các loại / only these kinds, comma-separated: ${KINDS.join(',')}`)
  .option('--batch <n>', 'số mục mỗi giao dịch / items per transaction (default 100)')
  .addHelpText('after', '\nChi tiết / Details: docs/bench/README.md ("Reference dataset")')
  .action(async (options: { scale?: string; seed?: string; only?: string; batch?: string }) => {
    try {
      process.exitCode = await runDatasetCommand(parseDatasetOptions({ ...options, json: json() }))
    } catch (error) {
      if (error instanceof DatasetOptionError) throw new CliError(error.message)
      throw error
    }
  })

function rethrowUnavailable(error: unknown): never {
  if (error instanceof Unavailable) {
    throw new CliError(`Không dựng được khi publisher không chạy / Cannot rebuild: ${error.message}. Start it with \`pnpm portal\`.`, 2)
  }
  throw error
}

async function waitForBuild(previousNewest: string | undefined): Promise<BuildRecord> {
  const deadline = Date.now() + 20 * 60_000
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const status = await api<Status>('/status')
    const newest = status.lastBuilds[0]
    if (!status.running && status.queue?.pending === 0 && newest && newest.id !== previousNewest) return newest
  }
  throw new CliError('Hết thời gian chờ / Gave up waiting after 20 min; see pnpm ops status')
}

registerBackupCommands(program)

program.parseAsync().catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(pc.red('✗ ') + error.message)
    process.exitCode = error.exitCode
    return
  }
  console.error(pc.red('✗ ') + String((error as Error)?.stack ?? error))
  process.exitCode = 1
})

function displayPath(dir: string): string {
  const rel = path.relative(process.cwd(), dir)
  return rel && !rel.startsWith('..') ? rel : dir
}
