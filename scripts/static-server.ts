/**
 * A static file server on loopback, for the demo page (`npm run demo -- --serve`) and the test
 * that opens it in Chromium (tests/browser/). Serves the files of one folder, nothing outside it.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves `folder` on 127.0.0.1 (`port` 0: any free port); resolves with the server and its address. */
export async function serveFolder(folder: string, port = 0): Promise<{ server: Server; url: string }> {
  const root = normalize(folder + sep);
  // Long addresses are welcome: the demo page takes its text in `?text=`.
  const server = createServer({ maxHeaderSize: 1 << 20 }, (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    let file = '';
    let size: number | undefined;
    try {
      const name = decodeURIComponent(path);
      file = normalize(join(root, name.endsWith('/') ? name + 'index.html' : name));
      const stat = statSync(file);
      if (stat.isFile() && file.startsWith(root)) size = stat.size;
    } catch {
      // Not there, or a malformed path: 404 below.
    }
    if (size === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${path}\n`);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server: no port');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}
