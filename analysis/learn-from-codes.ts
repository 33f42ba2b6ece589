// Learning from officers' codes: how well a model trained on most of them agrees with officers on
// the rest (and how well the codebook's rules alone do, for comparison), then the model itself
// trained on them all. Used by `cli model train` and by the server's training runs.
import { type ClassifierModel, trainClassifier } from './classifier/index.ts';
import type { Codebook } from './codebook.ts';
import { type AgreementReport, evaluateAgreement, splitHoldout } from './metrics.ts';
import { createTagger } from './tag-answer.ts';
import { themeModelFromFile } from './theme-model.ts';

export interface CodedExample {
  id: string;
  text: string;
  labels: string[];
}

/** Fewer coded answers than this teach nothing worth measuring. */
export const MIN_CODED_EXAMPLES = 10;
const HELD_OUT_SHARE = 0.3;

export interface Learned {
  model: ClassifierModel;
  coded: number;
  heldOut: number;
  /** On the held-out share: the codebook's rules alone, and the rules with the new model. */
  agreement: { rulesOnly: AgreementReport; withModel: AgreementReport };
}

export function learnFromCodes(examples: readonly CodedExample[], codebook: Codebook): Learned {
  if (examples.length < MIN_CODED_EXAMPLES) {
    throw new Error(`learnFromCodes needs at least ${MIN_CODED_EXAMPLES} coded answers`);
  }
  const { train, test } = splitHoldout(examples, HELD_OUT_SHARE, 1);
  const gold = test.map((e) => ({ id: e.id, labels: e.labels }));
  const agreementOf = (tagger: ReturnType<typeof createTagger>) =>
    evaluateAgreement(
      gold,
      test.map((e) => ({ id: e.id, labels: tagger.tag({ text: e.text }).themes.map((t) => t.id) })),
    );
  const rulesOnly = agreementOf(createTagger({ codebook }));
  const withModel = agreementOf(
    createTagger({ codebook, model: themeModelFromFile(trainClassifier(train)) }),
  );
  return {
    model: trainClassifier(examples),
    coded: examples.length,
    heldOut: test.length,
    agreement: { rulesOnly, withModel },
  };
}
