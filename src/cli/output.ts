import pc from 'picocolors';

/** Colour only for a terminal that wants it: NO_COLOR (https://no-color.org) and TERM=dumb turn it off. */
export function useColor(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

export type Colors = ReturnType<typeof pc.createColors>;

export function colors(enabled = useColor()): Colors {
  return pc.createColors(enabled);
}
