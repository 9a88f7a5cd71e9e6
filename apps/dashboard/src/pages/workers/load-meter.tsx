/** "3 / 10" with a bar; the bar turns amber past 80 % and red when full. */
export function LoadMeter({ load, capacity }: { readonly load: number; readonly capacity: number }) {
  const share = capacity > 0 ? Math.min(load / capacity, 1) : 0;
  const level = share >= 1 ? 'full' : share >= 0.8 ? 'high' : 'normal';
  return (
    <div className="load-meter">
      <span className="load-figures">
        {load} / {capacity}
      </span>
      <span className={`load-bar load-${level}`} aria-hidden="true">
        <span style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}
