// Shows that scripts/build-package.mjs (the swc build of every CommonJS package) emits what tsc did for
// the things the packages rely on: decorator metadata that TypeORM and type-graphql read, class fields
// left unset (useDefineForClassFields false), import() kept as a real dynamic import (jose is an ES
// module), class names kept, one file per source with its map, tests and test-support left out.
// It builds a small package under a temporary folder. Run: `node --test scripts/`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

const SOURCE = `import 'reflect-metadata';
import type { Shape } from './shape';
import { Other } from './other';

const Field = (): PropertyDecorator => () => undefined;
const Arg = (): ParameterDecorator => () => undefined;

export class Entity {
  @Field() name!: string;
  @Field() count!: number;
  @Field() other!: Other;
  @Field() when!: Date;
  @Field() shape!: Shape;
  @Field() maybe!: string | null;
  plain = 1;
  find(@Arg() id: number, @Arg() label: string): string {
    return \`\${id}:\${label}\`;
  }
}

export const loadLater = () => import('./later.js');
`;

describe('build-package.mjs (swc) emits what the packages rely on', () => {
  let root;
  let pkg;
  let built;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'junheng-build-package-'));
    writeFileSync(join(root, 'tsconfig.base.json'), readFileSync(join(repo, 'tsconfig.base.json')));
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
    pkg = join(root, 'packages', 'fixture');
    mkdirSync(join(pkg, 'src', 'test-support'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: '@junheng/fixture', private: true }));
    writeFileSync(join(pkg, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { rootDir: 'src', outDir: 'dist', types: [] }, include: ['src'] }));
    writeFileSync(join(pkg, 'tsconfig.build.json'), JSON.stringify({ extends: './tsconfig.json', exclude: ['src/**/*.test.ts', 'src/**/test-support/**'] }));
    writeFileSync(join(pkg, 'src', 'index.ts'), SOURCE);
    writeFileSync(join(pkg, 'src', 'other.ts'), 'export class Other {}\n');
    writeFileSync(join(pkg, 'src', 'shape.ts'), "export type Shape = 'ROUND' | 'SQUARE';\n");
    writeFileSync(join(pkg, 'src', 'later.ts'), 'export const later = 42;\n');
    writeFileSync(join(pkg, 'src', 'index.test.ts'), 'export const test = 1;\n');
    writeFileSync(join(pkg, 'src', 'test-support', 'helper.ts'), 'export const helper = 1;\n');
    const result = spawnSync(process.execPath, [join(repo, 'scripts', 'build-package.mjs')], { cwd: pkg, encoding: 'utf8' });
    assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
    built = createRequire(join(pkg, 'dist', 'index.js'))('./index.js');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('one .js and .js.map per source, without tests or test-support', () => {
    for (const name of ['index', 'other', 'shape', 'later']) {
      assert.ok(existsSync(join(pkg, 'dist', `${name}.js`)), name);
      assert.ok(existsSync(join(pkg, 'dist', `${name}.js.map`)), `${name} map`);
    }
    assert.equal(existsSync(join(pkg, 'dist', 'index.test.js')), false);
    assert.equal(existsSync(join(pkg, 'dist', 'test-support')), false);
    assert.match(readFileSync(join(pkg, 'dist', 'index.js'), 'utf8'), /^"use strict";/);
  });

  it('decorator metadata as tsc emits it for classes, primitives and parameters', () => {
    const design = (prop) => Reflect.getMetadata('design:type', built.Entity.prototype, prop);
    assert.equal(design('name'), String);
    assert.equal(design('count'), Number);
    assert.equal(design('when'), Date);
    assert.equal(design('other').name, 'Other');
    assert.equal(design('maybe'), Object); // tsc too: a union with null
    // A union type alias from another file: tsc says String, a per-file compiler cannot know (Object);
    // this is why every TypeORM column and type-graphql field of such a type names its type.
    assert.equal(design('shape'), Object);
    assert.deepEqual(Reflect.getMetadata('design:paramtypes', built.Entity.prototype, 'find'), [Number, String]);
    assert.equal(Reflect.getMetadata('design:returntype', built.Entity.prototype, 'find'), String);
  });

  it('class fields are assigned, not defined; class names are kept', () => {
    const entity = new built.Entity();
    assert.equal(Object.hasOwn(entity, 'name'), false);
    assert.equal(entity.plain, 1);
    assert.equal(built.Entity.name, 'Entity');
    assert.equal(entity.find(7, 'x'), '7:x');
  });

  it('import() stays a dynamic import (for ES modules), not a require', async () => {
    const text = readFileSync(join(pkg, 'dist', 'index.js'), 'utf8');
    assert.match(text, /import\(['"]\.\/later\.js['"]\)/);
    assert.equal((await built.loadLater()).later, 42);
  });
});
