/**
 * Imports an SOP copied as text out of Word or PDF: `npx tsx scripts/sop-import.ts FILE`.
 * Prints the template JSON to stdout (exit 0) with the pelaksana guesses as warnings on stderr, or the errors,
 * each naming its line, on stderr (exit 1). Exit 2 when called without a file.
 */
import { readFileSync } from 'node:fs';
import { importSop, type ImportProblem } from '../src/server/domain/sop/importer';

function describe(problem: ImportProblem): string {
  return problem.line > 0 ? `baris ${problem.line}: ${problem.message}` : problem.message;
}

function main(args: string[]): number {
  if (args.length !== 1) {
    process.stderr.write('Cara pakai: npm run sop:import -- FILE\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args[0], 'utf8');
  } catch (error) {
    process.stderr.write(`Berkas "${args[0]}" tidak dapat dibaca: ${(error as Error).message}\n`);
    return 1;
  }
  const result = importSop(text);
  if (!result.ok) {
    for (const error of result.errors) process.stderr.write(`Galat: ${describe(error)}\n`);
    return 1;
  }
  for (const warning of result.warnings) process.stderr.write(`Peringatan: ${describe(warning)}\n`);
  process.stdout.write(JSON.stringify(result.template, null, 2) + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
