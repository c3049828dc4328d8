// Shows that the CI gates (.ci/run: `npm run lint`, `npm run typecheck`) fail on what they must refuse:
// a type error, an import of another package's internals, an import that breaks the package graph and
// an undeclared workspace import. Each case runs the package's own lint/typecheck script in a copy of a
// package (under a temporary folder, with the repository's tsconfig.base.json, scripts and
// node_modules), so the working tree is never touched. Run: `node --test scripts/`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A throw-away monorepo holding copies of the given packages (src, package.json, tsconfig). */
function sandbox(packages) {
  const root = mkdtempSync(join(tmpdir(), 'junheng-ci-gates-'));
  cpSync(join(repo, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
  cpSync(join(repo, 'scripts'), join(root, 'scripts'), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  for (const pkg of packages) {
    const from = join(repo, pkg);
    const to = join(root, pkg);
    mkdirSync(to, { recursive: true });
    for (const name of ['package.json', 'tsconfig.json', 'src']) cpSync(join(from, name), join(to, name), { recursive: true });
  }
  return root;
}

/** Runs a package's npm script (as turbo does) and returns its exit code and output. */
function runScript(dir, script) {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, npm_config_workspaces: '' } });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('CI gates refuse what they must', () => {
  let root;
  before(() => {
    root = sandbox(['packages/domain', 'packages/export', 'packages/import']);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const write = (pkg, file, text) => writeFileSync(join(root, pkg, 'src', file), text);
  const remove = (pkg, file) => rmSync(join(root, pkg, 'src', file), { force: true });

  it('the unchanged copies pass lint', () => {
    for (const pkg of ['packages/domain', 'packages/export', 'packages/import']) {
      const lint = runScript(join(root, pkg), 'lint');
      assert.equal(lint.code, 0, lint.output);
    }
  });

  it('typecheck fails on a type error (and passes without it)', () => {
    const dir = join(root, 'packages/domain');
    const clean = runScript(dir, 'typecheck');
    assert.equal(clean.code, 0, clean.output);
    write('packages/domain', 'zz-type-error.ts', 'export const count: number = "three";\n');
    try {
      const broken = runScript(dir, 'typecheck');
      assert.notEqual(broken.code, 0);
      assert.match(broken.output, /zz-type-error\.ts.*TS2322/);
    } finally {
      remove('packages/domain', 'zz-type-error.ts');
    }
  });

  const lintFails = (pkg, file, text, message) => {
    write(pkg, file, text);
    try {
      const lint = runScript(join(root, pkg), 'lint');
      assert.notEqual(lint.code, 0, `lint passed on ${file}`);
      assert.match(lint.output, message);
    } finally {
      remove(pkg, file);
    }
  };

  it("lint fails on an import of another package's internals", () => {
    lintFails('packages/import', 'zz-deep.ts', "export { SHEETS } from '@junheng/db/src/index';\n", /another package's internals/);
    lintFails('packages/import', 'zz-escape.ts', "export * from '../../db/src/index';\n", /a path out of the package/);
  });

  it('lint fails on an upward import (domain may depend on none of ours)', () => {
    lintFails('packages/domain', 'zz-upward.ts', "import type { UserEntity } from '@junheng/db';\nexport type U = UserEntity;\n", /@junheng\/domain may not depend on @junheng\/db/);
    lintFails('packages/export', 'zz-sideways.ts', "export { replaceRegionData } from '@junheng/db';\n", /@junheng\/export may not depend on @junheng\/db/);
  });

  it('lint fails on a workspace import the package.json does not declare', () => {
    // import may depend on export (the graph allows it); in this copy its package.json no longer declares it.
    const file = join(root, 'packages/import/package.json');
    const original = readFileSync(file, 'utf8');
    const pkg = JSON.parse(original);
    delete pkg.dependencies['@junheng/export'];
    writeFileSync(file, JSON.stringify(pkg));
    try {
      lintFails('packages/import', 'zz-undeclared.ts', "export { formulaSafe } from '@junheng/export';\n", /zz-undeclared\.ts[^\n]*does not declare/);
    } finally {
      writeFileSync(file, original);
    }
  });

  it('lint fails on a declared dependency against the graph, and on a package missing from the graph', () => {
    const file = join(root, 'packages/domain/package.json');
    const original = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, JSON.stringify({ ...JSON.parse(original), dependencies: { '@junheng/solver': '*' } }));
      const lint = runScript(join(root, 'packages/domain'), 'lint');
      assert.notEqual(lint.code, 0);
      assert.match(lint.output, /declares @junheng\/solver/);
      writeFileSync(file, JSON.stringify({ ...JSON.parse(original), name: '@junheng/newcomer' }));
      const unknown = runScript(join(root, 'packages/domain'), 'lint');
      assert.notEqual(unknown.code, 0);
      assert.match(unknown.output, /not in the package graph/);
    } finally {
      writeFileSync(file, original);
    }
  });
});
