#pragma once
// What the editor features (hover, completion, go to definition) know of the workspace: the
// registry as it stands with the unsaved buffers, and the reader's date and language.

#include <functional>
#include <optional>

#include "i18n/translator.hpp"
#include "model/date.hpp"
#include "model/partner.hpp"
#include "model/partner_digest.hpp"
#include "model/registry.hpp"
#include "refdata/reference_data.hpp"

namespace gcsj::lsp {

struct EditorContext {
  // Files, every partner's digest, the Group and the Forum; `partners` is empty, so that the
  // server's memory stays bounded like `validate`'s.
  const model::Registry& registry;
  model::Date today;  // the date terms and statuses are judged on
  const i18n::Translator& language;
  const refdata::ReferenceData& reference;
  // The whole partner of a digest, read again from its file (for its name); nullopt if it cannot
  // be read.
  std::function<std::optional<model::Partner>(const model::PartnerDigest&)> partner_of;
};

}  // namespace gcsj::lsp
