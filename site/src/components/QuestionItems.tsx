/** One published question as a list shows it; built from the snapshot or from Pagefind's metadata. */
export interface QuestionItem {
  href: string
  title: string
  field: string
  /** The answering unit's name; '' when none is recorded. */
  unit: string
  /** yyyy-mm-dd, for `<time datetime>`. */
  answered: string
  answeredLabel: string
  excerpt: string
}

export interface QuestionItemsStrings {
  field: string
  unit: string
  answeredOn: string
}

/**
 * The Hỏi – Đáp list. One component for the static page and the finder's results, so a filtered
 * list looks exactly like the one the page was built with.
 */
export default function QuestionItems({ items, strings: t }: { items: QuestionItem[]; strings: QuestionItemsStrings }) {
  return (
    <ol className="qa-list">
      {items.map((item) => (
        <li key={item.href} className="qa-item">
          <h3 className="qa-item__title">
            <a href={item.href}>{item.title}</a>
          </h3>
          <p className="qa-item__meta">
            <span className="qa-item__field">
              <span className="visually-hidden">{t.field}: </span>
              {item.field}
            </span>{' '}
            {item.unit && (
              <span>
                <span className="visually-hidden">{t.unit}: </span>
                {item.unit}
              </span>
            )}{' '}
            <span>
              {t.answeredOn.split('{date}')[0]}
              <time dateTime={item.answered}>{item.answeredLabel}</time>
              {t.answeredOn.split('{date}')[1]}
            </span>
          </p>
          <p className="qa-item__excerpt">{item.excerpt}</p>
        </li>
      ))}
    </ol>
  )
}
