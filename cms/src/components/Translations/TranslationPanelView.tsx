import type { FieldChange, TranslatableCollection, TranslationState } from '@cong/shared/translation'
import { TRANSLATION_STATE_LABELS } from '@cong/shared/translation'
import { TRANSLATION_PANEL_STRINGS } from '../../i18n/translationsAdmin'
import {
  STATE_COLORS,
  diffSegments,
  fieldLabel,
  formatWhen,
  personName,
  showsChanges,
  type AdminLanguage,
  type PanelMove,
} from './panelModel'

/** The translation record as the status endpoint sends it (only what the panel shows). */
export interface PanelRecord {
  state: TranslationState
  stateChangedAt?: string | null
  neededSince?: string | null
  publishedAt?: string | null
  firstPublishedAt?: string | null
  translator?: unknown
  reviewer?: unknown
  reason?: string | null
}

export interface TranslationPanelViewProps {
  lang: AdminLanguage
  collection: TranslatableCollection
  status: 'unsaved' | 'loading' | 'failed' | 'missing' | 'ready'
  record: PanelRecord | null
  moves: PanelMove[]
  changes: FieldChange[]
  /** Names of users by id, for a record that points at its translator and reviewer by id. */
  names?: Readonly<Record<string, string>>
  /** The row number of an array field path (`leaders.<rowId>.title` → 2), when the form knows it. */
  rowNumber?: (path: string) => number | null
  /** Where «Dịch song song» goes; null where the item has no English locale to switch to. */
  sideBySideHref: string | null
  /** Whether the edit view shows English now (the link then leads back to Vietnamese). */
  english: boolean
  backHref: string | null
  pending: PanelMove | null
  reason: string
  problem: string | null
  /** What the last move did, announced to screen readers too. */
  notice?: string | null
  busy: boolean
  onStart: (move: PanelMove) => void
  onConfirm: () => void
  onCancel: () => void
  onReason: (text: string) => void
  onRetry: () => void
}

const button = (style: 'primary' | 'secondary') =>
  `btn btn--style-${style} btn--size-small btn--no-margin btn--withoutPopup`

const block = { display: 'block', width: '100%', marginTop: '0.25rem' } as const

/**
 * The «Bản tiếng Anh» panel as markup, from its state: no hooks, so a test renders it. The
 * client wrapper (TranslationPanel) loads the status, keeps the reason box and sends the moves.
 */
