import type { useQueryInput } from '../lib/queryInput'

export interface SearchFieldProps {
  id: string
  label: string
  labelClassName?: string
  inputProps: ReturnType<typeof useQueryInput>['inputProps']
  placeholder: string
  submit: string
  onFocus?: () => void
}

/** The words box of the search page and the finders, one markup so they read and style alike. */
export default function SearchField({ id, label, labelClassName, inputProps, placeholder, submit, onFocus }: SearchFieldProps) {
  return (
    <>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <div className="search__row">
        <input id={id} type="search" name="q" {...inputProps} placeholder={placeholder} autoComplete="off" onFocus={onFocus} />
        <button type="submit">{submit}</button>
      </div>
    </>
  )
}
