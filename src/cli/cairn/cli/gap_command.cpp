#include "cairn/cli/gap_command.h"

#include "cairn/cli/plan_options.h"
#include "cairn/cli/plan_text.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cairn/text/requirement_words.h>

namespace cairn::cli {

int GapCommand::run(const QStringList& arguments, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows which items of a goal the profile already meets and which it lacks. Exit codes: 0 done, 1 invalid "
        "input, 2 usage."));
    PlanOptions options;
    options.addTo(parser);
    if (auto code = parseOrExit(parser, arguments, io))
        return *code;
    int exitCode = kOk;
    auto in = readPlanInputs(parser, options, io, exitCode);
    if (!in)
        return exitCode;
    const Gap g = gap(in->catalog.catalog, in->profile, in->request.goal);
    if (in->json) {
        QJsonArray items;
        const text::RequirementWords words(in->catalog.catalog);
        for (const auto& item : g.items)
            items.append(
                QJsonObject{{QStringLiteral("item"), QString::fromStdString(item.item)},
                            {QStringLiteral("text"), words.itemText(item.item)},
                            {QStringLiteral("met"), item.met},
                            {QStringLiteral("held_level"), item.heldLevel},
                            {QStringLiteral("group"), item.group >= 0 ? QJsonValue(item.group) : QJsonValue()}});
        QJsonArray groups;
        for (const auto& group : g.groups)
            groups.append(QJsonObject{{QStringLiteral("needed"), group.needed},
                                      {QStringLiteral("of"), group.size},
                                      {QStringLiteral("met"), group.met}});
        QJsonObject root{{QStringLiteral("goal"), QString::fromStdString(g.goal)},
                         {QStringLiteral("met"), g.goalMet},
                         {QStringLiteral("credits"), g.credits},
                         {QStringLiteral("items"), items},
                         {QStringLiteral("groups"), groups}};
        if (in->goalFile) // only then can anything be left out
            root.insert(QStringLiteral("untaught"), untaughtJson(*in));
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        io.out << gapText(in->catalog.catalog, g) << untaughtText(*in);
    }
    return kOk;
}

} // namespace cairn::cli
