import { mergeConfig } from 'vitest/config';
import { sharedProject } from '../../vitest.shared.js';

export default mergeConfig(sharedProject('reference-server'), {
  test: { globalSetup: ['./test/postgres.setup.ts'] },
});
