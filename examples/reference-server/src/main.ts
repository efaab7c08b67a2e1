// `npm run serve`: the reference server on a loopback port, seeded with sample data, until
// SIGINT or SIGTERM. PORT and HOST configure it; DATABASE_URL (PostgreSQL) or DATABASE (a
// SQLite file; default in memory) chooses the store.
import { startReferenceServer } from './server.js';

const server = await startReferenceServer({
  port: Number(process.env['PORT'] ?? 8787),
  host: process.env['HOST'] ?? '127.0.0.1',
  database: process.env['DATABASE_URL'] || process.env['DATABASE'] || ':memory:',
  seed: true,
});

console.log(`OGP Local SDK reference server: ${server.url}`);
console.log(`  OpenAPI:  ${server.url}/openapi.json`);
console.log(`  Care API: ${server.url}/care/v1/public/reports`);
console.log('Sample tokens (CONTOH; Authorization: Bearer <token>):');
for (const [role, token] of Object.entries(server.tokens ?? {})) console.log(`  ${role.padEnd(13)} ${token}`);
console.log('Ctrl-C to stop.');

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing…`);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
