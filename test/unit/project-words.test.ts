// @vitest-environment node
// Code comments and docs speak of the project only: an issue number or a path outside the
// repository means nothing to a reader of the published package.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|tsx|mjs|cjs|js|md|html)$/.test(name) ? [path] : [];
  });
const FILES = [
  ...['src', 'vendors', 'test', 'docs', 'demo', 'scripts'].flatMap((d) => walk(join(ROOT, d))),
  ...['README.md', 'CONTRIBUTING.md', 'ARCHITECTURE.md'].map((f) => join(ROOT, f)),
]
  .filter((f) => !f.includes('node_modules') && !/test\/unit\/project-words\.test\.ts$/.test(f))
  .map((f) => relative(ROOT, f));

/** `issue 14`, `issues 4 and 15`, `(#12)`; and a path that climbs out of the repository into a sibling. */
const ISSUE = /\bissues? \d+|\(#\d+\)/i;
const OUTSIDE = /\.\.\/shared\/(seed|vendors\.md|layout\.md|hooks)|\/work\/(shared|main)\b/;

describe('words in code and docs', () => {
  it.each(FILES)('%s names no issue number', (file) => {
    const hits = readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .filter((line) => ISSUE.test(line));
    expect(hits).toEqual([]);
  });

  it.each(FILES)('%s names no file outside the repository', (file) => {
    const hits = readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .filter((line) => OUTSIDE.test(line));
    expect(hits).toEqual([]);
  });
});
