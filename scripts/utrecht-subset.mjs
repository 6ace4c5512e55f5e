// Builds the two Utrecht stylesheets the pages load from the npm packages
// that scripts/refresh-assets.sh installed, keeping only what the
// templates use:
//
//   utrecht-components.css  the published per-component files (minified)
//                           (@utrecht/<block>-css) of every utrecht-<block>
//                           class in web/templates, in the order of the
//                           full bundle (@utrecht/component-library-css),
//                           so the cascade is the bundle's;
//   utrecht-tokens.css      the .utrecht-theme rule of @utrecht/design-tokens
//                           with only the custom properties that those
//                           components, app.css or a kept token refer to.
//
// The theme's other rules (dark scheme, viewport scale, page footer) are
// for classes the pages do not carry. A utrecht- class without a package
// of its own fails the build rather than ship unstyled.
//
//   node scripts/utrecht-subset.mjs NODE_MODULES TEMPLATES_DIR APP_CSS OUT_DIR
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const [modules, templates, appCSS, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: utrecht-subset.mjs NODE_MODULES TEMPLATES_DIR APP_CSS OUT_DIR");
  process.exit(2);
}
const utrecht = join(modules, "@utrecht");
const bundle = readFileSync(join(utrecht, "component-library-css/dist/index.css"), "utf8");

// The blocks: utrecht-<block>, <block>--<modifier>, <block>__<element>.
// utrecht-theme is the tokens' scope, not a component; vendor/utrecht-*.css
// are these files.
const blocks = new Set();
for (const f of readdirSync(templates).filter((f) => f.endsWith(".html"))) {
  for (const [, cls] of readFileSync(join(templates, f), "utf8").matchAll(/\butrecht-([a-z0-9-]+(?:__[a-z0-9-]+)?)(?![a-z0-9_-]*\.css)/g)) {
    const block = cls.split("__")[0].split("--")[0];
    if (block !== "theme") blocks.add(block);
  }
}
const parts = [];
for (const block of blocks) {
  const file = join(utrecht, `${block}-css/dist/index.css`);
  if (!existsSync(file)) throw new Error(`utrecht-${block} is used in ${templates} but @utrecht/${block}-css is not installed`);
  const at = bundle.search(new RegExp(`^\\.utrecht-${block}[ ,{.:]`, "m"));
  if (at < 0) throw new Error(`utrecht-${block} is not in the bundle: cannot place it in the cascade`);
  const version = JSON.parse(readFileSync(join(utrecht, `${block}-css/package.json`), "utf8")).version;
  // The minified file, under the license notice of the readable one.
  const license = readFileSync(file, "utf8").match(/^\/\*\*[\s\S]*?\*\//)[0];
  const css = readFileSync(file.replace(/\.css$/, ".min.css"), "utf8").replace(/^@charset "UTF-8";/, "");
  parts.push({ at, text: `${license}\n/* @utrecht/${block}-css@${version} */\n${css.trim()}\n` });
}
parts.sort((a, b) => a.at - b.at);
const components = parts.map((p) => p.text).join("\n");
const charset = /[^\x00-\x7f]/.test(components) ? '@charset "UTF-8";\n' : "";
writeFileSync(join(out, "utrecht-components.css"), charset + components);

// Tokens: one declaration a line inside `.utrecht-theme { … }`.
const tokensFile = readFileSync(join(utrecht, "design-tokens/dist/index.css"), "utf8");
const theme = tokensFile.match(/^\.utrecht-theme \{\n([\s\S]*?)^\}/m);
if (!theme) throw new Error("no .utrecht-theme rule in @utrecht/design-tokens");
const decls = new Map();
for (const line of theme[1].split("\n")) {
  const m = line.match(/^\s*(--[a-z0-9-]+)\s*:/);
  if (m) decls.set(m[1], line.replace(/\s*\/\*.*?\*\/\s*$/, ""));
  else if (line.trim() && !line.trim().startsWith("/*")) throw new Error(`unexpected line in .utrecht-theme: ${line}`);
}
const refs = (s) => [...s.matchAll(/var\(\s*(--[a-z0-9-]+)/g)].map((m) => m[1]);
const want = new Set();
const todo = [...refs(components), ...refs(readFileSync(appCSS, "utf8"))];
while (todo.length) {
  const name = todo.pop();
  if (want.has(name)) continue;
  want.add(name);
  if (decls.has(name)) todo.push(...refs(decls.get(name)));
}
const kept = [...decls].filter(([name]) => want.has(name)).map(([, line]) => line);
const license = tokensFile.match(/^\/\*\*[\s\S]*?\*\//)[0];
const version = JSON.parse(readFileSync(join(utrecht, "design-tokens/package.json"), "utf8")).version;
writeFileSync(join(out, "utrecht-tokens.css"),
  `${license}\n/* @utrecht/design-tokens@${version}: the custom properties of .utrecht-theme that the components and app.css use (scripts/utrecht-subset.mjs) */\n.utrecht-theme {\n${kept.join("\n")}\n}\n`);
console.error(`utrecht-subset: ${parts.length} components (${components.length} bytes), ${kept.length} of ${decls.size} tokens`);
