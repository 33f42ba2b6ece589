// The form editor: pages in order, each with its questions, every change through buttons and
// fields (no dragging), so it works the same with a keyboard, a mouse or a screen reader.
import { useEffect, useRef, useState } from 'react';
import type { Published } from './locks.ts';
import { PageFields } from './page-fields.tsx';
import { QuestionCard } from './question-card.tsx';
import { newQuestion, QUESTION_KINDS } from './question-kinds.ts';
import { forgetQuestion, renameQuestion } from './rename.ts';
import {
  addPage,
  addQuestion,
  allNames,
  deletePage,
  deleteQuestion,
  duplicatePage,
  duplicateQuestion,
  type Element,
  movePage,
  moveQuestion,
  type Position,
  pagesOf,
  questionsInOrder,
  text,
  toName,
  uniqueName,
  updateQuestion,
} from './survey-json.ts';
import type { DraftState } from './use-design.ts';

interface QuestionListProps {
  draft: DraftState;
  published: Published;
  readOnly: boolean;
  update(change: (draft: DraftState) => DraftState): void;
}

/** True while a name still follows the wording it was made from. */
const followsWording = (q: Element) =>
  q.name === toName(text(q, 'title')) || /^new_question(_\d+)?$/.test(q.name);

export function QuestionList({ draft, published, readOnly, update }: QuestionListProps) {
  const pages = pagesOf(draft.json);
  const ordered = questionsInOrder(draft.json);
  const keys = useRef(new Map<string, string>());
  const [open, setOpen] = useState<string | undefined>();
  const focusAfter = useRef<{ key: string; selector: string } | undefined>(undefined);
  const [kinds, setKinds] = useState<Record<number, string>>({});

  const made = useRef(0);
  const keyFor = (name: string) => {
    let key = keys.current.get(name);
    if (!key) {
      made.current += 1;
      key = `k${made.current}`;
      keys.current.set(name, key);
    }
    return key;
  };

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = undefined;
    const card = document.querySelector(`[data-key="${target.key}"]`);
    const wanted = card?.querySelector<HTMLElement>(target.selector);
    const fallback = card?.querySelector<HTMLElement>('[data-action="edit"]');
    (wanted && !wanted.hasAttribute('disabled') ? wanted : fallback)?.focus();
  });

  const rename = (at: Position, from: string, to: string) => {
    const key = keys.current.get(from);
    keys.current.delete(from);
    if (key) keys.current.set(to, key);
    update((d) => ({ ...d, ...renameQuestion(d.json, d.settings, at, from, to) }));
  };

  function patch(at: Position, q: Element, change: Record<string, unknown>) {
    const title = change.title;
    if (typeof title === 'string' && !published.names.has(q.name) && followsWording(q)) {
      const others = allNames(draft.json);
      others.delete(q.name);
      const name = uniqueName(toName(title), others);
      if (name !== q.name) {
        update((d) => ({ ...d, json: updateQuestion(d.json, at, change) }));
        rename(at, q.name, name);
        return;
      }
    }
    update((d) => ({ ...d, json: updateQuestion(d.json, at, change) }));
  }

  function add(page: number) {
    const type = kinds[page] ?? 'text';
    const name = uniqueName('new_question', allNames(draft.json));
    update((d) => ({ ...d, json: addQuestion(d.json, page, newQuestion(type, name)) }));
    const key = keyFor(name);
    setOpen(key);
    focusAfter.current = { key, selector: 'textarea' };
  }

  return (
    <div className="question-list">
      {pages.length === 0 && <p className="body">This questionnaire has no pages yet.</p>}
      {pages.map((page, p) => (
        <section
          key={`page-${text(page.node, 'name') || p}`}
          className="page-block"
          aria-labelledby={`page-${p}-heading`}
        >
          <div className="page-block__header">
            <h3 className="heading-m" id={`page-${p}-heading`}>
              Page {p + 1}
              {text(page.node, 'title') ? `: ${text(page.node, 'title')}` : ''}
            </h3>
            {!readOnly && (
              <div className="button-row">
                <button
                  type="button"
                  className="small-button"
                  disabled={p === 0}
                  onClick={() => update((d) => ({ ...d, json: movePage(d.json, p, -1) }))}
                >
                  Move page up<span className="visually-hidden"> (page {p + 1})</span>
                </button>
                <button
                  type="button"
                  className="small-button"
                  disabled={p === pages.length - 1}
                  onClick={() => update((d) => ({ ...d, json: movePage(d.json, p, 1) }))}
                >
                  Move page down<span className="visually-hidden"> (page {p + 1})</span>
                </button>
                <button
                  type="button"
                  className="small-button"
                  onClick={() => update((d) => ({ ...d, json: duplicatePage(d.json, p) }))}
                >
                  Duplicate page<span className="visually-hidden"> {p + 1}</span>
                </button>
                {!page.elements.some((e) => published.names.has(e.name)) && (
                  <button
                    type="button"
                    className="small-button small-button--warning"
                    onClick={() => update((d) => ({ ...d, json: deletePage(d.json, p) }))}
                  >
                    Delete page<span className="visually-hidden"> {p + 1}</span>
                  </button>
                )}
              </div>
            )}
          </div>
          <PageFields index={p} page={page.node} readOnly={readOnly} update={update} />
          {page.elements.length === 0 && <p className="body">No questions on this page yet.</p>}
          <ol className="question-cards">
            {page.elements.map((q, i) => {
              const at = { page: p, index: i };
              const key = keyFor(q.name);
              const found = ordered.findIndex((o) => o.element.name === q.name);
              // A text block is not numbered; its conditions may use any question before it.
              const position =
                found >= 0
                  ? found
                  : ordered.filter(
                      (o) =>
                        o.page < p ||
                        (o.page === p &&
                          page.elements.findIndex((e) => e.name === o.element.name) < i),
                    ).length;
              const others = allNames(draft.json);
              others.delete(q.name);
              return (
                <QuestionCard
                  key={key}
                  cardKey={key}
                  element={q}
                  number={position + 1}
                  first={p === 0 && i === 0}
                  last={p === pages.length - 1 && i === page.elements.length - 1}
                  open={open === key}
                  settings={draft.settings}
                  published={published}
                  readOnly={readOnly}
                  earlier={ordered.slice(0, Math.max(0, position)).map((o) => o.element)}
                  otherNames={others}
                  onToggle={() => setOpen(open === key ? undefined : key)}
                  onMove={(delta) => {
                    focusAfter.current = {
                      key,
                      selector: `[data-action="${delta < 0 ? 'up' : 'down'}"]`,
                    };
                    update((d) => ({ ...d, json: moveQuestion(d.json, at, delta) }));
                  }}
                  onDuplicate={() => update((d) => ({ ...d, json: duplicateQuestion(d.json, at) }))}
                  onDelete={() =>
                    update((d) => ({
                      ...d,
                      json: deleteQuestion(d.json, at),
                      settings: forgetQuestion(d.settings, q.name),
                    }))
                  }
                  onPatch={(change) => patch(at, q, change)}
                  onRename={(to) => rename(at, q.name, to)}
                  onSettings={(change) => update((d) => ({ ...d, settings: change(d.settings) }))}
                />
              );
            })}
          </ol>
          {!readOnly && (
            <div className="add-question">
              <div>
                <label className="form-label form-label--s" htmlFor={`add-kind-${p}`}>
                  Kind of question
                </label>
                <p className="form-hint form-hint--s" id={`add-kind-${p}-hint`}>
                  {QUESTION_KINDS.find((k) => k.type === (kinds[p] ?? 'text'))?.hint}
                </p>
                <select
                  id={`add-kind-${p}`}
                  aria-describedby={`add-kind-${p}-hint`}
                  className="form-select"
                  value={kinds[p] ?? 'text'}
                  onChange={(e) => setKinds({ ...kinds, [p]: e.target.value })}
                >
                  {QUESTION_KINDS.map((k) => (
                    <option key={k.type} value={k.type}>
                      {k.label}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className="button" onClick={() => add(p)}>
                Add question<span className="visually-hidden"> to page {p + 1}</span>
              </button>
            </div>
          )}
        </section>
      ))}
      {!readOnly && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => update((d) => ({ ...d, json: addPage(d.json) }))}
        >
          Add a page
        </button>
      )}
    </div>
  );
}
