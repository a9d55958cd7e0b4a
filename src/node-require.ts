/**
 * Node's `require`, made from this module's own URL, where there is one: the library's modules use it to find
 * the files of their dependencies (compromise's one-file build, az's dictionary folder) as Node resolves them.
 * Undefined where it cannot be made: a browser, a bundle without `import.meta.url`, a Node.js before
 * `process.getBuiltinModule`; the caller then takes its slower way.
 */
export type NodeRequire = ((name: string) => unknown) & { resolve(name: string): string };

type ModuleBuiltin = { createRequire(from: string): NodeRequire };

export function nodeRequire(): NodeRequire | undefined {
  const here = import.meta.url as string | undefined;
  const process = (globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }).process;
  const module = process?.getBuiltinModule?.('node:module') as ModuleBuiltin | undefined;
  if (typeof here !== 'string' || !module) return undefined;
  return module.createRequire(here);
}
