/**
 * A minimal JSON Schema validator for the tests: the keywords schema.json uses (`type`, `const`,
 * `enum`, `properties`, `required`, `items`, `anyOf`, and `$ref` into `#/$defs/`). No validator
 * package is installed, and this one is short enough to read. With `strict`, a property the
 * schema does not declare is a problem too, so the schema cannot fall behind the output.
 */
type Schema = { [key: string]: unknown };

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

const KNOWN = new Set(['$schema', '$id', '$defs', '$ref', 'title', 'description', 'type', 'const', 'enum', 'properties', 'required', 'items', 'anyOf']);

/** What is wrong with `value` under `schema`, as `path: problem` lines; empty when it validates. */
export function schemaProblems(root: Schema, value: unknown, options: { strict?: boolean } = {}, at: Schema = root): string[] {
  const problems: string[] = [];
  const check = (schema: Schema, value: unknown, path: string): void => {
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`the test's validator does not know the keyword ${key} (at ${path})`);
    if (typeof schema.$ref === 'string') {
      const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
      const target = name === undefined ? undefined : (root.$defs as Record<string, Schema> | undefined)?.[name];
      if (target === undefined) throw new Error(`unresolved $ref ${schema.$ref}`);
      check(target, value, path);
    }
    if (schema.type !== undefined) {
      const types = ([] as unknown[]).concat(schema.type);
      const actual = typeOf(value);
      if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) problems.push(`${path}: expected ${types.join(' or ')}, got ${actual}`);
    }
    if ('const' in schema && value !== schema.const) problems.push(`${path}: expected ${JSON.stringify(schema.const)}, got ${JSON.stringify(value)}`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: expected one of ${schema.enum.join(', ')}, got ${JSON.stringify(value)}`);
    if (Array.isArray(schema.anyOf)) {
      const all = (schema.anyOf as Schema[]).map((option) => schemaProblems(root, value, options, option));
      if (all.every((found) => found.length > 0)) problems.push(`${path}: matches none of anyOf (${all.map((found) => found[0]).join('; ')})`);
    }
    if (typeOf(value) === 'object') {
      const object = value as Record<string, unknown>;
      for (const name of (schema.required as string[] | undefined) ?? []) if (!(name in object)) problems.push(`${path}: no ${name}`);
      const properties = schema.properties as Record<string, Schema> | undefined;
      if (properties) {
        for (const [name, item] of Object.entries(object)) {
          if (properties[name]) check(properties[name], item, `${path}.${name}`);
          else if (options.strict) problems.push(`${path}.${name}: not in the schema`);
        }
      }
    }
    if (Array.isArray(value) && schema.items) value.forEach((item, i) => check(schema.items as Schema, item, `${path}[${i}]`));
  };
  check(at, value, '$');
  return problems;
}
