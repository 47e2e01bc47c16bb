#pragma once
// The row of a view's table of formats a request names (render/format_table.hpp); a usage Error
// for a name the table does not hold (the CLI offers only the table's names, another front end
// may pass anything).

#include <span>
#include <string>
#include <string_view>

#include "app/error.hpp"
#include "i18n/message.hpp"
#include "render/format_table.hpp"

namespace gcsj::app {

template <class View>
Expected<const render::Format<View>*> format_named(std::span<const render::Format<View>> table,
                                                   const std::string& name,
                                                   std::string_view command) {
  if (const auto* format = render::find_format(table, name)) return format;
  return usage(i18n::msg("--format {format}: not a format of {command}", i18n::arg("format", name),
                         i18n::arg("command", command)));
}

}  // namespace gcsj::app
