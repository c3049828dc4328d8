#!/usr/bin/env node
// Enforces the package boundary: nobody imports another package's internals
// (`@junheng/x/src/...`, `@junheng/x/dist/...` or a relative path into a sibling package).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const src = join(root, 'src');
const problems = [];

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(ts|tsx)$/.test(name)) check(path);
  }
}

function check(file) {
  const text = readFileSync(file, 'utf8');
  const re = /(?:from\s+|import\(|require\()\s*['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) {
    const spec = m[1];
    const deep = /^@junheng\/[^/]+\/(src|dist)\b/.test(spec);
    const escapes = spec.startsWith('.') && !resolve(file, '..', spec).startsWith(root);
    if (deep || escapes) problems.push(`${relative(process.cwd(), file)}: imports ${spec}`);
  }
}

walk(src);
if (problems.length) {
  console.error('Imports across package boundaries (use the package name and its index):');
  for (const p of problems) console.error('  ' + p);
  process.exit(1);
}
