// Prints the problems the boot kept, then each new one, in the words of shared/messages.ts.
import type { Feature } from '../boot/context';
import { message } from '../shared/messages';
import type { Problem } from '../shared/problems';

export const messagesFeature: Feature = (ctx) => {
  const print = (problem: Problem) => ctx.log(message(problem));
  ctx.problems.kept().forEach(print);
  return ctx.problems.onKept(print);
};
