/// The starter catalog's files, built into the library: the package's `replykit.yaml`, every
/// `.reply` file under `templates/` and `locales/`, the tone packs (`locales/<tag>/tone.yaml`), the
/// channel packs (`channels/<id>.yaml`) and the example cases (`examples/cases/*.json`).
///
/// `files` (catalog-relative path → text) is generated at build time by the EmbedStarterCatalog
/// build-tool plugin, which declares each of those files as an input of the CatalogEmbedder tool:
/// editing a template rebuilds this target, so the embedded copy cannot drift from the files. (The
/// symbolic links `templates`, `locales`, `channels` and `examples` beside this file make an added or removed catalog file
/// replan the build; see the plugin.) ReplyKit offers the files as `ReplyCatalog.starterFiles` and
/// loads them with `ReplyCatalog.starter()`.
package enum EmbeddedCatalog {}
