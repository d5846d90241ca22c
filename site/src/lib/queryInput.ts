import { useRef, useState, type ChangeEvent } from 'react'

/**
 * The text box of a search island. Uncontrolled on purpose: a reader who types before the island
 * hydrates keeps every letter (React would reset a controlled input to the empty first state,
 * turning "trợ cấp" into "rợ cấp"); `start` reads what is there when the island starts.
 */
export function useQueryInput() {
  const input = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const set = (value: string) => {
    if (input.current) input.current.value = value
    setQuery(value)
  }
  return {
    query,
    /** Call once on mount: what was typed before hydration wins over the page's `?q=`. */
    start: (params: URLSearchParams) => set(input.current?.value || (params.get('q') ?? '')),
    clear: () => set(''),
    inputProps: {
      ref: input,
      defaultValue: '',
      onChange: (e: ChangeEvent<HTMLInputElement>) => setQuery(e.target.value),
    },
  }
}
