// CTDL import speed: Credential Engine documents of 1,000 and 10,000 credentials, made from the
// shapes of the registry's samples (tests/io/data/interop): an @graph of certifications and
// courses with language maps, two cost profiles (tuition and fees), a duration (exact or a
// range), a condition on an earlier credential (some named by registry URIs outside the
// document, which become placeholders), three competencies from a shared framework, and the
// organisations that own them. Timed: reading the JSON, mapping it, and validating the catalog.
//   build/dev/tests/bench/cairn_ctdl_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true

#include <QByteArray>
#include <QString>
#include <benchmark/benchmark.h>
#include <cairn/engine/validation.h>
#include <cairn/io/ctdl_import.h>
#include <map>

using namespace cairn;

namespace {

QByteArray uuid(int kind, int i) {
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(kind, 8, 16, QLatin1Char('0'))
        .arg(i, 12, 10, QLatin1Char('0'))
        .toLatin1();
}

QByteArray credentialNode(int i) {
    const QByteArray ctid = "ce-" + uuid(1, i);
    QByteArray n;
    n += "{\"@id\": \"https://credentialengineregistry.org/resources/" + ctid + "\",\n";
    n += QByteArray(" \"@type\": \"") + (i % 3 == 0 ? "ceterms:Course" : "ceterms:Certification") + "\",\n";
    n += " \"ceterms:ctid\": \"" + ctid + "\",\n";
    n += " \"ceterms:name\": {\"en-US\": \"Synthetic credential " + QByteArray::number(i) +
         "\", \"es\": \"Credencial sintética " + QByteArray::number(i) + "\"},\n";
    n += " \"ceterms:description\": {\"en-US\": \"A credential made for the import benchmark.\"},\n";
    n += " \"ceterms:subjectWebpage\": \"https://example.org/credentials/" + QByteArray::number(i) + "\",\n";
    n += " \"ceterms:ownedBy\": [\"_:org" + QByteArray::number(i % 50) + "\"],\n";
    n += " \"ceterms:estimatedCost\": [\n";
    n += "  {\"@type\": \"ceterms:CostProfile\", \"ceterms:price\": " + QByteArray::number(100 + i % 900) +
         ", \"ceterms:currency\": \"US Dollar\", \"ceterms:directCostType\": {\"@type\": "
         "\"ceterms:CredentialAlignmentObject\", \"ceterms:targetNode\": \"costType:Tuition\"}},\n";
    n += "  {\"@type\": \"ceterms:CostProfile\", \"ceterms:price\": 25.5, \"ceterms:currency\": \"USD\", "
         "\"ceterms:directCostType\": {\"ceterms:targetNode\": \"costType:ProgramSpecificFee\"}}],\n";
    n += " \"ceterms:estimatedDuration\": [{\"@type\": \"ceterms:DurationProfile\", ";
    n += i % 2 == 0 ? "\"ceterms:exactDuration\": \"PT" + QByteArray::number(10 + i % 90) + "H\"}],\n"
                    : QByteArray("\"ceterms:minimumDuration\": \"P2W\", \"ceterms:maximumDuration\": \"P4W\"}],\n");
    n += " \"ceterms:teaches\": [";
    for (int k = 0; k < 3; ++k) {
        const int c = (i * 7 + k * 13) % 500;
        n += QByteArray(k ? ", " : "") +
             "{\"@type\": \"ceterms:CredentialAlignmentObject\", \"ceterms:framework\": "
             "\"https://example.org/framework\", \"ceterms:targetNode\": \"https://example.org/competency/" +
             QByteArray::number(c) + "\", \"ceterms:targetNodeName\": {\"en-US\": \"Competency " +
             QByteArray::number(c) + "\"}}";
    }
    n += "]";
    if (i > 0) {
        // An earlier credential of the document, or every tenth time one outside it.
        const QByteArray target = i % 10 == 0 ? "ce-" + uuid(2, i) : "ce-" + uuid(1, (i * 31) % i);
        n += ",\n \"ceterms:requires\": [{\"@type\": \"ceterms:ConditionProfile\", \"ceterms:requiredNumber\": 1, "
             "\"ceterms:targetCredential\": [\"https://credentialengineregistry.org/resources/" +
             target + "\"], \"ceterms:condition\": {\"en-US\": [\"A condition in words\"]}}]";
    }
    n += "}";
    return n;
}

const QByteArray& documentOf(int credentials) {
    static std::map<int, QByteArray> cache;
    auto it = cache.find(credentials);
    if (it != cache.end())
        return it->second;
    QByteArray d = "{\"@context\": \"https://credreg.net/ctdl/schema/context/json\", \"@graph\": [\n";
    for (int i = 0; i < credentials; ++i)
        d += credentialNode(i) + ",\n";
    for (int o = 0; o < 50; ++o)
        d += "{\"@id\": \"_:org" + QByteArray::number(o) +
             "\", \"@type\": \"ceterms:CredentialOrganization\", "
             "\"ceterms:name\": {\"en-US\": \"Organisation " +
             QByteArray::number(o) + "\"}}" + (o < 49 ? ",\n" : "\n");
    d += "]}\n";
    return cache.emplace(credentials, std::move(d)).first->second;
}

io::ctdl::ImportResult importDocument(const QByteArray& document) {
    io::ctdl::ImportOptions options;
    options.language = QStringLiteral("en-US");
    io::ctdl::Importer importer(options);
    importer.addBytes(document, QStringLiteral("synthetic.json"));
    return importer.finish();
}

void BM_CtdlImport(benchmark::State& state) {
    const QByteArray& document = documentOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto result = importDocument(document);
        if (result.catalog.credentials.size() < static_cast<std::size_t>(state.range(0)))
            state.SkipWithError("credentials missing");
        benchmark::DoNotOptimize(result);
    }
    state.counters["bytes"] = static_cast<double>(document.size());
}

void BM_CtdlImportAndValidate(benchmark::State& state) {
    const QByteArray& document = documentOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto result = importDocument(document);
        const auto problems = validate(result.catalog);
        if (hasErrors(problems))
            state.SkipWithError("the imported catalog has errors");
        benchmark::DoNotOptimize(problems);
    }
}

} // namespace

BENCHMARK(BM_CtdlImport)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CtdlImportAndValidate)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
