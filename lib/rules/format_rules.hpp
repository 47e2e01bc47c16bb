#pragma once
// Rules of the file format itself (spec section 1). The loader applies them while reading; they
// cite no paragraph of GB.349/INS/4.

#include "rules/rule.hpp"

namespace gcsj::rules::format {

extern const Rule kYamlSyntax;
extern const Rule kEncoding;
extern const Rule kInputLimit;
extern const Rule kUnreadableFile;
extern const Rule kEmptyFile;
extern const Rule kAlias;
extern const Rule kMergeKey;
extern const Rule kTag;
extern const Rule kDuplicateKey;
extern const Rule kUnknownKey;
extern const Rule kWrongType;
extern const Rule kAmbiguousBoolean;
extern const Rule kInvalidDate;
extern const Rule kInvalidValue;
extern const Rule kMissingKind;

}  // namespace gcsj::rules::format
