// The bare Node.js baseline: node:http answering every request with a fixed HTML page of about
// the size of a Helix page. Helix's figures are reported as ratios to this, measured in the same run.
import http from 'node:http';

const row =
  '<li><a href="/en/library/item">A knowledge item title</a><p>A summary of about one line of text.</p></li>';
const page = Buffer.from(
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title></head><body><main><h1>Baseline</h1><ul>${row.repeat(100)}</ul></main></body></html>`,
);
const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': page.length });
  res.end(page);
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
