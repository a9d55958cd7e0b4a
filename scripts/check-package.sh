#!/usr/bin/env bash
# `npm run check:package`: what a new user gets. Packs the package, checks the
# tarball holds the build and nothing else, installs it into an empty project
# outside the repository, and uses it from there: `import`, `require`, the types
# of both, the dictionary, and the `rech` command.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

cd "$root"
npm pack --silent --pack-destination "$work" > /dev/null   # runs `prepack`, which builds dist/
tarball="$(ls "$work"/rech-*.tgz)"

# The tarball: dist/ (ESM, CJS, types), the README, the licence and package.json; no sources, tests or fixtures.
contents="$(tar -tzf "$tarball" | sed 's|^package/||' | sort)"
for needed in package.json README.md LICENSE dist/index.js dist/index.cjs dist/index.d.ts dist/index.d.cts dist/cli.js dist/worker.js dist/worker.cjs; do
  grep -qx "$needed" <<< "$contents" || fail "the tarball lacks $needed"
done
unexpected="$(grep -vE '^(package\.json|README\.md|LICENSE|dist/.+)$' <<< "$contents" || true)"
[ -z "$unexpected" ] || fail "the tarball holds files it should not: $unexpected"

# An empty project that installs the tarball from the registry's dependencies.
mkdir "$work/project"
cd "$work/project"
npm init -y > /dev/null
npm install --silent --no-audit --no-fund "$tarball"

cat > esm.mjs <<'EOF'
import { analyze, tokenize, render, FORMATS } from 'rech';
const doc = await analyze('Посол Азербайджана Рашад Мамедов заявил: «Мы не хотели войны».');
if (doc.entities.find((e) => e.type === 'PER')?.name !== 'Рашад Мамедов') throw new Error('ESM: no person');
if (doc.quotes[0]?.speaker?.name !== 'Рашад Мамедов') throw new Error('ESM: no quote');
if (tokenize('что-то').length !== 1) throw new Error('ESM: tokenize');
for (const format of FORMATS) if (render(doc, format).length === 0) throw new Error(`ESM: empty ${format}`);
const english = await analyze('"We will not give up," Ukrainian President Volodymyr Zelensky said.');
if (english.paragraphs[0].language !== 'eng' || english.quotes[0]?.speaker?.name !== 'Volodymyr Zelensky') throw new Error('ESM: no English quote');
console.log('import: ok');
EOF
cat > cjs.cjs <<'EOF'
const { analyze } = require('rech');
analyze('Глава государства Ильхам Алиев заявил, что переговоры продолжатся.').then((doc) => {
  if (doc.quotes[0]?.speaker?.name !== 'Ильхам Алиев') throw new Error('CJS: no quote');
  console.log('require: ok');
});
EOF
# The dictionary is found wherever the package is installed: run from another directory.
(cd / && node "$work/project/esm.mjs" && node "$work/project/cjs.cjs")

# The types resolve both ways (the repository's own TypeScript, strict, Node's module resolution).
cat > types.mts <<'EOF'
import { analyze, type RechDocument } from 'rech';
const doc: RechDocument = await analyze('Текст.');
export const count: number = doc.tokens.length;
EOF
cat > types.cts <<'EOF'
import rech = require('rech');
export const run = (): Promise<rech.RechDocument> => rech.analyze('Текст.');
EOF
"$root/node_modules/.bin/tsc" --strict --noEmit --skipLibCheck --module nodenext --moduleResolution nodenext --target es2022 --types node --typeRoots "$root/node_modules/@types" types.mts types.cts
echo 'types: ok'

# The command line, installed as a bin.
for format in json jsonl html brat conll text; do
  for fixture in 000_4a3131ec37a1ee70 english-wire; do
    npx --no-install rech analyze --format "$format" "$root/fixtures/$fixture.txt" > "$fixture.$format"
    [ -s "$fixture.$format" ] || fail "rech analyze --format $format printed nothing for $fixture"
  done
done
npx --no-install rech --version > /dev/null
echo 'bin: ok'
