// The published results page's calls: what is published, publish chosen questions, take them down.
import { publicationsViewSchema, publishedSchema } from '../../../server/publication-contracts.ts';
import { call } from '../officer-api.ts';

const base = (slug: string) => `/api/surveys/${encodeURIComponent(slug)}/publication`;

export const fetchPublication = (slug: string) =>
  call(base(slug), (b) => publicationsViewSchema.safeParse(b).data);

export const publishQuestions = (slug: string, questions: string[]) =>
  call(base(slug), (b) => publishedSchema.safeParse(b).data, {
    method: 'POST',
    body: JSON.stringify({ questions }),
  });

export const unpublish = (slug: string) => call(base(slug), () => true, { method: 'DELETE' });
