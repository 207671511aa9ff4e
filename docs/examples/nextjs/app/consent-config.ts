// The site's Consentry configuration, read by consentry.js from the JSON script in <head>.
import { embeds } from 'consentry/vendors';

export const consentConfig = {
  policyUrl: '/cookies',
  vendors: ['google-analytics', embeds.youtube],
};
