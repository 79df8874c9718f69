import type { CommandModule } from 'yargs';
import { AgentshelfError } from '../../model/errors.js';
import { EXIT_CODES_HELP, EXIT_OK } from '../exit-codes.js';

interface Args {
  dir: string;
  port: number;
  host: string;
}

export function serveCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'serve',
    describe: 'Serve a published folder and its UCP catalog API (REST and MCP), reloading each new build',
    builder: (y) =>
      y
        .option('dir', { alias: 'd', type: 'string', demandOption: true, describe: 'The published folder (the --out of agentshelf build)' })
        .option('port', { alias: 'p', type: 'number', default: 8080, describe: 'Port to listen on (0: any free port)' })
        .option('host', { type: 'string', default: '127.0.0.1', describe: 'Address to listen on (0.0.0.0 for every interface; put a TLS proxy in front)' })
        .example('$0 serve --dir public', 'serve public/ on http://127.0.0.1:8080')
        .example('$0 serve --dir public --host 0.0.0.0 --port 3000', 'listen on every interface, behind a reverse proxy')
        .epilogue(`The server runs until SIGINT or SIGTERM, then finishes the requests under way and exits 0.\n\n${EXIT_CODES_HELP}`) as never,
    handler: async (args) => {
      if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new AgentshelfError('E_USAGE', `--port must be a port number (0-65535), not ${String(args.port)}.`);
      const { serveFolder } = await import('../../serve/node/serve-folder.js');
      let server;
      try {
        server = await serveFolder({ dir: args.dir, port: args.port, host: args.host });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new AgentshelfError('E_USAGE', `Port ${args.port} on ${args.host} is in use: pick another with --port.`);
        throw new AgentshelfError('E_SERVE', (error as Error).message);
      }
      process.stderr.write(`agentshelf serve: ${args.dir} on ${server.url} (Ctrl-C to stop)\n`);
      const signal = await new Promise<string>((done) => {
        process.once('SIGINT', () => done('SIGINT'));
        process.once('SIGTERM', () => done('SIGTERM'));
      });
      process.stderr.write(`agentshelf serve: ${signal}, stopping\n`);
      await server.close();
      setExit(EXIT_OK);
    },
  };
}
