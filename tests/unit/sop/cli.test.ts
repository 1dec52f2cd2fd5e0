import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';
import { editLine, FIXTURE_PATH, lineStarting } from './fixture';

const ROOT = join(__dirname, '../../..');

function runCli(...args: string[]) {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  return spawnSync(tsx, [join(ROOT, 'scripts/sop-import.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

function tempFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sop-import-')), 'sop.txt');
  writeFileSync(file, text);
  return file;
}

describe('scripts/sop-import.ts', () => {
  jest.setTimeout(30_000);

  it('prints the template as JSON and exits 0, with the pelaksana guesses on stderr', () => {
    const run = runCli(FIXTURE_PATH);
    expect(run.status).toBe(0);
    const template = parseSopTemplate(JSON.parse(run.stdout));
    expect(template.header.nomor).toBe('061.1/366');
    expect(template.steps).toHaveLength(14);
    expect(run.stderr).toContain('Peringatan: baris 34: Langkah 7 (baris 34): uraian menyebut "Kabid"');
  });

  it('prints the errors naming the line and exits 1', () => {
    const line = lineStarting('5.\t');
    const run = runCli(tempFile(editLine('5.\t', (row) => row.replace('\t120\t', '\tdua jam\t'))));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Galat: baris ${line}: Langkah 5 (baris ${line}): waktu "dua jam" bukan angka`);
  });

  it('exits 1 on an empty file', () => {
    const run = runCli(tempFile(''));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Galat: Teks SOP kosong');
  });

  it('exits 1 when the file cannot be read', () => {
    const run = runCli(join(tmpdir(), 'tidak-ada-sop.txt'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('tidak dapat dibaca');
  });

  it('exits 2 with the usage when called without a file', () => {
    const run = runCli();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Cara pakai');
  });
});
