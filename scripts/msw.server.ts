import { setupServer } from 'msw/node';

/** The msw server shared by every test file; tests add handlers with `server.use(...)`. */
export const server = setupServer();
