// The CLI as a person or script runs it: JSON Lines in, JSON Lines out, clear errors and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function cli(args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, DOTENV_CONFIG_QUIET: 'true', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const themeIds = (line: Record<string, unknown> | undefined) =>
  ((line?.themes ?? []) as { id: string }[]).map((t) => t.id);

const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('cli tag', { timeout: 30_000 }, () => {
  it('tags each line, in order, with themes, evidence, sentiment and redaction', () => {
    const input = [
      { id: 'a', text: 'We have waited 18 months for an EHC plan. Mrs Patel never replies.' },
      { id: 'b', text: 'Nothing.', question: 'What is working well?' },
      { id: 3, text: 'n/a' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { code, stdout } = cli(['tag'], input);
    expect(code).toBe(0);
    const [a, b, c] = lines(stdout);
    expect(a).toMatchObject({ id: 'a', substantive: true, safeguarding: false });
    expect(themeIds(a)).toEqual(expect.arrayContaining(['delays', 'ehcp', 'communication']));
    expect(a?.redacted).toContain('[NAME]');
    expect(a?.sentiment).toMatchObject({ label: 'negative' });
    expect(themeIds(b)).toEqual(['nothing_working']);
    expect(c).toMatchObject({ id: 3, substantive: false, themes: [] });
  });

  it('reports a malformed line on stderr, processes the others and exits 1', () => {
    const input = `{"id":"ok1","text":"taxi late"}\nnot json\n{"id":"x"}\n{"id":"ok2","text":"bus late"}\n`;
    const { code, stdout, stderr } = cli(['tag'], input);
    expect(code).toBe(1);
    expect(lines(stdout).map((l) => l.id)).toEqual(['ok1', 'ok2']);
    expect(stderr).toMatch(/^line 2: /m);
    expect(stderr).toMatch(/^line 3: /m);
  });

  it('exits 2 with a clear message for an unknown option or a missing file', () => {
    const unknown = cli(['tag', '--colour', 'red']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/colour/);
    const missing = cli(['tag', '--codebook', '/nonexistent/codebook.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/not found: \/nonexistent\/codebook\.json/);
    expect(cli(['frobnicate']).code).toBe(2);
  });
});

describe('cli train and evaluate', { timeout: 60_000 }, () => {
  it('trains a model from coded answers and evaluates it against gold codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'send-voice-cli-'));
    const coded = [];
    const topics: [string, string[]][] = [
      [
        'respite',
        [
          'The respite weekends are a lifeline',
          'We lost our respite hours',
          'Respite is never available',
        ],
      ],
      [
        'parking',
        [
          'No parking at the clinic',
          'Parking at the hospital is impossible',
          'Parking costs a fortune',
        ],
      ],
    ];
    for (let i = 0; i < 12; i++) {
      for (const [label, texts] of topics) {
        coded.push({
          id: `${label}-${i}`,
          text: `${texts[i % texts.length]} (${i})`,
          themes: [label],
        });
      }
    }
    const input = join(dir, 'coded.jsonl');
    writeFileSync(input, coded.map((c) => JSON.stringify(c)).join('\n'));
    const model = join(dir, 'model.json');
    const trained = cli(['train', '--input', input, '--out', model]);
    expect(trained.code, trained.stderr).toBe(0);
    expect(JSON.parse(readFileSync(model, 'utf8')).labels).toEqual(
      expect.arrayContaining(['respite', 'parking']),
    );

    const tagged = cli(
      ['tag', '--model', model],
      '{"id":1,"text":"we could not find parking anywhere"}\n',
    );
    expect(themeIds(lines(tagged.stdout)[0])).toContain('parking');

    const evaluated = cli(['evaluate', '--gold', input, '--model', model]);
    expect(evaluated.code).toBe(0);
    const report = JSON.parse(evaluated.stdout);
    expect(report.themes.parking).toMatchObject({ support: 12 });
    for (const key of ['precision', 'recall', 'f1', 'kappa'])
      expect(report.micro).toHaveProperty(key);
    expect(report.macro).toHaveProperty('f1');
  });
});

describe('cli model train', { timeout: 60_000 }, () => {
  it("learns from officers' codes in the database, reports held-out agreement and installs", async () => {
    const { createTestApp, postJson, writeSurveysDir } = await import('../support/test-app.ts');
    const { surveyFile, validTinyAnswers } = await import('../support/sample-surveys.ts');
    const surveysDir = writeSurveysDir([surveyFile()]);
    const t = await createTestApp({ surveysDir });
    const texts: [string, string][] = [
      ['parking', 'There is never any parking at the clinic'],
      ['parking', 'Parking at the hospital costs a fortune'],
      ['respite', 'Our respite weekends were cut'],
      ['respite', 'We need more respite, we are exhausted'],
    ];
    for (let i = 0; i < 32; i++) {
      const [label, text] = texts[i % texts.length] as [string, string];
      const res = await t.request(
        '/api/surveys/tiny/responses',
        postJson({ answers: { ...validTinyAnswers, working_well: `${text} (${i})` } }),
      );
      const { id } = (await res.json()) as { id: string };
      await t.deps.db
        .insertInto('answer_themes')
        .values({
          response_id: id,
          question: 'working_well',
          theme_id: label,
          source: 'human',
          present: 1,
          score: null,
          evidence: '[]',
          codebook_version: null,
          model_id: null,
          created_at: new Date().toISOString(),
        })
        .execute();
    }
    await t.deps.db.destroy();
    const env = { DATA_DIR: t.dataDir, SURVEYS_DIR: surveysDir };
    const trained = cli(['model', 'train', '--install'], '', env);
    expect(trained.code, trained.stderr).toBe(0);
    const summary = JSON.parse(trained.stdout);
    expect(summary).toMatchObject({ coded: 32, queued: 32 });
    expect(summary.labels).toEqual(expect.arrayContaining(['parking', 'respite']));
    expect(summary.agreement.themes.parking.support).toBeGreaterThan(0);
    expect(summary.agreement.micro.f1).toBeGreaterThan(0.5);
    rmSync(t.dataDir, { recursive: true, force: true });
  });
});

describe('cli check-model', { timeout: 60_000 }, () => {
  it('rebuilds the shipped check model from the composed comments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-model-'));
    try {
      const out = join(dir, 'model.json');
      const { code, stderr } = cli(['check-model', '--out', out]);
      expect(code, stderr).toBe(0);
      expect(stderr).toContain('17 labels');
      const shipped = readFileSync('analysis/codebooks/send-default-check-model.json', 'utf8');
      expect(readFileSync(out, 'utf8')).toBe(shipped);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a missing input file with exit code 2', () => {
    const { code, stderr } = cli(['check-model', '--input', 'no-such-file.jsonl']);
    expect(code).toBe(2);
    expect(stderr).toContain('not found');
  });
});
