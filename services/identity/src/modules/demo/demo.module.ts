import type { FeatureModule } from '@careline/service-kit';
import { bootstrapDemo } from './demo.bootstrap.js';

export interface DemoSettings {
  /** create the demo accounts at start (BOOTSTRAP_DEMO) */
  enabled: boolean;
  /** the demo partner's API key secret (DEMO_PARTNER_API_KEY) */
  partnerApiKey?: string;
}

/** The demo accounts and partner, created at start when switched on; `settings` is read then. */
export function createDemoModule(settings: () => DemoSettings): FeatureModule {
  return {
    name: 'demo',
    bootstrap: async (scope) => {
      const { enabled, partnerApiKey } = settings();
      if (enabled) await bootstrapDemo(scope, partnerApiKey);
    },
  };
}
