// What every shared scenario module runs on: one engine for the whole test file, one test server,
// a fresh page per scenario (closed after it, failed or not), and a count of the scenarios that
// passed, printed per engine at the end of the file so the three runs can be compared at a glance.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ROOT, startServer, type TestServer } from '../harness';
import type { Engine, EnginePage, OpenOptions } from '../engines/engine';

export interface Stage {
  /** The engine of this file; read it inside a scenario, not while registering. */
  readonly engine: Engine;
  readonly server: TestServer;
  /** Serves `html` at `path` on the test site, from before the first scenario on. */
  page(path: string, html: string): void;
  /** Opens `path` on the test site (`www.shop.test`, or `host`) as this scenario's page, from a clean start. */
  open(path: string, options?: OpenOptions & { host?: string }): Promise<EnginePage>;
  /** Registers one scenario: a test every engine runs under the same name. */
  scenario(name: string, body: () => Promise<void>): void;
}

/**
 * Runs the scenario modules `register` adds in the engine `launch` starts, and ends with the test
 * that keeps the README's "Browser support" row for this engine (version, scenario count) true.
 */
export function describeEngine(launch: (site: TestServer) => Promise<Engine>, register: (stage: Stage) => void): void {
  let engine: Engine | undefined;
  let server: TestServer | undefined;
  let current: EnginePage | undefined;
  const pages = new Map<string, string>();
  let count = 0;
  let passed = 0;

  const stage: Stage = {
    get engine() {
      if (!engine) throw new Error('the engine is only there inside a scenario');
      return engine;
    },
    get server() {
      if (!server) throw new Error('the test server is only there inside a scenario');
      return server;
    },
    page: (path, html) => void pages.set(path, html),
    async open(path, options) {
      await current?.close();
      current = await stage.engine.open(stage.server.url(path, options?.host), options);
      return current;
    },
    scenario(name, body) {
      count++;
      it(name, async () => {
        await body();
        passed++;
      });
    },
  };

  beforeAll(async () => {
    server = await startServer();
    server.page('/engines/blank', '<!doctype html><title>between scenarios</title>');
    for (const [path, html] of pages) server.page(path, html);
    engine = await launch(server);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  afterAll(async () => {
    if (engine) console.log(`${engine.name} ${engine.version}: ${passed} of ${count} shared scenarios passed`);
    await engine?.close();
    await server?.close();
  });

  register(stage);

  it("is the engine, version and scenario count the README's Browser support table names", () => {
    const version = stage.engine.version.match(/\d+\.\d+/)?.[0];
    const row = readFileSync(`${ROOT}README.md`, 'utf8')
      .split('\n')
      .find((line) => line.startsWith(`| ${stage.engine.name} `));
    expect(row, `README.md "Browser support" needs a row starting "| ${stage.engine.name} "`).toBeDefined();
    expect(row, `README.md "Browser support": the ${stage.engine.name} row must name version ${version} (what ran)`).toContain(
      `| ${version} |`,
    );
    expect(row, `README.md "Browser support": the ${stage.engine.name} row must say ${count} shared scenarios`).toContain(
      `${count} shared scenarios`,
    );
  });
}
