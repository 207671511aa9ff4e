/** @jsxImportSource react */
'use client';
import { useConsentry, WhenAllowed } from 'consentry/react';

/** Renders its widget only once analytics is allowed; until then, a way to change the choice. */
export function AnalyticsNote() {
  const consentry = useConsentry();
  return (
    <WhenAllowed
      id="analytics"
      fallback={
        <p>
          Statistics are off.{' '}
          <button type="button" onClick={() => consentry?.showPreferences()}>
            Cookie settings
          </button>
        </p>
      }
    >
      <p>Thank you: statistics help us stock the cameras you look for.</p>
    </WhenAllowed>
  );
}
