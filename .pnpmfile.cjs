// The root depends on @dezero/docs, so that pnpm links its bin, dezero-package-docs, into
// node_modules/.bin, which is on the PATH of every package's scripts (each package's `docs`
// script runs it; a step cannot depend on @dezero/docs, which depends on every step).
//
// The dependency is added here, at install time, rather than in package.json: turbo reads
// package.json, and hashes every file of every workspace package the root depends on into
// the hash of every task (vercel/turborepo#8202). Written there, it would make a change to
// any step re-run every task of every package.
module.exports = {
  hooks: {
    readPackage(manifest) {
      if (manifest.name === 'dezero-ts') {
        manifest.devDependencies = { ...manifest.devDependencies, '@dezero/docs': 'workspace:*' };
      }
      return manifest;
    },
  },
};
