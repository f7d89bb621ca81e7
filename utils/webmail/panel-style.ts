/** Panel styles, scoped by the shadow root: nothing leaks into Gmail and Gmail's CSS stays out. */
export const PANEL_CSS = `
:host { all: initial; display: block; margin: 8px 16px 12px 72px; }
.card { font: 13px/1.45 "Google Sans", Roboto, system-ui, sans-serif; color: #1f1f1f; background: #f6f8fc;
  border: 1px solid #d3e3fd; border-radius: 12px; padding: 10px 14px; max-width: 760px; }
.card[data-theme="dark"] { color: #e3e3e3; background: #1f2430; border-color: #394457; color-scheme: dark; }
.row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 12px; }
.brand { font-weight: 700; color: #0f766e; }
.client { font-weight: 600; }
.late { color: #b42318; font-weight: 600; }
.muted { color: #5f6368; }
.next { margin-top: 8px; }
.stage { font-size: 12px; color: #0f766e; font-weight: 700; }
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
.evidence { font-style: italic; unicode-bidi: plaintext; }
.form { align-items: flex-start; }
.field { display: flex; flex-direction: column; gap: 2px; }
.field label { font-size: 12px; font-weight: 600; }
.field-error { color: #b42318; font-size: 12px; min-height: 1em; }
.presets, .form-actions { display: flex; flex-wrap: wrap; gap: 6px; align-self: center; flex-basis: 100%; }
.client { unicode-bidi: isolate; }
[data-theme="dark"] .muted { color: #b8bec9; }
[data-theme="dark"] .late, [data-theme="dark"] .field-error { color: #ff9c8f; }
[data-theme="dark"] .brand, [data-theme="dark"] .stage { color: #5eead4; }
[data-theme="dark"] button { border-color: #9aa0a6; }
[data-theme="dark"] button.primary { background: #a8c7fa; border-color: #a8c7fa; color: #062e6f; }
[data-theme="dark"] pre.body { background: #ffffff14; }
[data-theme="dark"] input, [data-theme="dark"] select { background: #131720; color: #e3e3e3; border: 1px solid #9aa0a6; }
`;
