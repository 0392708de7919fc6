// Server addresses: what a postgresql:// address may say, and a clear refusal of what it may not,
// a password above all.
#include "store_fixtures.h"

#include <cairn/store/server_address.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

TEST(ServerAddress, TellsAServerFromAFile) {
    EXPECT_TRUE(ServerAddress::isServerAddress(QStringLiteral("postgresql://db.example.org/cairn")));
    EXPECT_TRUE(ServerAddress::isServerAddress(QStringLiteral("postgres://db.example.org/cairn")));
    EXPECT_FALSE(ServerAddress::isServerAddress(QStringLiteral("/home/ana/cairn.sqlite")));
    EXPECT_FALSE(ServerAddress::isServerAddress(QStringLiteral("postgresql.sqlite")));
}

TEST(ServerAddress, ReadsEveryPartOfALibpqUri) {
    auto a = ServerAddress::parse(
        QStringLiteral("postgresql://advisor%40college@db.example.org:6543/career%20centre?sslmode=verify-full"
                       "&application_name=cairn&connect_timeout=5"));
    ASSERT_TRUE(a.ok()) << describe(a.error());
    EXPECT_EQ(a->user, QStringLiteral("advisor@college"));
    EXPECT_EQ(a->host, QStringLiteral("db.example.org"));
    EXPECT_EQ(a->port, 6543);
    EXPECT_EQ(a->database, QStringLiteral("career centre"));
    EXPECT_EQ(a->parameter(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
    EXPECT_EQ(a->connectOptions(),
              QStringLiteral("sslmode='verify-full';application_name='cairn';connect_timeout='5'"));
    EXPECT_EQ(a->display(), QStringLiteral("postgresql://advisor%40college@db.example.org:6543/career%20centre"));
}

TEST(ServerAddress, LeavesWhatIsNotWrittenToLibpq) {
    auto a = ServerAddress::parse(QStringLiteral("postgresql://"));
    ASSERT_TRUE(a.ok()) << describe(a.error());
    EXPECT_TRUE(a->user.isEmpty());
    EXPECT_TRUE(a->host.isEmpty());
    EXPECT_EQ(a->port, 0);
    EXPECT_TRUE(a->database.isEmpty());
    EXPECT_TRUE(a->connectOptions().isEmpty());
}

TEST(ServerAddress, TakesSocketFoldersAndIpv6Hosts) {
    auto socket = ServerAddress::parse(QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql:5433/cairn"));
    ASSERT_TRUE(socket.ok()) << describe(socket.error());
    EXPECT_EQ(socket->host, QStringLiteral("/var/run/postgresql"));
    EXPECT_EQ(socket->port, 5433);
    auto query = ServerAddress::parse(QStringLiteral("postgresql:///cairn?host=/var/run/postgresql&port=5433"));
    ASSERT_TRUE(query.ok()) << describe(query.error());
    EXPECT_EQ(query->host, QStringLiteral("/var/run/postgresql"));
    EXPECT_EQ(query->port, 5433);
    auto v6 = ServerAddress::parse(QStringLiteral("postgresql://ana@[2001:db8::1]:5432/cairn"));
    ASSERT_TRUE(v6.ok()) << describe(v6.error());
    EXPECT_EQ(v6->host, QStringLiteral("2001:db8::1"));
    EXPECT_EQ(v6->display(), QStringLiteral("postgresql://ana@[2001:db8::1]:5432/cairn"));
}

TEST(ServerAddress, RefusesAPasswordWithoutRepeatingIt) {
    for (const QString& text : {QStringLiteral("postgresql://ana:s3cret@db.example.org/cairn"),
                                QStringLiteral("postgresql://ana@db.example.org/cairn?password=s3cret")}) {
        auto a = ServerAddress::parse(text);
        ASSERT_FALSE(a.ok()) << text.toStdString();
        EXPECT_EQ(a.error().kind, Error::Kind::Server);
        EXPECT_EQ(a.error().what.code, Message::Code::ServerAddressPassword);
        EXPECT_FALSE(a.error().message.contains(QStringLiteral("s3cret"))) << describe(a.error());
        EXPECT_TRUE(a.error().message.contains(QStringLiteral("PGPASSWORD"))) << describe(a.error());
    }
}

TEST(ServerAddress, NamesThePartThatIsWrong) {
    const struct {
        const char* address;
        const char* part;
    } cases[] = {
        {"postgresql://db.example.org:99999/cairn", ":99999"},
        {"postgresql://db.example.org:port/cairn", ":port"},
        {"postgresql://db.example.org/cairn?sslmode=sometimes", "sslmode=sometimes"},
        {"postgresql://db.example.org/cairn?connect_timeout=soon", "connect_timeout=soon"},
        {"postgresql://a.example.org,b.example.org/cairn", "a.example.org,b.example.org"},
        {"postgresql://db.example.org/cairn?sslmode", "sslmode"},
        {"postgresql://[2001:db8::1/cairn", "[2001:db8::1"},
        {"postgresql://db.example.org/cairn?application_name=a;b", "application_name=a;b"},
    };
    for (const auto& c : cases) {
        auto a = ServerAddress::parse(QString::fromUtf8(c.address));
        ASSERT_FALSE(a.ok()) << c.address;
        EXPECT_EQ(a.error().what.code, Message::Code::ServerAddressInvalid) << describe(a.error());
        EXPECT_TRUE(a.error().message.contains(QStringLiteral("'%1' is wrong there").arg(QString::fromUtf8(c.part))))
            << describe(a.error());
    }
}

TEST(ServerAddress, NamesAParameterItDoesNotKnow) {
    auto a = ServerAddress::parse(QStringLiteral("postgresql://db.example.org/cairn?sslmod=require"));
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().what.code, Message::Code::ServerAddressParameter);
    EXPECT_TRUE(a.error().message.contains(QStringLiteral("'sslmod'"))) << describe(a.error());
}

TEST(ServerAddress, AnAddressThatDoesNotParseIsRefusedBeforeConnecting) {
    auto ws = Workspace::open(QStringLiteral("postgresql://ana:s3cret@db.example.org/cairn"), quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().what.code, Message::Code::ServerAddressPassword);
}
