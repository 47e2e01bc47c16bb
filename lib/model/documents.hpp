#pragma once
// Documents of every kind, one list per kind: the batch the document rules judge
// (rules::Context::documents) and what a load keeps of a file. A list is found by the type of its
// documents (`documents.of<Partner>()`), so a kind the model does not name yet (one added by a
// test, lib/load/document_kinds.hpp) has its list without a change here.

#include <algorithm>
#include <iterator>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace gcsj::model {

class Documents {
 public:
  Documents() = default;
  Documents(const Documents& other) { *this = other; }
  Documents& operator=(const Documents& other) {
    if (this == &other) return *this;
    lists_.clear();
    for (const auto& [key, list] : other.lists_) lists_.emplace_back(key, list->clone());
    return *this;
  }
  Documents(Documents&&) noexcept = default;
  Documents& operator=(Documents&&) noexcept = default;
  ~Documents() = default;

  // The documents of type T, in the order they were read (a list made on first use).
  template <class T>
  std::vector<T>& of() {
    if (List* list = find(key<T>())) return static_cast<ListOf<T>*>(list)->items;
    auto made = std::make_unique<ListOf<T>>();
    std::vector<T>& items = made->items;
    lists_.emplace_back(key<T>(), std::move(made));
    return items;
  }
  // Empty when no document of type T was read.
  template <class T>
  std::span<const T> of() const {
    if (const List* list = find(key<T>())) return static_cast<const ListOf<T>*>(list)->items;
    return {};
  }

  // Moves the documents of `from` to the end of the lists of their types here (the documents of
  // a file's pieces, one after another), and leaves `from` empty.
  void absorb(Documents& from) {
    for (auto& [key, list] : from.lists_) {
      if (list->empty()) continue;
      if (List* mine = find(key))
        mine->take(*list);
      else
        lists_.emplace_back(key, std::move(list));
    }
    from.lists_.clear();
  }
  // Empties every list, keeping its storage (a batch, once judged, fills again).
  void clear() {
    for (auto& entry : lists_) entry.second->clear();
  }
  bool empty() const {
    return std::all_of(lists_.begin(), lists_.end(),
                       [](const auto& entry) { return entry.second->empty(); });
  }

  // No documents: what the registry rules see as the batch.
  static const Documents& none() {
    static const Documents kNone;
    return kNone;
  }

 private:
  struct List {
    virtual ~List() = default;
    virtual void clear() = 0;
    virtual bool empty() const = 0;
    virtual void take(List& from) = 0;  // from: a list of the same type
    virtual std::unique_ptr<List> clone() const = 0;
  };
  template <class T>
  struct ListOf final : List {
    std::vector<T> items;
    void clear() override { items.clear(); }
    bool empty() const override { return items.empty(); }
    void take(List& from) override {
      auto& more = static_cast<ListOf&>(from).items;
      if (items.empty()) {
        items.swap(more);
      } else {
        items.insert(items.end(), std::make_move_iterator(more.begin()),
                     std::make_move_iterator(more.end()));
      }
      std::vector<T>().swap(more);
    }
    std::unique_ptr<List> clone() const override { return std::make_unique<ListOf>(*this); }
  };

  // One address per type, the same in every translation unit.
  template <class T>
  static inline constexpr char kKey = 0;
  template <class T>
  static constexpr const void* key() {
    return &kKey<T>;
  }

  List* find(const void* key) const {
    for (const auto& entry : lists_)
      if (entry.first == key) return entry.second.get();
    return nullptr;
  }

  // A few lists (one per kind read), searched in order.
  std::vector<std::pair<const void*, std::unique_ptr<List>>> lists_;
};

}  // namespace gcsj::model
