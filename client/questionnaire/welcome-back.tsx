import { useState } from 'react';
import { useUiText } from './ui-text-context.tsx';

/** Tells a returning parent their answers were kept, and lets them wipe them and begin again. */
export function WelcomeBack({ onStartAgain }: { onStartAgain(): void }) {
  const t = useUiText();
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="notification">
      <p className="body" role="status">
        {t('welcomeBack.body')}
      </p>
      {confirming ? (
        <div className="confirm">
          <p className="body">
            <strong>{t('welcomeBack.confirm')}</strong> {t('welcomeBack.cannotUndo')}
          </p>
          <div className="button-group">
            <button type="button" className="button button--warning" onClick={onStartAgain}>
              {t('welcomeBack.yes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              {t('welcomeBack.no')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="link-button" onClick={() => setConfirming(true)}>
          {t('welcomeBack.startAgain')}
        </button>
      )}
    </div>
  );
}
