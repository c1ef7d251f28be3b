import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from './problems.js';

export type InputFormat = 'yaml' | 'json' | 'text';

export function formatOf(file: string): InputFormat | undefined {
  switch (path.extname(file).toLowerCase()) {
    case '.yaml':
    case '.yml':
      return 'yaml';
    case '.json':
      return 'json';
    case '.txt':
    case '.md':
    case '.markdown':
      return 'text';
    default:
      return undefined;
  }
}

/** Expands directories (sorted, so runs are repeatable) into the input files they hold. */
export function listInputFiles(inputs: string[]): { files: string[]; problems: Problem[] } {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input)) {
      problems.push({ file: input, message: 'no such file or directory' });
    } else if (fs.statSync(input).isDirectory()) {
      const found = fs
        .readdirSync(input, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && formatOf(e.name) !== undefined && !e.name.endsWith('.gold.yaml'))
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      if (found.length === 0) problems.push({ file: input, message: 'directory holds no .yaml, .yml, .json, .txt or .md files' });
      files.push(...found);
    } else if (formatOf(input) === undefined) {
      problems.push({ file: input, message: 'unsupported file type (expected .yaml, .yml, .json, .txt or .md)' });
    } else {
      files.push(input);
    }
  }
  return { files, problems };
}

/** Reads a text input, refusing empty and binary files with a clear message. */
export function readTextInput(file: string): { text: string } | { problem: Problem } {
  const bytes = fs.readFileSync(file);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') return { problem: { file, message: 'file is empty' } };
  if (bytes.subarray(0, 8192).includes(0)) return { problem: { file, message: 'file is binary, not UTF-8 text' } };
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) return { problem: { file, message: 'file is not valid UTF-8 text' } };
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
