// A trained classifier in the shape the tagger uses: it decides the labels it learned, with the
// answer's words that pushed it there as evidence.
import { createHash } from 'node:crypto';
import { loadClassifier } from './classifier/index.ts';
import type { ThemeModel } from './tag-answer.ts';

const EVIDENCE_TERMS = 5;

export function themeModelFromFile(document: unknown): ThemeModel {
  const classifier = loadClassifier(document);
  const version = createHash('sha256').update(JSON.stringify(document)).digest('hex').slice(0, 12);
  return {
    version,
    labels: classifier.labels,
    classify(text) {
      return classifier.assignWithEvidence(text, EVIDENCE_TERMS).map((a) => ({
        id: a.label,
        score: Math.round(a.score * 1000) / 1000,
        evidence: a.evidence,
      }));
    },
  };
}
