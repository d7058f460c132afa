// `npm run web`: serves the built web mode until Ctrl+C.
import { startWebServer } from './web-server';

const port = Number(process.env.PORT ?? 5173);
const server = await startWebServer(port);
console.log(`Maillage (mode web) : ${server.url}`);
