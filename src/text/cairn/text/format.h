#pragma once

#include <QLocale>
#include <QString>
#include <cairn/engine/date.h>
#include <string>

namespace cairn::text {

/// How dates are written. The patterns are translated, because the order and punctuation differ
/// by language as much as the month names do: German writes "17. Juli 2027".
enum class DateStyle {
    Full,       ///< "17 Jul 2027"
    Short,      ///< "17 Jul 27"
    DayMonth,   ///< "17 Jul"
    MonthYear,  ///< "July 2027"
    ShortMonth, ///< "Jul 2027"
    Month,      ///< "Jul"
};

/// Money, numbers, hours and dates as one locale writes them. The command line writes English
/// (english()); the window and the report write the user's language (user(), or the locale a
/// report is asked for). Every layer that shows a figure to a person goes through here, so a
/// figure reads the same in the plan list, the summary, the PDF and the terminal.
class Format {
public:
    explicit Format(const QLocale& locale);

    /// US English, whatever the environment says, and dates in ISO 8601 ("2027-07-17") like the
    /// files it reads: what cairn-cli prints and the data files hold.
    [[nodiscard]] static Format english();
    /// The default locale; the C locale a bare environment reports becomes US English, because
    /// it would write money as "245$".
    [[nodiscard]] static Format user();

    [[nodiscard]] const QLocale& locale() const { return locale_; }

    /// The symbol for an ISO 4217 code: "$" for USD, "€", "£", else the symbol of a locale that
    /// uses the currency, else the code itself.
    [[nodiscard]] QString currencySymbol(const std::string& code) const;
    /// "$1,294", "$49.99", "1.294 $", "CHF 80": cents only when there are any.
    [[nodiscard]] QString money(double amount, const std::string& currency) const;
    /// "1,294", "2.5", "0.25": whole numbers without a fraction, others with at most
    /// `maxDecimals` places and no trailing zeros.
    [[nodiscard]] QString number(double value, int maxDecimals = 2) const;
    /// Credits with their noun: "1 credit", "3 credits", "1.5 credits".
    [[nodiscard]] QString credits(double value) const;
    /// A share as a percentage with one decimal: "3.2%".
    [[nodiscard]] QString percent(double fraction) const;
    /// A date in the style's pattern; ISO 8601 for english(), whatever the style.
    [[nodiscard]] QString date(Date date, DateStyle style = DateStyle::Full) const;

private:
    QLocale locale_;
    bool isoDates_ = false;
};

/// The QDate pattern of a style, in the current translation.
QString datePattern(DateStyle style);

} // namespace cairn::text