export function TranslationPanelView(props: TranslationPanelViewProps) {
  const { lang, collection, status, record, moves, changes, pending, problem, busy } = props
  const t = TRANSLATION_PANEL_STRINGS[lang]

  const body = () => {
    if (status === 'unsaved') return <p>{t.unsaved}</p>
    if (status === 'loading') return <p aria-busy="true">{t.loading}</p>
    if (status === 'missing' || !record)
      return status === 'failed' ? null : <p>{t.noRecord}</p>
    const when = (label: string, value: unknown) => {
      const text = formatWhen(value)
      return text ? (
        <>
          <dt>{label}</dt>
          <dd>{text}</dd>
        </>
      ) : null
    }
    const who = (label: string, value: unknown) => {
      const name = personName(value, props.names)
      return name ? (
        <>
          <dt>{label}</dt>
          <dd>{name}</dd>
        </>
      ) : null
    }
    return (
      <>
        <p style={{ margin: '0 0 0.5rem' }}>
          {t.state}:{' '}
          <strong
            className="cong-translation__state"
            data-state={record.state}
            style={{
              display: 'inline-block',
              padding: '0 0.4rem',
              borderRadius: '3px',
              border: `1px solid ${STATE_COLORS[record.state]}`,
              color: STATE_COLORS[record.state],
            }}
          >
            {TRANSLATION_STATE_LABELS[record.state][lang]}
          </strong>
        </p>
        <dl className="cong-translation__facts" style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0 0.5rem', margin: '0 0 0.75rem' }}>
          {who(t.translator, record.translator)}
          {who(t.reviewer, record.reviewer)}
          {record.state === 'needed' && when(t.neededSince, record.neededSince)}
          {when(t.publishedAt, record.publishedAt)}
          {record.firstPublishedAt !== record.publishedAt && when(t.firstPublishedAt, record.firstPublishedAt)}
          {when(t.stateChangedAt, record.stateChangedAt)}
          {record.reason ? (
            <>
              <dt>{t.lastReason}</dt>
              <dd>{record.reason}</dd>
            </>
          ) : null}
        </dl>
        {showsChanges(record.state, changes) && (
          <div className="cong-translation__changes" style={{ marginBottom: '0.75rem' }}>
            <p role="note" style={{ margin: '0 0 0.5rem', color: 'var(--theme-error-600, #c62828)' }}>
              {/* The published English staying put is only news when there is one. */}
              {record.publishedAt ? t.staleNotice : t.staleNoticeUnpublished}
            </p>
            {changes.length > 0 && (
              <>
                <h5 style={{ margin: '0 0 0.25rem' }}>{t.changesTitle}</h5>
                <ul style={{ margin: 0, paddingInlineStart: '1rem' }}>
                  {changes.map((change) => (
                    <li key={change.field} data-field={change.field} style={{ marginBottom: '0.5rem' }}>
                      <strong>{fieldLabel(collection, change.field, lang, props.rowNumber?.(change.field))}</strong>
                      {change.kind !== 'changed' && (
                        <em> ({change.kind === 'added' ? t.fieldAdded : t.fieldRemoved})</em>
                      )}
                      <div lang="vi" style={{ whiteSpace: 'pre-wrap', maxHeight: '12rem', overflow: 'auto' }}>
                        {diffSegments(change).map((seg, i) =>
                          seg.kind === 'del' ? (
                            <del
                              key={i}
                              title={t.removed}
                              style={{ color: 'var(--theme-error-600, #c62828)', textDecoration: 'line-through' }}
                            >
                              {seg.text}
                            </del>
                          ) : seg.kind === 'ins' ? (
                            <ins
                              key={i}
                              title={t.added}
                              style={{ color: 'var(--theme-success-700, #1b5e20)', textDecoration: 'underline' }}
                            >
                              {seg.text}
                            </ins>
                          ) : (
                            <span key={i}>{seg.text}</span>
                          ),
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
        {moves.length === 0 ? (
          <p>{t.noAction}</p>
        ) : (
          <div className="cong-translation__moves" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
            {moves.map((move) => (
              <button
                key={move.to}
                type="button"
                data-to={move.to}
                className={button(pending?.to === move.to ? 'primary' : 'secondary')}
                disabled={busy}
                onClick={() => props.onStart(move)}
              >
                <span className="btn__content">
                  <span className="btn__label">{move.label}</span>
                </span>
              </button>
            ))}
          </div>
        )}
        {pending?.needsReason && (
          <div className="cong-translation__prompt" style={{ marginTop: '0.75rem' }}>
            <label>
              {pending.reasonPrompt ?? t.reasonRequired}
              <textarea
                rows={3}
                value={props.reason}
                autoFocus
                onChange={(e) => props.onReason(e.target.value)}
                style={block}
              />
            </label>
            <div style={{ display: 'flex', gap: '0.5rem', marginTop: '0.5rem' }}>
              <button type="button" className={button('primary')} disabled={busy} onClick={props.onConfirm}>
                <span className="btn__content">
                  <span className="btn__label">{pending.label}</span>
                </span>
              </button>
              <button type="button" className={button('secondary')} onClick={props.onCancel}>
                <span className="btn__content">
                  <span className="btn__label">{t.cancel}</span>
                </span>
              </button>
            </div>
          </div>
        )}
      </>
    )
  }

  return (
    <div className="field-type cong-translation" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{t.title}</h4>
      {body()}
      <p role="status" className="cong-translation__notice" style={{ margin: props.notice ? '0.5rem 0 0' : 0 }}>
        {props.notice ?? ''}
      </p>
      {problem && (
        <p role="alert" className="field-error" style={{ color: 'var(--theme-error-500)' }}>
          {problem}
        </p>
      )}
      {status === 'failed' && (
        <button type="button" className={button('secondary')} onClick={props.onRetry}>
          <span className="btn__content">
            <span className="btn__label">{t.retry}</span>
          </span>
        </button>
      )}
      {status !== 'unsaved' && props.sideBySideHref && !props.english && (
        <p style={{ marginTop: '0.75rem' }}>
          <a href={props.sideBySideHref} title={t.sideBySideHint}>
            {t.sideBySide}
          </a>
        </p>
      )}
      {status !== 'unsaved' && props.backHref && props.english && (
        <p style={{ marginTop: '0.75rem' }}>
          <a href={props.backHref}>{t.backToVietnamese}</a>
        </p>
      )}
    </div>
  )
}
