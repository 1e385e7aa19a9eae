// The loopback API the benchmark calls, in its own process so its work does not share
// the event loop with the clients being measured.
import { createServer } from 'node:http';

const body = JSON.stringify({
  id: 42,
  createdAtUtc: '2026-01-01T00:00:00Z',
  completedAtUtc: '2026-01-01T00:05:00Z',
  completionPercentage: 100,
  status: 'Success',
  url: null,
  rawResult: 'a,b,c\n1,2,3\n',
  errors: null,
});

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-request-id': 'bench',
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.on('disconnect', () => server.close(() => process.exit(0)));
