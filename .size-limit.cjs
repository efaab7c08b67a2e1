// Size budgets: every package lists its own entries in `packages/<name>/size-limit.cjs`
// (paths relative to the repository root), collected here for `size-limit` and `npm test`.
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const packages = join(__dirname, 'packages');
module.exports = readdirSync(packages)
  .sort()
  .filter((name) => existsSync(join(packages, name, 'size-limit.cjs')))
  .flatMap((name) => require(join(packages, name, 'size-limit.cjs')));
