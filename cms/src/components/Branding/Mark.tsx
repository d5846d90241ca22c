/** Cổng's mark: a gate (cổng) under a gold star on the red of public-service signage. */
export function Mark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" role="img" aria-hidden="true">
      <rect width="64" height="64" rx="12" fill="#c8102e" />
      <path
        d="M32 8l3.1 9.4H45l-8 5.8 3.1 9.4-8.1-5.8-8.1 5.8 3.1-9.4-8-5.8h9.9z"
        fill="#ffcd00"
      />
      <path d="M14 36h36v4H14zM18 40h6v16h-6zM40 40h6v16h-6zM26 44h12v12H26z" fill="#fff" />
    </svg>
  )
}
