/** @module `hookbench serve`: the workbench, its inspector, sink and API on one port. */
import { loadConfig } from '../../config/load-config.ts';
import { resolveOptions } from '../../config/resolve-options.ts';
import { startServer } from '../../start-server.ts';
import { banner } from '../banner.ts';
import { checkProviderConfig, type Io } from '../cli-context.ts';
import { connectionFlags, parseFlags } from '../parse-flags.ts';

export const serveUsage = `Usage: hookbench serve [--port N] [--host H] [--token T] [--db PATH] [--target URL] [--config FILE] [--time-scale X]

Starts the workbench: the inspector at http://127.0.0.1:4400, the built-in sink at /sink/default,
the control API at /api and live updates at /ws. Listens on 127.0.0.1 unless --host says otherwise;
on any other host the API, inspector and WebSocket require an access token, made at start and printed
in the banner (--token or HOOKBENCH_TOKEN pins one). See docs/security.md.`;

export async function serve(argv: string[], io: Io): Promise<number> {
  const { values } = parseFlags(argv, { ...connectionFlags, target: { type: 'string' }, 'time-scale': { type: 'string' } }, serveUsage);
  if (values.help) return (io.stdout.write(`${serveUsage}\n`), 0);
  const { config, file } = loadConfig({ file: values.config, cwd: io.cwd });
  const options = resolveOptions({ flags: { ...values, timeScale: values['time-scale'] }, env: io.env, config, configFile: file, cwd: io.cwd });
  checkProviderConfig(options, file);
  const server = await startServer({
    host: options.host,
    port: options.port,
    dbPath: options.db,
    target: options.target,
    timeScale: options.timeScale,
    providers: options.providers,
    custom: options.custom,
    allowedOrigins: options.allowedOrigins,
    token: options.token,
  });
  io.stdout.write(`${banner(server, { configFile: file })}\n`);

  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        io.stderr.write('hookbench: stopping now\n');
        process.exit(130);
      }
      stopping = true;
      io.stderr.write(`hookbench: ${signal}, stopping (attempts in flight get 2 s to finish)\n`);
      server.close().then(() => resolve(0), () => resolve(1));
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
}
