// Where problems go. The npm build (and a test's core) prints each one at once. The script tag
// keeps them until consentry-later.js brings the words, so the render-blocking boot carries none;
// a page with nothing wrong never fetches them.
import { listeners } from '../shared/listeners';
import type { Problem, Report } from '../shared/problems';

export interface ProblemLog {
  readonly report: Report;
  /** Problems kept so far (none where they are printed at once). */
  kept(): readonly Problem[];
  /** After each problem kept. */
  onKept(fn: (problem: Problem) => void): () => void;
}

export function printing(print: (problem: Problem) => void): ProblemLog {
  return { report: (...problem) => print(problem), kept: () => [], onKept: () => () => {} };
}

export function keeping(): ProblemLog {
  const kept: Problem[] = [];
  const added = listeners<[Problem]>();
  return {
    report: (...problem) => {
      kept.push(problem);
      added.emit(problem);
    },
    kept: () => kept,
    onKept: added.add,
  };
}
