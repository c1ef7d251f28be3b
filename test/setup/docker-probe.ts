import fs from 'node:fs';
import http from 'node:http';

/** True when a Docker engine answers /_ping; Testcontainers is only imported then. */
export function dockerEngineAnswers(timeoutMs = 1_500): Promise<boolean> {
  const host = process.env.DOCKER_HOST;
  let options: http.RequestOptions;
  if (host?.startsWith('tcp://')) {
    const url = new URL(host.replace('tcp://', 'http://'));
    options = { host: url.hostname, port: url.port || 2375, path: '/_ping' };
  } else {
    const socketPath = host?.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock';
    if (!fs.existsSync(socketPath)) return Promise.resolve(false);
    options = { socketPath, path: '/_ping' };
  }
  return new Promise((resolve) => {
    const req = http.get({ ...options, timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}
