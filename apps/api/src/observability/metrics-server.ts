import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiMetrics } from './api-metrics';

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

/**
 * `/metrics` in Prometheus text format on a port of its own (METRICS_PORT), bound to METRICS_HOST
 * (127.0.0.1 by default): never on the public port, so no token is needed and none can leak.
 */
export function startMetricsServer(metrics: ApiMetrics, port: number, host: string): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: GET /metrics\n');
      return;
    }
    metrics
      .render()
      .then(({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body))
      .catch((error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${error instanceof Error ? error.message : String(error)}\n`));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({ url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}/metrics`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
