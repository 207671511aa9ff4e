/** @jsxImportSource react */
'use client';
// The provider is a client component; the layout stays a server component. Without `start` it
// adopts window.Consentry, which the script in <head> started before React.
import type { ReactNode } from 'react';
import { ConsentryProvider } from 'consentry/react';

export function Providers({ children }: { children: ReactNode }) {
  return <ConsentryProvider>{children}</ConsentryProvider>;
}
