#pragma once
// The files of the `portal:` settings (a logo, Markdown pages) read from the configuration's
// directory as hostile input, and the settings made the plain model::PortalSettings lib/publish
// prints (issue 25).

#include <string>

#include "config/portal.hpp"
#include "findings/finding_list.hpp"
#include "model/portal_settings.hpp"

namespace gcsj::app {

// The settings of `portal`, whose paths are relative to `directory` (the configuration's). Each
// file is opened component by component below `directory`, never through a symbolic link, must
// be a regular file within its size limit, and a logo must hold the image its extension names;
// a Markdown page must be UTF-8 text. A file that fails is a `portal-file` finding at the value
// naming it, in `out`, and is left out of the settings.
model::PortalSettings resolve_portal(const config::PortalConfig& portal,
                                     const std::string& directory, findings::FindingList& out);

}  // namespace gcsj::app
