import { describe, expect, it } from 'vitest';
import { routeFor } from './routes.ts';

describe('routeFor', () => {
  it('knows the pages the server sends the app for', () => {
    expect(routeFor('/')).toEqual({ name: 'landing' });
    expect(routeFor('/accessibility')).toEqual({ name: 'accessibility' });
    expect(routeFor('/s/send-parent-experience')).toEqual({
      name: 'survey',
      slug: 'send-parent-experience',
      embed: false,
    });
    expect(routeFor('/s/confidence-pulse/')).toEqual({
      name: 'survey',
      slug: 'confidence-pulse',
      embed: false,
    });
    expect(routeFor('/embed/confidence-pulse')).toEqual({
      name: 'survey',
      slug: 'confidence-pulse',
      embed: true,
    });
    expect(routeFor('/preview')).toEqual({ name: 'preview' });
  });

  it('treats anything else as not found', () => {
    for (const path of [
      '/s/',
      '/s/Bad_Slug',
      '/s/a/b',
      '/admin',
      '/embed/',
      '/embed/a/b',
      '/preview/x',
    ]) {
      expect(routeFor(path)).toEqual({ name: 'not_found' });
    }
  });
});
