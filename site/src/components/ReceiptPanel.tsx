import { useEffect, useRef, type ReactNode } from 'react'

export interface ReceiptPanelProps {
  /** The heading's id is `${id}-receipt`. */
  id: string
  className?: string
  title: string
  /** The first action (print, follow the case), before "send another". */
  action: ReactNode
  anotherLabel: string
  onAnother: () => void
  children: ReactNode
}

/**
 * What a public form shows once the CMS has taken a submission. The heading takes focus when it
 * appears, so a screen reader announces the receipt instead of staying on the vanished button.
 */
export default function ReceiptPanel({ id, className, title, action, anotherLabel, onAnother, children }: ReceiptPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])
  return (
    <section className={className ? `receipt ${className}` : 'receipt'} aria-labelledby={`${id}-receipt`}>
      <h2 id={`${id}-receipt`} className="receipt__title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {children}
      <div className="receipt__actions">
        {action}
        <button type="button" className="button button--ghost" onClick={onAnother}>
          {anotherLabel}
        </button>
      </div>
    </section>
  )
}
