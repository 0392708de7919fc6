// Many advisors, each on a connection of their own, editing the same five clients at once on the
// server: every save either goes in as the next version or is refused as stale, and none that
// was acknowledged is lost.
#include "postgres_backend.h"
#include "store_fixtures.h"

#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

/// A save the workspace acknowledged: the client, the version it made, what it wrote.
struct Acknowledged {
    qint64 client = 0;
    int version = 0;
    QString contact;
};

} // namespace

TEST(WorkspaceConcurrency, EditsOfTheSameClientsAreNeverLostAndEveryRefusalIsReported) {
    constexpr int kAdvisors = 8;
    constexpr int kEditsEach = 40;
    const QString address = backend().location(QStringLiteral("concurrency"));
    std::vector<qint64> clients;
    {
        auto ws = openOrFail(address, quiet());
        ASSERT_TRUE(ws);
        for (int i = 0; i < 5; ++i) {
            Client c;
            c.name = QStringLiteral("Client %1").arg(i);
            clients.push_back(ws->addClient(c).value());
        }
    }

    std::mutex lock;
    std::vector<Acknowledged> acknowledged;
    int refused = 0;
    QStringList failures;
    std::vector<std::thread> advisors;
    for (int a = 0; a < kAdvisors; ++a)
        advisors.emplace_back([&, a] {
            auto ws = Workspace::open(address, quiet(60000));
            if (!ws) {
                std::lock_guard guard(lock);
                failures << ws.error().toString();
                return;
            }
            for (int e = 0; e < kEditsEach; ++e) {
                const qint64 id = clients[static_cast<std::size_t>((a + e) % 5)];
                auto read = (*ws)->client(id);
                if (!read) {
                    std::lock_guard guard(lock);
                    failures << read.error().toString();
                    continue;
                }
                Client c = std::move(read).value();
                c.contact = QStringLiteral("advisor %1, edit %2").arg(a).arg(e);
                auto saved = (*ws)->updateClient(c);
                std::lock_guard guard(lock);
                if (saved)
                    acknowledged.push_back({id, saved.value(), c.contact});
                else if (saved.error().kind == Error::Kind::Stale)
                    ++refused;
                else
                    failures << saved.error().toString();
            }
        });
    for (auto& t : advisors)
        t.join();

    EXPECT_TRUE(failures.isEmpty()) << failures.join(u'\n').toStdString();
    EXPECT_EQ(static_cast<int>(acknowledged.size()) + refused, kAdvisors * kEditsEach); // each save has an answer
    auto ws = openOrFail(address, quiet());
    ASSERT_TRUE(ws);
    for (const qint64 id : clients) {
        // Each acknowledged save made a version of its own, one after another from 2 on, and
        // the client holds the last of them: no acknowledged write was overwritten unseen.
        std::map<int, QString> versions;
        for (const auto& ack : acknowledged) {
            if (ack.client == id) {
                EXPECT_TRUE(versions.emplace(ack.version, ack.contact).second)
                    << "two saves acknowledged as version " << ack.version << " of client " << id;
            }
        }
        const Client now = ws->client(id).value();
        EXPECT_EQ(now.rowVersion, 1 + static_cast<int>(versions.size())) << "client " << id;
        if (!versions.empty()) {
            EXPECT_EQ(versions.begin()->first, 2);
            EXPECT_EQ(versions.rbegin()->first, now.rowVersion);
            EXPECT_EQ(now.contact, versions.rbegin()->second);
        }
    }
    std::cout << "[          ] " << acknowledged.size() << " saves acknowledged, " << refused << " refused as stale\n";
}
