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

// The dates gcsj reads, in the registry, its configuration and on the command line. A date
// outside is refused where it is read (a format finding, the configuration's finding, a usage
// error): the range lies far enough inside the four-digit years that every date computed from a
// date read (a term's end two years on, a horizon or a period of up to 36,500 days) has four
// digits too, so no output (an ICS DTSTART, a JSON date) can carry a fifth or a sign.
inline constexpr Date kFirstReadDate{1000, 1, 1};
inline constexpr Date kLastReadDate{9897, 12, 31};
inline bool is_readable(const Date& date) {
  return date >= kFirstReadDate && date <= kLastReadDate;
}

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace gcsj::model
