/**
 * A polite live region: text set here is read out by screen readers without moving focus
 * ("Payment recorded", "Copied"). Visible as a small toast for sighted users too.
 */
export function LiveRegion({ message }: { message: string }) {
  return (
    <div
      class={`toast${message ? ' toast-visible' : ''}`}
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      {message}
    </div>
  );
}
