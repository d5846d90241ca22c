'use client'

import { useCallback, useEffect, useState } from 'react'
import { Banner, Button, Pill, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { REBUILD_ROLES, isRole } from '@cong/shared/roles'
import type { SiteBuild, SiteBuildsError, SiteBuildsView } from '../../publishing/siteBuilds'
import { durationLabel, stringsFor, timeLabel, triggerLabel } from './strings'

/**
 * Live release, recent builds and the "rebuild" / "roll back" buttons. Talks only to the CMS's
 * `/api/site-builds` endpoints, which check the role and sign the call to the publisher. Shown on
 * the dashboard (compact) and on the `/admin/site-builds` view.
 */

type Notice = { kind: 'success' | 'error'; text: string }

/** Server messages are "tiếng Việt / English"; the admin shows the half in its language. */
const inLanguage = (message: string, language: string): string => {
  const [vi, en] = message.split(' / ')
  return en && language === 'en' ? en : vi
}

const POLL_MS = { idle: 30_000, busy: 3_000 }

export function SiteBuildsPanel({ compact = false }: { compact?: boolean }) {
  const { user } = useAuth<{ role?: unknown }>()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const s = stringsFor(i18n.language)
  const api = `${config.serverURL}${config.routes.api}/site-builds`
  const allowed = isRole(user?.role) && REBUILD_ROLES.includes(user.role)

  const [view, setView] = useState<SiteBuildsView | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    try {
      const res = await fetch(api, { credentials: 'include', cache: 'no-store' })
      const body = (await res.json()) as SiteBuildsView | SiteBuildsError
      if ('error' in body) {
        setLoadError(inLanguage(body.message, i18n.language))
      } else {
        setView(body)
        setLoadError(null)
      }
    } catch {
      setLoadError(s.unreachable)
    }
  }, [api, i18n.language, s.unreachable])

  const active = Boolean(view?.running || view?.queue.pending)
  useEffect(() => {
    if (!allowed) return
    void load()
    const timer = setInterval(() => void load(), active ? POLL_MS.busy : POLL_MS.idle)
    return () => clearInterval(timer)
  }, [allowed, load, active])

  const post = async (action: 'rebuild' | 'rollback', success: string) => {
    setBusy(true)
    setNotice(null)
    try {
      const res = await fetch(`${api}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
      const body = (await res.json().catch(() => ({}))) as Partial<SiteBuildsError>
      setNotice(
        res.ok
          ? { kind: 'success', text: success }
          : { kind: 'error', text: inLanguage(body.message ?? String(res.status), i18n.language) },
      )
    } catch {
      setNotice({ kind: 'error', text: s.unreachable })
    } finally {
      setBusy(false)
      void load()
    }
  }

  const rollback = () => {
    if (!view?.rollbackTarget) return
    if (window.confirm(s.rollbackConfirm(view.rollbackTarget))) void post('rollback', s.rollbackDone)
  }

  if (!allowed) return null
  const builds = compact ? (view?.builds ?? []).slice(0, 5) : (view?.builds ?? [])

  return (
    <section className="cong-site-builds" style={{ marginBlock: 'var(--base)' }}>
      <h2>{s.title}</h2>
      {!compact && <p>{s.intro}</p>}

      {loadError && <Banner type="error">{loadError}</Banner>}
      {notice && <Banner type={notice.kind}>{notice.text}</Banner>}
      {!view && !loadError && <p>{s.loading}</p>}

      {view && (
        <>
          <p>
            <strong>{s.live}: </strong>
            {view.live ? (
              <>
                {view.live.id} · {timeLabel(i18n.language, view.live.createdAt)} · {view.live.pages.toLocaleString(i18n.language)}{' '}
                {s.pages}
              </>
            ) : (
              s.noLive
            )}
          </p>
          {view.running && (
            <div style={{ display: 'flex', alignItems: 'center', gap: 'calc(var(--base) / 2)' }}>
              <Pill pillStyle="warning">{s.running}</Pill>
              {view.running.id} · {timeLabel(i18n.language, view.running.startedAt)}
            </div>
          )}
          {view.queue.pending > 0 && <p>{s.queued(view.queue.pending)}</p>}
        </>
      )}

      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', flexWrap: 'wrap' }}>
        <Button disabled={busy} onClick={() => void post('rebuild', s.rebuildSent)}>
          {s.rebuild}
        </Button>
        {view?.canRollback && (
          <Button buttonStyle="secondary" disabled={busy || !view.rollbackTarget} onClick={rollback} tooltip={view.rollbackTarget ? undefined : s.noRollback}>
            {s.rollback}
          </Button>
        )}
      </div>

      {view && (
        <>
          <h3>{s.builds}</h3>
          {builds.length === 0 ? <p>{s.noBuilds}</p> : <BuildsTable builds={builds} language={i18n.language} />}
          {compact && view.builds.length > builds.length && (
            <p>
              <a href={`${config.routes.admin}/site-builds`}>{s.seeAll}</a>
            </p>
          )}
        </>
      )}
    </section>
  )
}

function BuildsTable({ builds, language }: { builds: SiteBuild[]; language: string }) {
  const s = stringsFor(language)
  const pill = { running: 'warning', success: 'success', failed: 'error' } as const
  return (
    <div className="table">
      <table cellPadding={0} cellSpacing={0}>
        <thead>
          <tr>
            <th>{s.columns.status}</th>
            <th>{s.columns.trigger}</th>
            <th>{s.columns.startedAt}</th>
            <th>{s.columns.duration}</th>
            <th>{s.columns.result}</th>
          </tr>
        </thead>
        <tbody>
          {builds.map((build) => (
            <tr key={build.id}>
              <td>
                <Pill pillStyle={pill[build.status]}>{s.status[build.status]}</Pill>
              </td>
              <td>{triggerLabel(s, build.trigger)}</td>
              <td>{timeLabel(language, build.startedAt)}</td>
              <td>{durationLabel(s, build.durationMs)}</td>
              <td>
                {build.status === 'failed'
                  ? [build.failedStep && s.failedAt(build.failedStep), build.error && inLanguage(build.error, language)]
                      .filter(Boolean)
                      .join(': ')
                  : build.pages !== null
                    ? `${build.pages.toLocaleString(language)} ${s.pages}`
                    : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
