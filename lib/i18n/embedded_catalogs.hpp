#pragma once
// The catalogues of po/*.po, compiled by msgfmt and embedded at build time
// (cmake/embed_catalogs.cmake), so the binary needs no file at run time.

#include <span>
#include <string_view>

namespace gcsj::i18n {

struct EmbeddedCatalog {
  std::string_view code;  // the .po file's stem: "fr"
  std::string_view mo;    // the bytes msgfmt wrote
};

std::span<const EmbeddedCatalog> embedded_catalogs();

}  // namespace gcsj::i18n
