#pragma once
// A proleptic Gregorian calendar date, as written in registry files (YYYY-MM-DD).

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace gcsj::model {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Parses exactly YYYY-MM-DD and rejects dates that do not exist (2023-02-29).
  static std::optional<Date> parse(std::string_view text);
  static Date from_days(long days);  // days since 1970-01-01
  static Date today_utc();

  long days() const;  // days since 1970-01-01
  std::string iso() const;
  Date plus_days(long n) const { return from_days(days() + n); }
  // The same month and day `n` years later; 29 February becomes 28 February in a common year.
  Date plus_years(int n) const;

  friend auto operator<=>(const Date&, const Date&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace gcsj::model
