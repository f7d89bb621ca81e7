/**
 * The foot of a settings form: the Save button and what happened, announced politely ("Saved")
 * or assertively (what to fix, why it failed).
 */
import { useLocale } from '../i18n';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'failed'; reason: string };

interface Props {
  state: SaveState;
  dirty: boolean;
  /** Shown beside Save, e.g. "Reset to default". */
  extra?: preact.ComponentChildren;
}

export function SaveBar({ state, dirty, extra }: Props) {
  const { t } = useLocale();
  return (
    <div class="save-bar">
      <button type="submit" class="primary" disabled={state.kind === 'saving'}>
        {state.kind === 'saving' ? t('common.saving') : t('common.save')}
      </button>
      {extra}
      <p class="save-status" role="status">
        {state.kind === 'saved' && !dirty ? t('common.saved') : dirty ? t('common.unsaved') : ''}
      </p>
      <p class="save-error" role="alert">
        {state.kind === 'invalid' && t('common.fixFields')}
        {state.kind === 'failed' && t('common.saveFailed', { reason: state.reason })}
      </p>
    </div>
  );
}
