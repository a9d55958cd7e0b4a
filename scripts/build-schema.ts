/**
 * `npm run schema`: writes schema.json, the JSON Schema (draft 2020-12) of `RechDocument`,
 * shipped in the package as `rech/schema.json`.
 *
 * A small walker over the TypeScript declarations, through the compiler API: it starts at
 * `RechDocument` in src/model.ts and follows every type the properties name, wherever it is
 * declared, into `$defs`, so a field or layer added to the model is in the schema once this
 * script runs again. Each declaration's doc comment (its first paragraph) becomes the
 * `description`. Objects stay open (no `additionalProperties: false`), as the document may
 * only grow: a schema from an older version still validates a newer document. A test
 * (tests/schema.test.ts) fails when the committed file differs from what this script writes.
 *
 * It understands what the model uses: interfaces (with `extends`), type aliases, string, number,
 * boolean and null, string literals and their unions, arrays (`T[]`, `readonly T[]`) and
 * references to other declarations; anything else is an error that names where it is.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The file this script writes. */
export const SCHEMA_FILE = fileURLToPath(new URL('../schema.json', import.meta.url));
const MODEL = fileURLToPath(new URL('../src/model.ts', import.meta.url));
const ROOT = 'RechDocument';

type Schema = { [key: string]: unknown };
type Declaration = ts.InterfaceDeclaration | ts.TypeAliasDeclaration;

/** The first paragraph of a declaration's doc comment, `{@link X}` written as `X`, on one line. */
function description(node: ts.Node): string | undefined {
  const doc = ts.getJSDocCommentsAndTags(node).find(ts.isJSDoc);
  const comment = typeof doc?.comment === 'string' ? doc.comment : doc?.comment?.map((part) => (ts.isJSDocLink(part) || ts.isJSDocLinkCode(part) || ts.isJSDocLinkPlain(part) ? (part.name ? part.name.getText() : '') + part.text : part.text)).join('');
  const first = comment?.split(/\n\s*\n/)[0]?.replace(/\s*\n\s*/g, ' ').trim();
  return first || undefined;
}

