import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..');

/** One pin() call of a conformance test file: the methods it names, its source and where it is. */
export interface Pin {
  readonly methods: readonly string[];
  readonly source: string;
  readonly at: string;
}

/** The file's top-level `const NAME = ...` initialisers, which pins use for sources they share. */
function constantsOf(source: ts.SourceFile): Map<string, ts.Expression> {
  const constants = new Map<string, ts.Expression>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations)
      if (ts.isIdentifier(d.name) && d.initializer) constants.set(d.name.text, d.initializer);
  }
  return constants;
}

/** The strings an argument spells: literals, templates over the file's constants, arrays of those. */
function stringsOf(node: ts.Expression | undefined, constants: Map<string, ts.Expression>): string[] {
  if (!node) return [];
  if (ts.isStringLiteralLike(node)) return [node.text];
  if (ts.isIdentifier(node)) return stringsOf(constants.get(node.text), constants);
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => stringsOf(e, constants));
  if (ts.isTemplateExpression(node)) {
    const parts = node.templateSpans.map(
      (span) => (stringsOf(span.expression, constants)[0] ?? '') + span.literal.text,
    );
    return [node.head.text + parts.join('')];
  }
  return [];
}

function pinsIn(file: string): Pin[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  const constants = constantsOf(source);
  const pins: Pin[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'pin') {
      const [methods, url] = node.arguments;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      const at = `${relative(ROOT, file)}:${line + 1}`;
      pins.push({ methods: stringsOf(methods, constants), source: stringsOf(url, constants)[0] ?? '', at });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return pins;
}

/** Every pin of the conformance suite (this folder's *.test.ts), read from the files' syntax. */
export function conformancePins(): Pin[] {
  return readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .flatMap((name) => pinsIn(join(__dirname, name)));
}

/** The pins of each method, by method name. */
export function pinsByMethod(pins: readonly Pin[]): Map<string, Pin[]> {
  const byMethod = new Map<string, Pin[]>();
  for (const p of pins) for (const m of p.methods) byMethod.set(m, [...(byMethod.get(m) ?? []), p]);
  return byMethod;
}
