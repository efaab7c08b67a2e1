import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/** The export condition that points tests, typecheck and docs at `src/` instead of `dist/`. */
export const SOURCE_CONDITION = '@opengov-id/source';

/** One vitest project per package, run against source, with msw wired up. */
export const sharedProject = (name: string) =>
  defineProject({
    resolve: { conditions: [SOURCE_CONDITION] },
    ssr: { resolve: { conditions: [SOURCE_CONDITION] } },
    test: {
      name,
      environment: 'node',
      include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
      setupFiles: [fileURLToPath(new URL('./scripts/msw.setup.ts', import.meta.url))],
      restoreMocks: true,
      unstubGlobals: true,
      testTimeout: 30_000,
    },
  });
