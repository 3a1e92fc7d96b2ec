/** A labelled progress bar; plain markup, so that server and client components both use it. */
export function ProgressBar({ value, max, label, text, size = 'md' }: { value: number; max: number; label: string; text: string; size?: 'sm' | 'md' }) {
  const pct = max === 0 ? 0 : Math.round((100 * value) / max);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={text}
      className={`w-full overflow-hidden rounded-full border border-slate-300 bg-white print:border-slate-500 ${size === 'sm' ? 'h-2' : 'h-3'}`}
    >
      <div className="h-full bg-un-blue print:bg-slate-700" style={{ width: `${pct}%` }} />
    </div>
  );
}
