#pragma once
// A small streaming JSON writer: objects, arrays, strings, numbers, booleans and null, indented
// two spaces, keys in the order written.

#include <string>
#include <string_view>
#include <vector>

namespace gcsj::render {

class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(long number);
  JsonWriter& value(int number) { return value(static_cast<long>(number)); }
  JsonWriter& value(double number);
  JsonWriter& value(bool flag);
  JsonWriter& null();
  // A string, or null when empty.
  JsonWriter& string_or_null(std::string_view text);

  // The document written so far, with a final newline.
  std::string str() const { return out_ + "\n"; }

 private:
  void before_value();
  void newline();

  std::string out_;
  struct Level {
    bool is_object;
    bool empty = true;
  };
  std::vector<Level> levels_;
  bool after_key_ = false;
};

// Opens the object of a gcsj JSON report and writes its header: {"tool": {...}, "as_of": "..."}.
// Opens a report: the tool, the as-of date and the language its words are written in.
void begin_report(JsonWriter& json, std::string_view as_of, std::string_view language = "en");

// `text` as a JSON string literal, quotes included.
std::string json_quote(std::string_view text);

}  // namespace gcsj::render
