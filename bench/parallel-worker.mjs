// Worker threads do not inherit `--import tsx` on Node 20: this plain entry registers tsx in the
// worker, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./parallel-worker.ts');
