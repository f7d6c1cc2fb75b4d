// A tiny static HTTP server for the bench: the built bundle under /dist/ and generated pages under
// /bench/. Nothing is cached, so every run fetches (and compiles) the code as a first visit does.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {join, normalize} from 'node:path';

const TYPES = {'.js': 'text/javascript', '.map': 'application/json', '.json': 'application/json', '.html': 'text/html'};

/** Starts the server on `port` (0: any free port); `pages` maps `/bench/…` paths to HTML. */
export async function startStaticServer({root, pages, port = 0, host = '127.0.0.1'}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = {'Cache-Control': 'no-store'};
    if (pages.has(path)) {
      res.writeHead(200, {...headers, 'Content-Type': TYPES['.html']}).end(pages.get(path));
      return;
    }
    const file = normalize(join(root, path));
    if (!path.startsWith('/dist/') || !file.startsWith(join(root, 'dist'))) {
      res.writeHead(404, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
      res.writeHead(200, {...headers, 'Content-Type': type}).end(body);
    } catch {
      res.writeHead(404, headers).end();
    }
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return {
    origin: `http://${host}:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
