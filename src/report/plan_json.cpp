#include "cairn/report/plan_json.h"

#include "detail/wording.h"

#include <QLocale>
#include <cairn/io/json_writer.h>
#include <cmath>

namespace cairn::report {

namespace {

/// Minimal JSON writer with a fixed key order; QJsonDocument sorts keys and indents by four.
class JsonText {
public:
    void raw(const QByteArray& text) { out_ += text; }
    void indent(int level) { out_ += QByteArray(2 * level, ' '); }

    static QByteArray string(const std::string& text) { return io::quoteJsonString(QString::fromStdString(text)); }

    static QByteArray number(double value) {
        if (!std::isfinite(value))
            return "null";
        if (value == std::floor(value) && std::abs(value) < 1e15)
            return QByteArray::number(static_cast<qlonglong>(value));
        return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }

    QByteArray take() { return std::move(out_); }

private:
    QByteArray out_;
};

} // namespace

QByteArray planToJson(const Plan& plan) {
    JsonText j;
    auto field = [&](int level, const char* key, const QByteArray& value, bool last = false) {
        j.indent(level);
        j.raw(JsonText::string(key) + ": " + value + (last ? "\n" : ",\n"));
    };
    // No plan (infeasible or unknown): a reason follows the credentials. A feasible plan: its
    // bound and gap follow them.
    const bool infeasible = !hasPlan(plan.status);
    const bool bounded = plan.status == PlanStatus::Feasible && plan.bound.has_value();
    j.raw("{\n");
    field(1, "status", JsonText::string(cairn::toString(plan.status)));
    field(1, "objective", JsonText::string(cairn::toString(plan.objective)));
    field(1, "goal", JsonText::string(plan.goal));
    j.indent(1);
    j.raw("\"totals\": {\n");
    field(2, "cost", JsonText::number(plan.totals.cost));
    field(2, "hours", JsonText::number(plan.totals.hours));
    field(2, "credits", JsonText::number(plan.totals.credits));
    field(2, "completion", infeasible ? QByteArray("null") : JsonText::string(plan.totals.completion.toIso()));
    field(2, "weeks", JsonText::number(plan.totals.weeks), true);
    j.indent(1);
    j.raw("},\n");
    j.indent(1);
    if (plan.credentials.empty()) {
        j.raw(infeasible || bounded ? "\"credentials\": [],\n" : "\"credentials\": []\n");
    } else {
        j.raw("\"credentials\": [\n");
        for (std::size_t i = 0; i < plan.credentials.size(); ++i) {
            const PlannedCredential& c = plan.credentials[i];
            j.indent(2);
            j.raw("{\n");
            field(3, "id", JsonText::string(c.id));
            field(3, "title", JsonText::string(c.title));
            field(3, "cost", JsonText::number(c.cost));
            field(3, "hours", JsonText::number(c.hours));
            field(3, "start", JsonText::string(c.start.toIso()));
            field(3, "end", JsonText::string(c.end.toIso()));
            j.indent(3);
            if (c.why.empty()) {
                j.raw("\"why\": []\n");
            } else {
                j.raw("\"why\": [\n");
                for (std::size_t w = 0; w < c.why.size(); ++w) {
                    j.indent(4);
                    j.raw(JsonText::string(c.why[w].text) + (w + 1 < c.why.size() ? ",\n" : "\n"));
                }
                j.indent(3);
                j.raw("]\n");
            }
            j.indent(2);
            j.raw(i + 1 < plan.credentials.size() ? "},\n" : "}\n");
        }
        j.indent(1);
        j.raw(infeasible || bounded ? "],\n" : "]\n");
    }
    if (infeasible)
        field(1, "reason", JsonText::string(plan.reason), true);
    if (bounded) {
        field(1, "bound", JsonText::number(*plan.bound));
        field(1, "gap", plan.gap ? JsonText::number(*plan.gap) : QByteArray("null"), true);
    }
    j.raw("}\n");
    return j.take();
}

Result writeJson(const Plan& plan, const QString& path) {
    return saveFile(planToJson(plan), path);
}

} // namespace cairn::report
