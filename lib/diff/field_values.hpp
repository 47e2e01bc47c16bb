#pragma once
// The fields of the format as diff::Value, one table of keys per kind of mapping (partner, action,
// Group, member): what the comparison reads. A key of the loader's tables that is neither here
// nor among the keys left out (with their reason) fails tests/diff/field_coverage_test.cpp.

#include <optional>
#include <span>
#include <string_view>

#include "diff/registry_diff.hpp"
#include "model/group.hpp"
#include "model/partner.hpp"

namespace gcsj::diff {

template <class T>
struct FieldGetter {
  std::string_view key;
  std::optional<Value> (*get)(const T&);
};

std::span<const FieldGetter<model::Partner>> partner_fields();
std::span<const FieldGetter<model::Action>> action_fields();  // status aside: ActionChange
std::span<const FieldGetter<model::Group>> group_fields();
std::span<const FieldGetter<model::Member>> member_fields();

// Appends to `out` the fields of `keys` whose values differ between `before` and `after`.
template <class T>
void compare_fields(std::span<const FieldGetter<T>> keys, const T& before, const T& after,
                    std::vector<FieldMove>& out) {
  for (const auto& field : keys) {
    auto was = field.get(before);
    auto now = field.get(after);
    if (was != now) out.push_back({field.key, std::move(was), std::move(now)});
  }
}

}  // namespace gcsj::diff