/** The JSON Schema of `RechDocument`, with every type it uses in `$defs` (sorted by name). */
export function documentSchema(): Schema {
  const program = ts.createProgram([MODEL], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true });
  const checker = program.getTypeChecker();
  const model = program.getSourceFile(MODEL)!;
  const defs = new Map<string, Schema>();
  const pending: Declaration[] = [];

  /** The declaration a type name refers to, through imports. */
  const declarationOf = (name: ts.EntityName): Declaration => {
    let symbol = checker.getSymbolAtLocation(name);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.find((d): d is Declaration => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d));
    if (!declaration) throw new Error(`build-schema: cannot follow the type ${name.getText()}`);
    return declaration;
  };

  const reference = (declaration: Declaration): Schema => {
    const name = declaration.name.text;
    if (!defs.has(name)) {
      defs.set(name, {}); // reserved, so a type that refers to itself stops here
      pending.push(declaration);
    }
    return { $ref: `#/$defs/${name}` };
  };

  const typeSchema = (node: ts.TypeNode, where: string): Schema => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: 'string' };
      case ts.SyntaxKind.NumberKeyword:
        return { type: 'number' };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: 'boolean' };
    }
    if (ts.isLiteralTypeNode(node)) {
      if (node.literal.kind === ts.SyntaxKind.NullKeyword) return { type: 'null' };
      if (ts.isStringLiteral(node.literal)) return { const: node.literal.text };
    }
    if (ts.isParenthesizedTypeNode(node)) return typeSchema(node.type, where);
    if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.ReadonlyKeyword) return typeSchema(node.type, where);
    if (ts.isArrayTypeNode(node)) return { type: 'array', items: typeSchema(node.elementType, where) };
    if (ts.isUnionTypeNode(node)) {
      const members = node.types.map((member) => typeSchema(member, where));
      if (members.every((member) => 'const' in member)) return { enum: members.map((member) => member.const) };
      // `T | null` for a primitive T: one `type` array.
      if (members.length === 2 && members.every((member) => typeof member.type === 'string' && Object.keys(member).length === 1)) {
        return { type: members.map((member) => member.type) };
      }
      return { anyOf: members };
    }
    if (ts.isTypeReferenceNode(node) && !node.typeArguments) return reference(declarationOf(node.typeName));
    // `Span & { normal: string }`: one object with the properties of every part.
    if (ts.isIntersectionTypeNode(node)) {
      const schema = { properties: {} as Schema, required: [] as string[] };
      for (const part of node.types) {
        const declaration = ts.isTypeReferenceNode(part) && !part.typeArguments ? declarationOf(part.typeName) : undefined;
        if (ts.isTypeLiteralNode(part)) addMembers(part.members, where, schema);
        else if (declaration && ts.isInterfaceDeclaration(declaration)) properties(declaration, schema);
        else throw new Error(`build-schema: ${where} intersects a type this script does not know: ${part.getText()}`);
      }
      return { type: 'object', properties: schema.properties, required: schema.required };
    }
    if (ts.isTypeLiteralNode(node)) {
      const schema = { properties: {} as Schema, required: [] as string[] };
      addMembers(node.members, where, schema);
      return { type: 'object', properties: schema.properties, required: schema.required };
    }
    throw new Error(`build-schema: ${where} has a type this script does not know: ${node.getText()}`);
  };

  /** The property signatures of an interface or a type literal, into `schema`. */
  const addMembers = (members: ts.NodeArray<ts.TypeElement>, owner: string, schema: { properties: Schema; required: string[] }): void => {
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type || !ts.isIdentifier(member.name)) {
        throw new Error(`build-schema: ${owner} has a member this script does not know: ${member.getText()}`);
      }
      const name = member.name.text;
      const about = description(member);
      schema.properties[name] = { ...(about ? { description: about } : {}), ...typeSchema(member.type, `${owner}.${name}`) };
      if (!member.questionToken && !schema.required.includes(name)) schema.required.push(name);
    }
  };

  /** The properties of an interface and of the interfaces it extends, the base's first. */
  const properties = (declaration: ts.InterfaceDeclaration, schema: { properties: Schema; required: string[] }): void => {
    for (const clause of declaration.heritageClauses ?? []) {
      for (const base of clause.types) {
        if (!ts.isIdentifier(base.expression)) throw new Error(`build-schema: ${declaration.name.text} extends ${base.getText()}`);
        const parent = declarationOf(base.expression);
        if (!ts.isInterfaceDeclaration(parent)) throw new Error(`build-schema: ${declaration.name.text} extends a type alias`);
        properties(parent, schema);
      }
    }
    addMembers(declaration.members, declaration.name.text, schema);
  };

  const declarationSchema = (declaration: Declaration): Schema => {
    const about = description(declaration);
    const head = { title: declaration.name.text, ...(about ? { description: about } : {}) };
    if (ts.isTypeAliasDeclaration(declaration)) return { ...head, ...typeSchema(declaration.type, declaration.name.text) };
    const schema = { properties: {} as Schema, required: [] as string[] };
    properties(declaration, schema);
    return { ...head, type: 'object', properties: schema.properties, required: schema.required };
  };

  const root = model.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === ROOT);
  if (!root) throw new Error(`build-schema: no ${ROOT} in ${MODEL}`);
  const { title, ...rootSchema } = declarationSchema(root);
  for (let declaration = pending.shift(); declaration; declaration = pending.shift()) defs.set(declaration.name.text, declarationSchema(declaration));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/rech/schema.json',
    title,
    ...rootSchema,
    $defs: Object.fromEntries([...defs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/** The text of schema.json. */
export const schemaText = (): string => `${JSON.stringify(documentSchema(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, schemaText());
  console.log(`wrote ${SCHEMA_FILE}`);
}
