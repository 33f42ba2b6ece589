import { useState } from 'react';

/** Tells a returning parent their answers were kept, and lets them wipe them and begin again. */
export function WelcomeBack({ onStartAgain }: { onStartAgain(): void }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="notification">
      <p className="body" role="status">
        Welcome back. We kept the answers you gave on this device.
      </p>
      {confirming ? (
        <div className="confirm">
          <p className="body">
            <strong>Clear all your answers and start again?</strong> This cannot be undone.
          </p>
          <div className="button-group">
            <button type="button" className="button button--warning" onClick={onStartAgain}>
              Yes, clear my answers
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setConfirming(false)}
            >
              No, keep my answers
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="link-button" onClick={() => setConfirming(true)}>
          Start again with no answers
        </button>
      )}
    </div>
  );
}
