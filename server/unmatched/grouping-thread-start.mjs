// The worker thread's entry: plain JavaScript, so that it can register tsx's loader in the thread
// before loading the TypeScript that groups (a thread does not inherit the parent's loader hooks).
import { register } from 'tsx/esm/api';

register();
await import('./grouping-thread.ts');
