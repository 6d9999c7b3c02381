// Called from firstStart so a newcomer's first `npm start` shows a living dashboard.
import { DEFAULT_DEMO_YEAR } from '../../core/demo/generate-demo-year.ts';
import type { Services } from '../services.ts';
import { SYSTEM_CTX } from '../shared/context.ts';
import type { DemoGenerated } from './demo-service.ts';

/**
 * Generates the demo year when there are no records at all and no person ever removed demo
 * data (meta key demo.removed); returns what was written, or null when it did nothing.
 * `scale` is for tests; a start always loads the full year.
 */
export async function loadDemoOnFirstStart(
  services: Services,
  year: number = DEFAULT_DEMO_YEAR,
  options: { scale?: number } = {},
): Promise<DemoGenerated | null> {
  return services.demo.loadIfFresh(year, SYSTEM_CTX, options.scale);
}
