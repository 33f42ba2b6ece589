import type { TrainingAgreement, TrainingRun } from '../../../server/training-contracts.ts';
import { formatCount } from '../format.ts';
import { TableScroll } from '../table-scroll.tsx';

const kappa = (value: number) => value.toFixed(2);
/** Fewer held-back answers than this give figures that a handful of answers can swing. */
const ROUGH_BELOW = 30;

function change(before: number, after: number): string {
  const delta = after - before;
  if (Math.abs(delta) < 0.05) return 'About the same';
  return delta > 0 ? 'Better' : 'Worse';
}

interface TrainingResultProps {
  run: TrainingRun & { agreement: NonNullable<TrainingRun['agreement']> };
  labels: Map<string, string>;
}

/** How the new model agrees with officers on answers it never saw, against the rules alone. */
export function TrainingResult({ run, labels }: TrainingResultProps) {
  const { rulesOnly, withModel } = run.agreement;
  const ids = Object.keys(withModel.themes)
    .filter((id) => (withModel.themes[id]?.support ?? 0) > 0)
    .sort((a, b) => (labels.get(a) ?? a).localeCompare(labels.get(b) ?? b));
  return (
    <>
      <p className="body">
        The new model learned from {formatCount(run.coded ?? 0)} answers coded by officers. To test
        it fairly, {formatCount(run.heldOut ?? 0)} of them were held back while it learned, then
        tagged by it and compared with the officers’ codes.
      </p>
      <p className="body-l">
        Overall agreement with officers (kappa, from 0 to 1): {kappa(rulesOnly.micro.kappa)} with
        the codebook’s keywords alone,{' '}
        <strong>{kappa(withModel.micro.kappa)} with the new model</strong> (
        {change(rulesOnly.micro.kappa, withModel.micro.kappa).toLowerCase()}).
      </p>
      {(run.heldOut ?? 0) < ROUGH_BELOW && (
        <p className="body">
          With so few answers held back these figures are rough: coding more answers makes them
          firmer.
        </p>
      )}
      <TableScroll label="Agreement for each theme on the held-back answers">
        <table className="table">
          <caption className="table__caption">
            Agreement for each theme on the held-back answers
          </caption>
          <thead>
            <tr>
              <th scope="col">Theme</th>
              <th scope="col" className="table__numeric">
                Held-back answers with the theme
              </th>
              <th scope="col" className="table__numeric">
                Kappa, keywords alone
              </th>
              <th scope="col" className="table__numeric">
                Kappa, new model
              </th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <ThemeRow
                key={id}
                label={labels.get(id) ?? id}
                before={rulesOnly}
                after={withModel}
                id={id}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

interface ThemeRowProps {
  id: string;
  label: string;
  before: TrainingAgreement;
  after: TrainingAgreement;
}

function ThemeRow({ id, label, before, after }: ThemeRowProps) {
  const old = before.themes[id];
  const now = after.themes[id];
  if (!now) return null;
  return (
    <tr>
      <th scope="row" className="table__row-heading">
        {label}
      </th>
      <td className="table__numeric">{formatCount(now.support)}</td>
      <td className="table__numeric">{old ? kappa(old.kappa) : 'not measured'}</td>
      <td className="table__numeric">{kappa(now.kappa)}</td>
      <td>{old ? change(old.kappa, now.kappa) : ''}</td>
    </tr>
  );
}
