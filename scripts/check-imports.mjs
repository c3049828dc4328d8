#!/usr/bin/env node
// The package boundaries, enforced (`npm run lint` runs it in every workspace: `node check-imports.mjs <package dir>`):
// 1. nobody imports another package's internals (`@junheng/x/src/...`, `@junheng/x/dist/...`, or a
//    relative path out of its own folder);
// 2. a package imports only the `@junheng/*` packages its package.json declares (npm workspaces
//    would resolve an undeclared one through the hoisted node_modules);
// 3. the declared dependencies follow the layers below: no upward or sideways arrow.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Which of our packages each package may depend on (short names of `@junheng/<name>`). */
export const ALLOWED = {
  domain: [],
  solver: ['domain'],
  db: ['domain'],
  export: ['domain'],
  import: ['domain', 'db', 'export'],
  jobs: ['domain', 'db', 'solver', 'import', 'export'],
  api: ['domain', 'db', 'solver', 'export', 'import', 'jobs'],
  cli: ['domain', 'db', 'solver', 'export', 'import', 'jobs'],
  // The web app talks to the API over HTTP; it may use the plain packages it declares.
  web: ['domain'],
};

const IMPORT = /(?:from\s+|import\s*\(\s*|require\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** Every boundary problem of the package in `root`, as `file: message` lines. */
export function checkPackage(root) {
  const problems = [];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const self = String(pkg.name ?? '').replace(/^@junheng\//, '');
  const allowed = ALLOWED[self];
  if (!allowed) {
    return [`package.json: ${pkg.name} is not in the package graph of scripts/check-imports.mjs (add it to ALLOWED)`];
  }
  const declared = new Set(
    Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies })
      .filter((name) => name.startsWith('@junheng/'))
      .map((name) => name.slice('@junheng/'.length)),
  );
  for (const dep of declared) {
    if (!allowed.includes(dep)) {
      problems.push(`package.json: declares @junheng/${dep}, which @junheng/${self} may not depend on (allowed: ${allowed.map((a) => `@junheng/${a}`).join(', ') || 'none'})`);
    }
  }
  const check = (file) => {
    const text = readFileSync(file, 'utf8');
    const where = relative(process.cwd(), file);
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1];
      if (/^@junheng\/[^/]+\/(src|dist)\b/.test(spec)) {
        problems.push(`${where}: imports ${spec} (another package's internals: import the package name and its index)`);
        continue;
      }
      if (spec.startsWith('.') && !resolve(file, '..', spec).startsWith(resolve(root))) {
        problems.push(`${where}: imports ${spec} (a path out of the package: import the package name)`);
        continue;
      }
      const target = /^@junheng\/([^/]+)/.exec(spec)?.[1];
      if (!target || target === self) continue;
      if (!allowed.includes(target)) {
        problems.push(`${where}: imports ${spec}, but @junheng/${self} may not depend on @junheng/${target} (allowed: ${allowed.map((a) => `@junheng/${a}`).join(', ') || 'none'})`);
      } else if (!declared.has(target)) {
        problems.push(`${where}: imports ${spec}, which ${pkg.name}'s package.json does not declare`);
      }
    }
  };
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && name !== 'dist') walk(path);
      } else if (/\.(ts|tsx|mts|cts)$/.test(name)) check(path);
    }
  };
  walk(join(root, 'src'));
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const problems = checkPackage(resolve(process.argv[2] ?? '.'));
  if (problems.length) {
    console.error('Imports across package boundaries (see scripts/check-imports.mjs for the package graph):');
    for (const p of problems) console.error('  ' + p);
    process.exit(1);
  }
}
