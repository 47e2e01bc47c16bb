#pragma once
// The words of GB.349/INS/4 that registry values name: the thematic domains of ¶35 and the
// initial priorities of ¶36, with the paragraph's own wording for readers.

#include <array>
#include <string_view>

namespace gcsj::model {

struct Theme {
  std::string_view key;        // the value written in the registry
  std::string_view paragraph;  // "35(ii)"
  std::string_view title;      // the paragraph's words
};

// ¶35 (i)-(vi).
inline constexpr std::array<Theme, 6> kDomains{{
    {"inequality", "35(i)", "Addressing inequality, discrimination and exclusion"},
    {"labour-rights", "35(ii)",
     "Realizing labour rights as human rights, ensuring human dignity and meeting basic needs"},
    {"employment", "35(iii)",
     "Expanding access to and capabilities for productive and freely chosen employment and "
     "sustainable enterprise"},
    {"protection", "35(iv)", "Providing protection and building resilience"},
    {"just-transitions", "35(v)",
     "Strengthening just transitions and the social dimension of sustainable development, trade "
     "and investment"},
    {"social-dialogue", "35(vi)", "Reinforcing institutions of social dialogue"},
}};

// ¶36 (a)-(d).
inline constexpr std::array<Theme, 4> kPriorities{{
    {"employment-and-social-protection", "36(a)",
     "Employment creation and universal social protection"},
    {"reducing-inequalities", "36(b)", "Reduction of inequalities"},
    {"multilateral-priorities", "36(c)",
     "Elevation of social justice and decent work in the priorities of other multilateral "
     "organizations"},
    {"social-dialogue", "36(d)", "Promoting social dialogue"},
}};

}  // namespace gcsj::model
