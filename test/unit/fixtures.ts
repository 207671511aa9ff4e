// A small catalog for core tests, independent of the real one in vendors/.
import type { Vendor } from '../../src/shared/types';

const vendor = (id: string, category: string, hosts: string[]): Vendor => ({
  id,
  name: id,
  company: `${id} Ltd`,
  category,
  purpose: `${id} purpose`,
  hosts,
  cookies: [{ name: `_${id}`, party: 'first', lifetime: '1 year', purpose: 'test' }],
  policyUrl: `https://${hosts[0]}/privacy`,
  leavesUkEea: true,
});

export const catalog: Record<string, Vendor> = {
  stats: vendor('stats', 'analytics', ['stats.example']),
  heatmap: vendor('heatmap', 'analytics', ['heat.example']),
  ads: vendor('ads', 'marketing', ['ads.example']),
};
