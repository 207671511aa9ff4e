// One audit pass as the crawler records it, empty but for what a spec says it saw.
import type { PassName, PassRecord } from '../../../src/cli/findings';

export const pass = (name: PassName, seen: Partial<PassRecord> = {}): PassRecord => ({
  pass: name,
  requests: [],
  cookies: [],
  local: [],
  session: [],
  indexedDB: [],
  ...seen,
});
