#include "cairn/cli/pareto_command.h"

#include "cairn/cli/plan_options.h"
#include "cairn/cli/plan_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cairn::cli {

int ParetoCommand::run(const QStringList& arguments, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists every plan that no other plan beats on both money and completion date, from the "
        "cheapest to the fastest. Exit codes: 0 at least one plan, 3 none is possible (proven), 4 unknown: "
        "the time limit stopped the search before it found a plan, 1 invalid input, 2 usage."));
    PlanOptions options;
    options.addTo(parser);
    if (auto code = parseOrExit(parser, arguments, io))
        return *code;
    int exitCode = kOk;
    auto in = readPlanInputs(parser, options, io, exitCode);
    if (!in)
        return exitCode;
    PlanStatus emptyFront = PlanStatus::Infeasible;
    const auto front = paretoFront(in->catalog.catalog, in->profile, in->request, &emptyFront);
    if (in->json) {
        QJsonArray plans;
        for (const auto& p : front) {
            QJsonArray ids;
            for (const auto& c : p.credentials)
                ids.append(QString::fromStdString(c.id));
            // Key order is alphabetical in QJsonObject, which keeps the output deterministic.
            plans.append(QJsonObject{
                {QStringLiteral("status"), QString::fromLatin1(toString(p.status))},
                {QStringLiteral("totals"),
                 QJsonObject{{QStringLiteral("cost"), p.totals.cost},
                             {QStringLiteral("hours"), p.totals.hours},
                             {QStringLiteral("credits"), p.totals.credits},
                             {QStringLiteral("completion"), QString::fromStdString(p.totals.completion.toIso())},
                             {QStringLiteral("weeks"), p.totals.weeks}}},
                {QStringLiteral("credentials"), ids}});
        }
        QJsonObject root{{QStringLiteral("goal"), QString::fromStdString(in->request.goal)},
                         {QStringLiteral("plans"), plans}};
        if (in->goalFile) // only then can anything be left out
            root.insert(QStringLiteral("untaught"), untaughtJson(*in));
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        io.out << paretoText(in->catalog.catalog, front) << untaughtText(*in);
    }
    if (!front.empty())
        return kOk;
    return emptyFront == PlanStatus::Unknown ? kUnknown : kInfeasible;
}

} // namespace cairn::cli
