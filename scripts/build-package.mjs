#!/usr/bin/env node
// Builds one workspace package's JavaScript with swc, without type checking (`npm run typecheck` does
// that, and CI runs it): `node ../../scripts/build-package.mjs [tsconfig]` in the package's folder.
//
// The files and the options are tsc's own: the package's tsconfig.build.json is read with TypeScript's
// parser (its `include`/`exclude`, rootDir, outDir), and its compiler options are mapped onto swc's so
// that the emitted JavaScript behaves as tsc's did: CommonJS with dynamic import() kept (module Node16
// in a package without "type": "module"), legacy decorators with their metadata (TypeORM and
// type-graphql read `design:type`), class fields assigned, not defined (useDefineForClassFields false),
// source maps beside each file. No declaration files: other packages' type checks read the sources
// (each package.json's `types` points at src/*.ts), and `isolatedModules` (tsconfig.base.json) makes
// the type check refuse what a per-file compiler cannot compile as tsc would.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { transformFile } from '@swc/core';
import ts from 'typescript';

const packageDir = process.cwd();
const configPath = resolve(packageDir, process.argv[2] ?? 'tsconfig.build.json');
const started = performance.now();

const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
});
if (!parsed) throw new Error(`cannot read ${configPath}`);
if (parsed.errors.length > 0) throw new Error(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
const o = parsed.options;
const rootDir = o.rootDir ?? join(packageDir, 'src');
const outDir = o.outDir ?? join(packageDir, 'dist');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (pkg.type === 'module') throw new Error(`${pkg.name} is an ES module package: build-package.mjs builds CommonJS packages only`);
if (o.module !== ts.ModuleKind.Node16 && o.module !== ts.ModuleKind.NodeNext && o.module !== ts.ModuleKind.CommonJS) {
  throw new Error(`${configPath}: module ${ts.ModuleKind[o.module]} is not mapped to swc here`);
}

const swcOptions = {
  swcrc: false,
  configFile: false,
  sourceMaps: o.sourceMap ? true : false,
  module: { type: 'commonjs', strict: false, strictMode: true, ignoreDynamic: true, importInterop: o.esModuleInterop ? 'swc' : 'none' },
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: false },
    target: ts.ScriptTarget[o.target ?? ts.ScriptTarget.ES2022].toLowerCase(),
    keepClassNames: true,
    transform: {
      legacyDecorator: Boolean(o.experimentalDecorators),
      decoratorMetadata: Boolean(o.emitDecoratorMetadata),
      useDefineForClassFields: o.useDefineForClassFields ?? false,
    },
  },
};

const sources = parsed.fileNames.filter((f) => /\.ts$/.test(f) && !/\.d\.ts$/.test(f));
rmSync(outDir, { recursive: true, force: true });

async function emit(file) {
  const rel = relative(rootDir, file);
  if (rel.startsWith('..')) throw new Error(`${file} is outside rootDir ${rootDir}`);
  const out = join(outDir, rel.replace(/\.ts$/, '.js'));
  const output = await transformFile(file, { ...swcOptions, filename: file, outputPath: out, sourceFileName: relative(dirname(out), file) });
  mkdirSync(dirname(out), { recursive: true });
  const mapName = `${out.slice(dirname(out).length + 1)}.map`;
  writeFileSync(out, output.map ? `${output.code}\n//# sourceMappingURL=${mapName}\n` : output.code);
  if (output.map) writeFileSync(`${out}.map`, output.map);
}

// A few files at a time: swc's transforms run on its own threads.
const queue = [...sources];
await Promise.all(Array.from({ length: 8 }, async () => {
  for (let file = queue.shift(); file; file = queue.shift()) await emit(file);
}));
console.log(`${pkg.name}: ${sources.length} files compiled with swc in ${Math.round(performance.now() - started)} ms`);
