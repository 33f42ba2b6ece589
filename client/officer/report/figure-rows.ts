// One shape for every kind of figure (options, agreement per statement, themes), so a single
// chart and a single table can show them all.
import type {
  AgreementFigure,
  OptionFigure,
  Proportion,
  RowFigure,
  Suppressed,
  ThemeFigure,
} from '../../../analysis/report/report-types.ts';

export interface FigureRow {
  key: string;
  label: string;
  figure: Proportion | Suppressed;
  /** The denominator, when it differs by row (agreement among those with an opinion). */
  n?: number;
  /** Where the row's label leads, for example a theme's answers. */
  href?: string;
}

export const isSuppressed = (
  figure: Proportion | Suppressed | AgreementFigure,
): figure is Suppressed => 'suppressed' in figure && figure.suppressed === true;

export function optionRows(options: OptionFigure[]): FigureRow[] {
  return options.map((o) => ({ key: String(o.value), label: o.label, figure: o }));
}

export function themeRows(themes: ThemeFigure[], hrefOf?: (theme: string) => string): FigureRow[] {
  return themes.map((t) => ({ key: t.id, label: t.label, figure: t, href: hrefOf?.(t.id) }));
}

/** Statements of an agree/disagree grid that have an agreement figure. */
export function agreementRows(rows: RowFigure[]): FigureRow[] {
  return rows.flatMap((row) =>
    row.agreement
      ? [
          {
            key: row.name,
            label: row.title,
            figure: row.agreement,
            n: isSuppressed(row.agreement) ? undefined : row.agreement.n,
          },
        ]
      : [],
  );
}
