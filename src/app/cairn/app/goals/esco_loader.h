#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QThread;

namespace cairn::io {
struct EscoData;
struct OnetData;
class SkillMatcher;
} // namespace cairn::io

namespace cairn::app {

/// The bundled ESCO occupations and skills and O*NET occupations and technologies, and the job-ad
/// matcher over both, read once on a worker thread: reading and indexing take about a second,
/// which the window must not freeze for.
class EscoLoader : public QObject {
    Q_OBJECT

public:
    explicit EscoLoader(QObject* parent = nullptr);
    /// Waits for a read under way, which cannot be interrupted (it is one call into io).
    ~EscoLoader() override;

    /// Starts reading unless the data is read or being read; `ready` or `failed` follows, at
    /// once when the outcome is known already.
    void load();
    [[nodiscard]] bool isReady() const { return data_ != nullptr; }
    [[nodiscard]] bool isLoading() const { return thread_ != nullptr; }
    [[nodiscard]] std::shared_ptr<const io::EscoData> data() const { return data_; }
    [[nodiscard]] std::shared_ptr<const io::OnetData> onet() const { return onet_; }
    [[nodiscard]] std::shared_ptr<const io::SkillMatcher> matcher() const { return matcher_; }

signals:
    void ready();
    /// The data could not be read (a broken build); `why` says so in the user's language.
    void failed(const QString& why);

private:
    struct Outcome;
    void finish(const Outcome& outcome);

    QThread* thread_ = nullptr;
    std::shared_ptr<const io::EscoData> data_;
    std::shared_ptr<const io::OnetData> onet_;
    std::shared_ptr<const io::SkillMatcher> matcher_;
    QString error_;
};

} // namespace cairn::app
