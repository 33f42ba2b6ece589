// The writer thread's entry from TypeScript (tests, tsx): a thread does not inherit the parent's
// loader hooks, so it registers tsx's before loading the writer.
import { register } from 'tsx/esm/api';

register();
await import('./writer-thread.ts');
