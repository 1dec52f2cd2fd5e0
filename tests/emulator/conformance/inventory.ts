import { dirname, join } from 'node:path';
import ts from 'typescript';

/** The repository root and the product's server code, whose Apps Script calls the inventory lists. */
const ROOT = join(__dirname, '..', '..', '..');
const SERVER = `${join(ROOT, 'src', 'server')}/`;
const APPS_SCRIPT_TYPES = '/@types/google-apps-script/';
/** Interfaces of the typings that describe plain JavaScript, not a service: `Base.Date` is the script's Date. */
const NOT_SERVICES = new Set(['Base.Date']);

/** One Apps Script method the product calls, e.g. `Spreadsheet.Range.setValues`, with where it is called. */
export interface AppsScriptCall {
  readonly method: string;
  readonly at: readonly string[];
}

/**
 * The Apps Script interface a method is declared on, named without the `GoogleAppsScript.` prefix and without the
 * advanced services' inner namespaces (`Drive_v3.Drive.V3.Collection.FilesCollection` → `Drive_v3.FilesCollection`).
 */
function interfaceName(declaration: ts.Declaration): string | undefined {
  const owner = declaration.parent;
  if (!ts.isInterfaceDeclaration(owner)) return undefined;
  const names = [owner.name.text];
  for (let node: ts.Node = owner.parent; node; node = node.parent) {
    if (ts.isModuleDeclaration(node)) names.unshift(node.name.text);
  }
  if (names[0] !== 'GoogleAppsScript') return names.length === 1 ? names[0] : undefined;
  const [service, ...rest] = names.slice(1);
  return rest.length === 0 ? service : `${service}.${rest[rest.length - 1]}`;
}

/** `Namespace.Interface.method` for a call whose callee is declared in @types/google-apps-script. */
function methodOf(checker: ts.TypeChecker, callee: ts.PropertyAccessExpression): string | undefined {
  const symbol = checker.getSymbolAtLocation(callee.name);
  const declaration = symbol?.declarations?.find((d) => d.getSourceFile().fileName.includes(APPS_SCRIPT_TYPES));
  if (!declaration) return undefined;
  const owner = interfaceName(declaration);
  return owner && !NOT_SERVICES.has(owner) ? `${owner}.${callee.name.text}` : undefined;
}

/** `console.warn` and the like: Apps Script's console, whose type the Node typings also declare. */
function consoleMethodOf(callee: ts.PropertyAccessExpression): string | undefined {
  return ts.isIdentifier(callee.expression) && callee.expression.text === 'console'
    ? `console.${callee.name.text}`
    : undefined;
}

function serverProgram(): ts.Program {
  const configPath = join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const files = parsed.fileNames.filter((f) => f.startsWith(SERVER));
  return ts.createProgram(files, parsed.options);
}

/** Every method the typings declare, named as the inventory names them (`console.warn` for the global console). */
export function appsScriptMethodNames(): Set<string> {
  const names = new Set<string>();
  const program = serverProgram();
  program.getTypeChecker(); // binding the program links each node to its parent
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.includes(APPS_SCRIPT_TYPES)) continue;
    const visit = (node: ts.Node): void => {
      if ((ts.isMethodSignature(node) || ts.isPropertySignature(node)) && node.name && ts.isIdentifier(node.name)) {
        const owner = interfaceName(node);
        if (owner) names.add(`${owner === 'Console' ? 'console' : owner}.${node.name.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return names;
}

/**
 * Every Apps Script method src/server calls, resolved by the TypeScript type checker to the interface that declares
 * it (so `range.setValues(...)` is `Spreadsheet.Range.setValues` whatever the variable is called), sorted by name.
 */
export function appsScriptCalls(): AppsScriptCall[] {
  const program = serverProgram();
  const checker = program.getTypeChecker();
  const found = new Map<string, string[]>();
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(SERVER)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = consoleMethodOf(node.expression) ?? methodOf(checker, node.expression);
        if (method) {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          const at = `${file.fileName.slice(ROOT.length + 1)}:${line + 1}`;
          found.set(method, [...(found.get(method) ?? []), at]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return [...found].map(([method, at]) => ({ method, at })).sort((a, b) => a.method.localeCompare(b.method));
}
