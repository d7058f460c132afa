// electron-builder configuration: `npm run dist` (needs a machine that can download Electron).
// Validated by tests/build/electron-builder.config.test.ts.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.maillage.editor',
  productName: 'Maillage',
  copyright: 'Maillage',
  directories: { output: 'release', buildResources: 'build' },
  // Only the built app is packaged: no sources, tests, source maps or node_modules (the renderer
  // and main are bundles, so nothing is needed at run time beyond them).
  files: ['dist/electron/**/*', 'dist/renderer/**/*', 'package.json', '!**/*.map', '!**/*.ts', '!node_modules/**/*'],
  asar: true,
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // Electron's default, said here so that every fuse is decided (tests/build checks all of them).
    loadBrowserProcessSpecificV8Snapshot: false,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
    maintainer: 'Maillage',
    synopsis: 'Sociogenogram editor',
  },
  deb: { depends: [] },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', icon: 'build/icon.png' },
};
