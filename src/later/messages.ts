// Prints the problems the boot kept, then each new one, in the words of shared/messages.ts.
import type { Feature } from '../boot/context';
import { printProblem } from '../shared/messages';

export const messagesFeature: Feature = (ctx) => {
  const print = printProblem(ctx.log, ctx.warn);
  ctx.problems.kept().forEach(print);
  return ctx.problems.onKept(print);
};
