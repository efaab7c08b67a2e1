// `npm run dev` and `npm run preview` start this (vite.config.ts): the reference server with its
// sample data, until the dev server stops. One JSON line on stdout tells Vite where it is.
import { startBackend } from './backend.js';

const backend = await startBackend();
console.log(
  JSON.stringify({ url: backend.server.url, apiUrl: backend.apiUrl, kaderToken: backend.kaderToken }),
);
const stop = () => void backend.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// The dev server closing our stdin (or dying) ends this process too.
process.stdin.resume();
process.stdin.once('end', stop);
