/** Panel styles, scoped by the shadow root: nothing leaks into Gmail and Gmail's CSS stays out. */
export const PANEL_CSS = `
:host { all: initial; display: block; margin: 8px 16px 12px 72px; }
.card { font: 13px/1.45 "Google Sans", Roboto, system-ui, sans-serif; color: #1f1f1f; background: #f6f8fc;
  border: 1px solid #d3e3fd; border-radius: 12px; padding: 10px 14px; max-width: 760px; }
@media (prefers-color-scheme: dark) { .card { color: #e3e3e3; background: #1f2430; border-color: #394457; } }
.row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 12px; }
.brand { font-weight: 700; color: #0f766e; }
.client { font-weight: 600; }
.late { color: #b42318; font-weight: 600; }
.muted { color: #5f6368; }
.next { margin-top: 8px; }
.stage { text-transform: uppercase; font-size: 11px; letter-spacing: .04em; color: #0f766e; font-weight: 700; }
.rationale { margin: 2px 0 6px; }
.subject { font-weight: 600; }
pre.body { white-space: pre-wrap; font: inherit; margin: 6px 0; padding: 8px; background: #fff8; border-radius: 8px; max-height: 220px; overflow: auto; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button, select, input { font: inherit; }
button { border: 1px solid #747775; background: transparent; color: inherit; border-radius: 16px; padding: 3px 12px; cursor: pointer; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.form { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; }
.status { margin-top: 6px; min-height: 1em; }
.reply { margin-top: 8px; padding: 6px 8px; border-inline-start: 3px solid #f9ab00; }
.evidence { font-style: italic; }
`;
