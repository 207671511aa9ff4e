// The React specs run once per supported major (vitest projects unit and react-18, which sets
// REACT_MAJOR): this checks that a run really loads the React it names, so a broken alias cannot
// pass the React 18 run on React 19. @testing-library/react rendering hooks in react.test.tsx
// checks that it uses the same copy (two copies fail with "Invalid hook call").
import { version as react } from 'react';
import { version as reactDom } from 'react-dom';
import { version as reactDomServer } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

const major = process.env.REACT_MAJOR;

describe('the React these specs run against', () => {
  it('is the major its vitest project names, in react, react-dom and react-dom/server', () => {
    expect(major).toMatch(/^1[89]$/);
    expect([react, reactDom, reactDomServer].map((v) => v.split('.')[0])).toEqual([major, major, major]);
  });
});
