// The form editor: pages in order, each with its questions, every change through buttons and
// fields (no dragging), so it works the same with a keyboard, a mouse or a screen reader.
import { useEffect, useRef, useState } from 'react';
import type { Published } from './locks.ts';
import type { OptionChange } from './options-editor.tsx';
import { PageFields } from './page-fields.tsx';
import { PageHeader } from './page-header.tsx';
import { QuestionCard } from './question-card.tsx';
import { newQuestion, QUESTION_KINDS } from './question-kinds.ts';
import {
  type Draft,
  forgetOption,
  type OptionList,
  pruneSettings,
  renameOption,
  renameQuestion,
} from './rename.ts';
import {
  addPage,
  addQuestion,
  allNames,
  deletePage,
  deleteQuestion,
  duplicatePage,
  duplicateQuestion,
  type Element,
  type Json,
  locate,
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
  /** A question to open and focus, e.g. one a check is about; `seq` repeats the request. */
  show?: { name: string; seq: number };
}

/** A removal: the definition changes and the settings of questions it took go with them. */
const removing = (d: DraftState, json: Json): DraftState => ({
  ...d,
  json,
  settings: pruneSettings(json, d.settings),
});

/** True while a name still follows the wording it was made from. */
const followsWording = (q: Element) =>
  q.name === toName(text(q, 'title')) || /^new_question(_\d+)?$/.test(q.name);

export function QuestionList({ draft, published, readOnly, update, show }: QuestionListProps) {
  const pages = pagesOf(draft.json);
  const ordered = questionsInOrder(draft.json);
  const keys = useRef(new Map<string, string>());
  const [open, setOpen] = useState<string | undefined>();
  const focusAfter = useRef<{ key: string; selector: string } | undefined>(undefined);
  const [kinds, setKinds] = useState<Record<number, string>>({});
  const [pending, setPending] = useState<{ key: string; selector: string } | undefined>();
  const focusPage = useRef<number | undefined>(undefined);

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
    const page = focusPage.current;
    focusPage.current = undefined;
    if (page !== undefined) document.getElementById(`page-${page}-heading`)?.focus();
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = undefined;
    focusIn(target);
  });

  // A check's "go to the question": open its card (or its panel's) and put focus in it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new request moves focus.
  useEffect(() => {
    if (!show) return;
    const at = locate(draft.json, show.name);
    const element = at && pagesOf(draft.json)[at.page]?.elements[at.index];
    if (!element) return;
    const key = keyFor(element.name);
    setOpen(key);
    setPending({ key, selector: 'textarea' });
  }, [show?.seq]);

  useEffect(() => {
    if (!pending) return;
    setPending(undefined);
    focusIn(pending);
  }, [pending]);

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

  function changeOptions(
    at: Position,
    q: Element,
    list: OptionList,
    options: unknown[],
    change?: OptionChange,
  ) {
    update((d) => {
      let next: Draft = {
        json: updateQuestion(d.json, at, { [list]: options }),
        settings: d.settings,
      };
      if (change?.kind === 'renamed')
        next = renameOption(next, q.name, list, change.from, change.to);
      if (change?.kind === 'removed')
        next = { ...next, settings: forgetOption(next.settings, q.name, change.value) };
      return { ...d, ...next };
    });
  }

  function removePage(p: number) {
    focusPage.current = Math.max(0, Math.min(p, pages.length - 2));
    update((d) => removing(d, deletePage(d.json, p)));
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
          <PageHeader
            index={p}
            node={page.node}
            questions={page.elements.filter((e) => e.type !== 'html').length}
            last={p === pages.length - 1}
            readOnly={readOnly}
            deletable={
              !page.elements.some((e) => [...allNames(e)].some((n) => published.names.has(n)))
            }
            onMove={(delta) => update((d) => ({ ...d, json: movePage(d.json, p, delta) }))}
            onDuplicate={() => update((d) => ({ ...d, json: duplicatePage(d.json, p) }))}
            onDelete={() => removePage(p)}
          />
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
                  onDelete={() => update((d) => removing(d, deleteQuestion(d.json, at)))}
                  onOptions={(list, options, change) => changeOptions(at, q, list, options, change)}
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

/** Focuses what a card offers for the target, or its Edit button if that is not there. */
function focusIn(target: { key: string; selector: string }) {
  const card = document.querySelector(`[data-key="${target.key}"]`);
  const wanted = card?.querySelector<HTMLElement>(target.selector);
  const fallback = card?.querySelector<HTMLElement>('[data-action="edit"]');
  (wanted && !wanted.hasAttribute('disabled') ? wanted : fallback)?.focus();
}
