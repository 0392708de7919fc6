// A team member's password as the server stores it for SCRAM-SHA-256 logins (scram.h).
#include "scram.h"

#include <gtest/gtest.h>

using cairn::store::detail::scramVerifier;

TEST(Scram, TheVerifierOfRfc7677sExampleIsWhatPostgreSqlStores) {
    // RFC 7677's user "user", password "pencil" and salt; the keys as PostgreSQL's own
    // pg_authid.rolpassword holds them for that password and salt.
    EXPECT_EQ(scramVerifier(QStringLiteral("pencil"), QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==")),
              QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                             "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
}

TEST(Scram, EachVerifierHasASaltOfItsOwn) {
    EXPECT_NE(scramVerifier(QStringLiteral("pencil")), scramVerifier(QStringLiteral("pencil")));
}

TEST(Scram, APasswordTheServerMustNormaliseIsLeftToTheServer) {
    EXPECT_TRUE(scramVerifier(QStringLiteral("Gänseblümchen"), QByteArray(16, 'x')).isEmpty());
    EXPECT_TRUE(scramVerifier(QStringLiteral("tab\there"), QByteArray(16, 'x')).isEmpty());
    EXPECT_TRUE(scramVerifier(QString(), QByteArray(16, 'x')).isEmpty());
}
