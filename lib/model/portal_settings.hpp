#pragma once
// The secretariat's own settings of its portal (`portal:` in .gcsj.yaml, issue 25): its identity,
// its contact, where GB.349/INS/4 is published, and its own pages. Plain data: lib/config reads
// it, lib/app resolves its files (logo, Markdown pages) inside the registry, lib/publish prints
// it. Every field is optional: empty settings give the site as it was before them.

#include <map>
#include <string>
#include <vector>

namespace gcsj::model {

// The public address of GB.349/INS/4 when the settings give none: the one place it is written.
inline constexpr const char* kDefaultDocumentUrl =
    "https://www.ilo.org/resource/gb/349/update-global-coalition-social-justice";

// One of the secretariat's own pages (privacy notice, contact, about), in each language it is
// written in: its title and its Markdown text (already read; lib/publish renders and escapes it).
struct PortalPage {
  std::string slug;                             // file name stem: `privacy` -> privacy.html
  std::map<std::string, std::string> title;     // by language code (en, fr, es); "": any
  std::map<std::string, std::string> markdown;  // by language code; a language without its
                                                // own shows English's, marked lang="en"
};

struct PortalSettings {
  std::string title;          // the site's title; empty: the Coalition's name
  std::string base_url;       // absolute address of the site's root (https://...); empty: none
  std::string contact_email;  // the secretariat's address for applications and questions
  std::string footer;         // one line of text at the foot of every page
  std::string accent_colour;  // `#RRGGBB`; empty: the default
  std::string logo_name;      // file name the logo gets in the site (`logo.svg`); empty: none
  std::string logo_bytes;     // the logo's content, read by lib/app from inside the registry
  std::string logo_alt;       // its text alternative; empty: none (the title beside it names it)
  // The public address of GB.349/INS/4 each paragraph mark links to, by language code; a
  // language without one uses English's; empty: the default address (lib/publish).
  std::map<std::string, std::string> document_url;
  std::vector<PortalPage> pages;
  // The title, footer and logo's alternative in other languages, by language code: a language
  // without its own uses the field above.
  std::map<std::string, std::string> title_in, footer_in, logo_alt_in;
};

}  // namespace gcsj::model
