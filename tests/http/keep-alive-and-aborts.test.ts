// Defect 6 on a real server: a 413 must not break a keep-alive client's next request, and a client
// that hangs up mid-body is not a server error.
import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../server/logger.ts';
import { surveyFile, validTinyAnswers } from '../support/sample-surveys.ts';
import { writeSurveysDir } from '../support/test-app.ts';
import { startTestServer } from '../support/test-server.ts';

let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
afterEach(async () => server?.close());

async function start(lines: string[] = []) {
  server = await startTestServer({
    surveysDir: writeSurveysDir([surveyFile()]),
    env: { MAX_BODY_BYTES: '4096', LOG_LEVEL: 'debug' },
    logger: createLogger('debug', (line) => lines.push(line)),
  });
  return { port: Number(new URL(server.url).port), lines };
}

interface Reply {
  status: number;
  connection?: string;
}

function post(agent: http.Agent, port: number, body: string, chunked: boolean): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/json' };
    if (!chunked) headers['content-length'] = Buffer.byteLength(body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/surveys/tiny/responses',
        method: 'POST',
        agent,
        headers,
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const events = (lines: string[]) => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe('a body over the limit', () => {
  for (const chunked of [false, true]) {
    it(`(${chunked ? 'chunked' : 'with its length'}) is refused with Connection: close, and a keep-alive client's next request works`, async () => {
      const { port } = await start();
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      try {
        const refused = await post(agent, port, 'x'.repeat(1_000_000), chunked);
        expect(refused).toEqual({ status: 413, connection: 'close' });
        const next = await post(agent, port, JSON.stringify({ answers: validTinyAnswers }), false);
        expect(next.status).toBe(201);
      } finally {
        agent.destroy();
      }
    });
  }
});

describe('a client hanging up mid-body', () => {
  function hangUpMidBody(port: number, head: string, part: string) {
    return new Promise<void>((done) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.write(`POST /api/surveys/tiny/responses HTTP/1.1\r\nHost: x\r\n${head}\r\n${part}`);
        setTimeout(() => {
          socket.destroy();
          done();
        }, 200);
      });
    });
  }

  async function until(check: () => boolean) {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  }

  it('is logged as one request_aborted line, never as a 500 with a stack', async () => {
    const { port, lines } = await start();
    const json = 'Content-Type: application/json\r\n';
    await hangUpMidBody(port, `${json}Content-Length: 1000\r\n`, '{"answers":');
    await hangUpMidBody(port, `${json}Transfer-Encoding: chunked\r\n`, '5\r\n{"ans\r\n');
    await until(() => events(lines).filter((e) => e.event === 'request_aborted').length === 2);
    const logged = events(lines);
    expect(logged.filter((e) => e.event === 'request_aborted')).toHaveLength(2);
    expect(logged.filter((e) => e.event === 'unhandled_error' || e.level === 'error')).toEqual([]);
    expect(logged.filter((e) => e.status === 500)).toEqual([]);
    expect(lines.join('\n')).not.toContain('stack');
  });
});
