#include "i18n/plural_forms.hpp"

#include <cctype>
#include <string>
#include <vector>

namespace gcsj::i18n {

// A node of the expression: a leaf (n or a number), a unary `!`, a binary operator or `?:`.
struct PluralForms::Node {
  enum class Kind { n, number, negate, binary, choice } kind = Kind::number;
  unsigned long value = 0;
  std::string op;
  std::unique_ptr<Node> a, b, c;

  unsigned long eval(unsigned long n) const {
    switch (kind) {
      case Kind::n:
        return n;
      case Kind::number:
        return value;
      case Kind::negate:
        return a->eval(n) == 0 ? 1 : 0;
      case Kind::choice:
        return a->eval(n) != 0 ? b->eval(n) : c->eval(n);
      case Kind::binary:
        break;
    }
    const unsigned long x = a->eval(n);
    if (op == "&&") return x != 0 && b->eval(n) != 0;
    if (op == "||") return x != 0 || b->eval(n) != 0;
    const unsigned long y = b->eval(n);
    if (op == "==") return x == y;
    if (op == "!=") return x != y;
    if (op == "<") return x < y;
    if (op == "<=") return x <= y;
    if (op == ">") return x > y;
    if (op == ">=") return x >= y;
    if (op == "+") return x + y;
    if (op == "-") return x - y;
    if (op == "*") return x * y;
    if (op == "/") return y == 0 ? 0 : x / y;
    if (op == "%") return y == 0 ? 0 : x % y;
    return 0;
  }
};

namespace {

using Node = PluralForms::Node;
using NodePtr = std::unique_ptr<Node>;

// A recursive-descent parser of gettext's plural expressions, with C's precedence. Depth is
// bounded so that a hostile header cannot exhaust the stack.
class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  NodePtr parse_all() {
    NodePtr node = choice();
    skip_spaces();
    return ok_ && at_ == text_.size() ? std::move(node) : nullptr;
  }

 private:
  static constexpr int kMaxDepth = 64;

  void skip_spaces() {
    while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_]))) ++at_;
  }
  bool eat(std::string_view token) {
    skip_spaces();
    if (text_.substr(at_, token.size()) != token) return false;
    // `<` must not take the first character of `<=`, nor `!` that of `!=`, nor `|`/`&` alone.
    if (token.size() == 1 && at_ + 1 < text_.size() && text_[at_ + 1] == '=' &&
        (token == "<" || token == ">" || token == "!" || token == "="))
      return false;
    at_ += token.size();
    return true;
  }
  NodePtr fail() {
    ok_ = false;
    return nullptr;
  }
  NodePtr binary(std::string op, NodePtr a, NodePtr b) {
    if (!a || !b) return fail();
    auto node = std::make_unique<Node>();
    node->kind = Node::Kind::binary;
    node->op = std::move(op);
    node->a = std::move(a);
    node->b = std::move(b);
    return node;
  }

  NodePtr choice() {
    if (++depth_ > kMaxDepth) return fail();
    NodePtr condition = level(0);
    if (eat("?")) {
      NodePtr yes = choice();
      if (!eat(":")) return fail();
      NodePtr no = choice();
      if (!condition || !yes || !no) return fail();
      auto node = std::make_unique<Node>();
      node->kind = Node::Kind::choice;
      node->a = std::move(condition);
      node->b = std::move(yes);
      node->c = std::move(no);
      condition = std::move(node);
    }
    --depth_;
    return condition;
  }

  // Binary levels from the loosest: || && (== !=) (< <= > >=) (+ -) (* / %).
  NodePtr level(int index) {
    static const std::vector<std::vector<std::string>> kLevels{
        {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}};
    if (index == static_cast<int>(kLevels.size())) return unary();
    NodePtr left = level(index + 1);
    for (bool more = true; more && ok_;) {
      more = false;
      for (const std::string& op : kLevels[static_cast<std::size_t>(index)])
        if (eat(op)) {
          left = binary(op, std::move(left), level(index + 1));
          more = true;
          break;
        }
    }
    return left;
  }

  NodePtr unary() {
    if (++depth_ > kMaxDepth) return fail();
    NodePtr node;
    if (eat("!")) {
      NodePtr operand = unary();
      if (!operand) return fail();
      node = std::make_unique<Node>();
      node->kind = Node::Kind::negate;
      node->a = std::move(operand);
    } else if (eat("(")) {
      node = choice();
      if (!eat(")")) return fail();
    } else if (eat("n")) {
      node = std::make_unique<Node>();
      node->kind = Node::Kind::n;
    } else {
      skip_spaces();
      const std::size_t start = at_;
      unsigned long value = 0;
      while (at_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[at_])) &&
             at_ - start < 9)
        value = value * 10 + static_cast<unsigned long>(text_[at_++] - '0');
      if (at_ == start) return fail();
      node = std::make_unique<Node>();
      node->value = value;
    }
    --depth_;
    return node;
  }

  std::string_view text_;
  std::size_t at_ = 0;
  int depth_ = 0;
  bool ok_ = true;
};

std::optional<unsigned long> number_after(std::string_view text, std::string_view key) {
  const std::size_t at = text.find(key);
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t i = at + key.size();
  while (i < text.size() && text[i] == ' ') ++i;
  unsigned long value = 0;
  const std::size_t start = i;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && i - start < 3)
    value = value * 10 + static_cast<unsigned long>(text[i++] - '0');
  if (i == start) return std::nullopt;
  return value;
}

}  // namespace

PluralForms::PluralForms() {
  Parser parser("n != 1");
  rule_ = parser.parse_all();
}
PluralForms::~PluralForms() = default;
PluralForms::PluralForms(PluralForms&&) noexcept = default;
PluralForms& PluralForms::operator=(PluralForms&&) noexcept = default;

std::optional<PluralForms> PluralForms::parse(std::string_view header_value) {
  const auto count = number_after(header_value, "nplurals=");
  const std::size_t at = header_value.find("plural=", header_value.find("nplurals=") + 9);
  if (!count || *count < 1 || *count > 6 || at == std::string_view::npos) return std::nullopt;
  std::string_view expression = header_value.substr(at + 7);
  expression = expression.substr(0, expression.find(';'));
  Parser parser(expression);
  NodePtr rule = parser.parse_all();
  if (!rule) return std::nullopt;
  PluralForms forms;
  forms.count_ = static_cast<int>(*count);
  forms.rule_ = std::move(rule);
  return forms;
}

int PluralForms::form_of(unsigned long n) const {
  const unsigned long form = rule_ ? rule_->eval(n) : (n == 1 ? 0 : 1);
  return form < static_cast<unsigned long>(count_) ? static_cast<int>(form) : 0;
}

}  // namespace gcsj::i18n
