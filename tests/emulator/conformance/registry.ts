import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One pin() call of a conformance test file: the methods it names, its source and where it is. */
export interface Pin {
  readonly methods: readonly string[];
  readonly source: string;
  readonly at: string;
}

function stringsOf(node: ts.Expression | undefined): string[] {
  if (node && ts.isStringLiteralLike(node)) return [node.text];
  if (node && ts.isArrayLiteralExpression(node)) return node.elements.flatMap((e) => stringsOf(e));
  return [];
}

function pinsIn(file: string): Pin[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  const pins: Pin[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'pin') {
      const [methods, url] = node.arguments;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      pins.push({ methods: stringsOf(methods), source: stringsOf(url)[0] ?? '', at: `${file}:${line + 1}` });
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
