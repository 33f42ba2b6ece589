import './page-progress.css';
import { useEffect, useRef, useState } from 'react';
import type { SurveyModel } from './survey-runtime.tsx';
import { useUiText } from './ui-text-context.tsx';

const positionOf = (model: SurveyModel) => ({
  number: model.currentPageNo + 1,
  total: model.visiblePageCount,
});

/**
 * "Page 2 of 5" in words, for screen readers and tired eyes, over a bar of one step per page that
 * fits 320 px. The total counts only pages the answers so far show; when an answer opens or
 * closes a page, screen readers are told politely instead of finding out from a changed number.
 */
export function PageProgress({ model }: { model: SurveyModel }) {
  const t = useUiText();
  const [position, setPosition] = useState(() => positionOf(model));
  const [announcement, setAnnouncement] = useState('');
  const lastTotal = useRef(position.total);

  useEffect(() => {
    const update = () => {
      const next = positionOf(model);
      setPosition((current) =>
        current.number === next.number && current.total === next.total ? current : next,
      );
    };
    update();
    model.onCurrentPageChanged.add(update);
    model.onPageVisibleChanged.add(update);
    model.onValueChanged.add(update);
    return () => {
      model.onCurrentPageChanged.remove(update);
      model.onPageVisibleChanged.remove(update);
      model.onValueChanged.remove(update);
    };
  }, [model]);

  useEffect(() => {
    if (position.total === lastTotal.current) return;
    lastTotal.current = position.total;
    setAnnouncement(t('questions.progressChanged', { total: position.total }));
  }, [position.total, t]);

  const { number, total } = position;
  return (
    <div className="page-progress">
      {total > 1 && (
        <>
          <p className="page-progress__text">{t('questions.progress', { 0: number, 1: total })}</p>
          <div className="page-progress__bar" aria-hidden="true">
            {Array.from({ length: total }, (_, index) => (
              <span
                // The steps are identical boxes; only their position tells them apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                key={index}
                className={`page-progress__step page-progress__step--${
                  index < number - 1 ? 'done' : index === number - 1 ? 'current' : 'to-do'
                }`}
              />
            ))}
          </div>
        </>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
