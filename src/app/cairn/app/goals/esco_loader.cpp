#include "cairn/app/goals/esco_loader.h"

#include <QThread>
#include <cairn/io/esco_data.h>
#include <cairn/io/onet_data.h>
#include <cairn/io/skill_matcher.h>
#include <cairn/text/load_words.h>

namespace cairn::app {

struct EscoLoader::Outcome {
    std::shared_ptr<const io::EscoData> data;
    std::shared_ptr<const io::OnetData> onet;
    std::shared_ptr<const io::SkillMatcher> matcher;
    bool onetFailed = false;           ///< which of the two could not be read
    std::vector<io::LoadError> errors; ///< when the data could not be read, worded on the window's thread
};

EscoLoader::EscoLoader(QObject* parent) : QObject(parent) {}

EscoLoader::~EscoLoader() {
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
}

void EscoLoader::load() {
    if (data_) {
        emit ready();
        return;
    }
    if (!error_.isEmpty()) {
        emit failed(error_);
        return;
    }
    if (thread_)
        return;
    auto outcome = std::make_shared<Outcome>();
    thread_ = QThread::create([outcome] {
        auto read = io::bundledEscoData();
        if (!read.ok()) {
            outcome->errors = read.errors;
            return;
        }
        auto onet = io::bundledOnetData();
        if (!onet.ok()) {
            outcome->errors = onet.errors;
            outcome->onetFailed = true;
            return;
        }
        outcome->data = *read.value;
        outcome->onet = *onet.value;
        outcome->matcher = std::make_shared<const io::SkillMatcher>(outcome->data, outcome->onet);
    });
    thread_->setObjectName(QStringLiteral("esco-loader"));
    connect(thread_, &QThread::finished, this, [this, outcome] {
        thread_->deleteLater();
        thread_ = nullptr;
        finish(*outcome);
    });
    thread_->start(QThread::LowPriority);
}

void EscoLoader::finish(const Outcome& outcome) {
    if (!outcome.data) {
        const QString errors = text::LoadWords().lines(outcome.errors).join(QLatin1Char(' '));
        error_ = outcome.onetFailed
                     ? tr("The O*NET occupations and technologies built into Cairn could not be read: %1").arg(errors)
                     : tr("The ESCO occupations and skills built into Cairn could not be read: %1").arg(errors);
        emit failed(error_);
        return;
    }
    data_ = outcome.data;
    onet_ = outcome.onet;
    matcher_ = outcome.matcher;
    emit ready();
}

} // namespace cairn::app
