// The codebook calls: list, read, preview a change against stored answers, save a new version.
import {
  codebookDetailSchema,
  codebookPreviewSchema,
  codebookSummarySchema,
} from '../../../server/designer-contracts.ts';
import { call } from '../../officer/officer-api.ts';
import { listOf } from '../publish/publish-api.ts';

const path = (key: string, rest = '') => `/api/codebooks/${encodeURIComponent(key)}${rest}`;

export const fetchCodebookList = () =>
  call('/api/codebooks', listOf(codebookSummarySchema, 'codebooks'));

export const fetchCodebook = (key: string) =>
  call(path(key), (b) => codebookDetailSchema.safeParse(b).data);

export const previewCodebook = (key: string, document: unknown) =>
  call(path(key, '/preview'), (b) => codebookPreviewSchema.safeParse(b).data, {
    method: 'POST',
    body: JSON.stringify({ document }),
  });

export const saveCodebook = (key: string, document: unknown, baseVersion: number) =>
  call(path(key), (b) => codebookDetailSchema.safeParse(b).data, {
    method: 'PUT',
    body: JSON.stringify({ document, baseVersion }),
  });
