// The workspace's errors and what it was doing when one happened: MessageWords' part for the
// messages the store returns (cairn/store/result.h), in the words and order the store wrote
// them in when they were English sentences, so the command line reads as it always has.
#include "cairn/text/message_words.h"
#include "detail/message_args.h"

namespace cairn::text {

namespace {

using detail::at;

using Code = Message::Code;

} // namespace

QString MessageWords::readBackSentence(const Message& m) const {
    const MessageArg& what = at(m, 0);
    switch (m.code) {
    case Code::ReadBackCredential:
        return tr("The credential %1").arg(text(what));
    case Code::ReadBackGoal:
        return tr("The goal %1").arg(text(what));
    case Code::ReadBackOffer:
        return tr("The offer %1").arg(text(what));
    case Code::ReadBackCatalog:
        return tr("The catalog %1").arg(count(what));
    case Code::ReadBackProfile:
        return tr("The profile of %1").arg(text(what));
    case Code::ReadBackPlan:
        return tr("The saved plan %1").arg(count(what));
    default:
        return {};
    }
}

QString MessageWords::damagedSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    QStringList parts{tr("%1 is not a Cairn database or damaged.").arg(text(a(0)))};
    if (!a(1).text.empty())
        parts << tr("The newest backup is %1; copy it over the damaged file to go back to it.").arg(text(a(1)));
    if (!a(2).names.empty())
        parts << tr("SQLite's check of the file found: %1.").arg(labels(a(2), QStringLiteral("; ")));
    if (!a(3).clauses.empty())
        parts << tr("(%1 could not be read back.)").arg(clauses(a(3)));
    return parts.join(QLatin1Char(' '));
}

QString MessageWords::workspaceSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    switch (m.code) {
    case Code::WorkspaceBusy:
        return tr("The workspace %1 is busy: another program is writing to it. Could not %2; close the other program "
                  "or try again in a moment.")
            .arg(text(a(0)), clauses(a(1)));
    case Code::WorkspaceBusyUpgrading:
        return tr("The workspace %1 is busy: another program keeps writing to it, so it could not be upgraded. Close "
                  "the other program and try again.")
            .arg(text(a(0)));
    case Code::DiskFull:
        return tr("The disk is full: could not %1 (%2). Free some space and try again.").arg(clauses(a(0)), text(a(1)));
    case Code::WorkspaceReadOnly:
        return tr("The workspace %1 cannot be written (the file or its folder is read-only). Could not %2.")
            .arg(text(a(0)), clauses(a(1)));
    case Code::WorkspaceCannotOpen:
        return tr("The workspace %1 cannot be opened: the folder is missing or not writable. Could not %2.")
            .arg(text(a(0)), clauses(a(1)));
    case Code::WorkspaceFailed:
        return tr("Could not %1 (%2): %3.").arg(clauses(a(0)), text(a(1)), text(a(2)));
    case Code::WorkspaceDamaged:
        return damagedSentence(m);
    case Code::WorkspaceNewer:
        return tr("The workspace %1 was written by a newer version of Cairn (database version %2; this version reads "
                  "up to %3). It was left untouched; update Cairn to open it.")
            .arg(text(a(0)), count(a(1)), count(a(2)));
    case Code::WorkspaceFileReadOnly:
        return tr("The workspace %1 cannot be written: the file is read-only.").arg(text(a(0)));
    case Code::WorkspaceFolderNotCreated:
        return tr("The workspace %1 cannot be written: its folder %2 cannot be created.").arg(text(a(0)), text(a(1)));
    case Code::WorkspaceFolderReadOnly:
        return tr("The workspace %1 cannot be written: its folder %2 is read-only.").arg(text(a(0)), text(a(1)));
    case Code::WorkspaceIsFolder:
        return tr("The workspace %1 is a folder, not a file. Give the path of a workspace file, for example %2.")
            .arg(text(a(0)), text(a(1)));
    case Code::WorkspaceMissing:
        return tr("There is no workspace file %1.").arg(text(a(0)));
    case Code::BackupFailed:
        return tr("Could not copy %1 to %2 before upgrading it; nothing was changed. Check the free space and the "
                  "folder's permissions.")
            .arg(text(a(0)), text(a(1)));
    case Code::FileUnreadable:
        // Why: the file reader's clause (FileCannotOpen…), or its words as an earlier Cairn stored them.
        return tr("Could not read %1: %2.")
            .arg(text(a(0)), a(1).kind == MessageArg::Kind::Clauses ? clauses(a(1)) : text(a(1)));
    default:
        return {};
    }
}

QString MessageWords::serverSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    switch (m.code) {
    case Code::ServerAddressInvalid:
        return tr("%1 is not a server address Cairn can use: '%2' is wrong there. Write it as "
                  "postgresql://user@host:port/database.")
            .arg(text(a(0)), text(a(1)));
    case Code::ServerAddressPassword:
        return tr("The server address %1 contains a password. Leave it out: Cairn takes the password from "
                  "PGPASSWORD or ~/.pgpass, so that it never shows on a command line or in a list of connections.")
            .arg(text(a(0)));
    case Code::ServerAddressParameter:
        return tr("The server address %1 has the parameter '%2', which Cairn does not know. It passes on libpq's "
                  "connection parameters, such as sslmode, sslrootcert, connect_timeout and application_name.")
            .arg(text(a(0)), text(a(1)));
    case Code::ServerDriverMissing:
        return tr("The workspace on the server %1 cannot be opened: Qt's PostgreSQL driver is not installed "
                  "(Debian package libqt6sql6-psql).")
            .arg(text(a(0)));
    case Code::ServerUnreachable:
        return tr("Cannot reach the server %1 (%2). Check the address, and that the server is running and accepts "
                  "connections from this computer.")
            .arg(text(a(0)), text(a(1)));
    case Code::ServerAuthFailed:
        if (a(1).text.empty())
            return tr("The server %1 did not accept the password. Set it in PGPASSWORD or in ~/.pgpass.")
                .arg(text(a(0)));
        return tr("The server %1 did not accept the password of the user %2. Check the user's name, and set the "
                  "password in PGPASSWORD or in ~/.pgpass.")
            .arg(text(a(0)), text(a(1)));
    case Code::ServerDatabaseMissing:
        return tr("The server %1 has no database %2. Ask its administrator to create it; Cairn sets it up the first "
                  "time it is opened.")
            .arg(text(a(0)), text(a(1)));
    case Code::ServerTlsRefused:
        return tr("The server %1 refused the secure (TLS) connection (%2). Check the sslmode in the address and the "
                  "server's certificate.")
            .arg(text(a(0)), text(a(1)));
    case Code::ServerVersionTooOld:
        return tr("The server %1 runs PostgreSQL %2; Cairn needs PostgreSQL %3 or newer.")
            .arg(text(a(0)), text(a(1)), text(a(2)));
    default:
        return teamSentence(m);
    }
}

QString MessageWords::teamSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    switch (m.code) {
    case Code::TeamNeedsServer:
        return tr("%1 is a workspace file, which is one person's: a team with roles and shared clients needs a "
                  "workspace on a PostgreSQL server (postgresql://user@host:port/database).")
            .arg(text(a(0)));
    case Code::TeamCannotCreateRoles:
        return tr("The user %2 may not create roles on the server %1, so the team workspace was not set up. Connect "
                  "as the server's administrator (a superuser or a role with CREATEROLE).")
            .arg(text(a(0)), text(a(1)));
    case Code::TeamNotSetUp:
        return tr("The workspace on %1 has no team yet; set it up first with 'team init'.").arg(text(a(0)));
    case Code::TeamMemberNameInvalid:
        return tr("'%1' cannot be a team member's name: use letters, digits, '_', '.' and '-' (at most 63), and do "
                  "not begin with pg_ or cairn_.")
            .arg(text(a(0)));
    case Code::TeamMemberExists:
        return tr("The server %2 already has a user named %1; choose another name.").arg(text(a(0)), text(a(1)));
    case Code::TeamPasswordEmpty:
        return tr("%1 was not added: a team member needs a password.").arg(text(a(0)));
    case Code::NoAdvisorNamed:
        return tr("There is no advisor or manager named %1 on the server %2.").arg(text(a(0)), text(a(1)));
    case Code::CatalogsNotYours:
        return tr("You may not change catalogs: your role is %1.").arg(clauses(a(0)));
    case Code::ClientNotYours:
        return tr("%1 is not one of your clients.").arg(text(a(0)));
    case Code::ReassignManagersOnly:
        return tr("Only a manager may reassign clients: your role is %1.").arg(clauses(a(0)));
    case Code::PermissionDenied:
        return tr("Could not %1 (%2): your role, %3, does not allow it.").arg(clauses(a(0)), text(a(1)), clauses(a(2)));
    case Code::RoleAdvisor:
        return tr("advisor");
    case Code::RoleManager:
        return tr("manager");
    case Code::RoleCatalogEditor:
        return tr("catalog editor");
    case Code::RoleNone:
        return tr("none of Cairn's roles");
    default:
        return transferSentence(m);
    }
}

QString MessageWords::transferSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    // Clauses after "client NAME: ", so no capital and no full stop. English has no plural forms
    // without a translation loaded, so one is written apart.
    const bool one = a(0).value == 1;
    switch (m.code) {
    case Code::TransferSameWorkspace:
        return tr("%1 is both the workspace to copy from and the one to copy to; nothing was copied.").arg(text(a(0)));
    case Code::TransferCatalogDiffers:
        if (a(0).text == a(1).text)
            return tr("its content differs from the target's (%1 credentials there, %2 here)")
                .arg(count(a(2)), count(a(3)));
        return tr("the target has revision %1 with %3 credentials, this workspace revision %2 with %4")
            .arg(text(a(0)), text(a(1)), count(a(2)), count(a(3)));
    case Code::TransferNameShared:
        return tr("clients are matched by name, and this one is the name of %1 here and %2 on the target; give "
                  "them names of their own first")
            .arg(count(a(0)), count(a(1)));
    case Code::TransferPlanCountDiffers:
        if (one)
            return tr("the target has 1 saved plan, this workspace %1").arg(count(a(1)));
        return tr("the target has %1 saved plans, this workspace %2").arg(count(a(0)), count(a(1)));
    case Code::TransferNoteCountDiffers:
        if (one)
            return tr("the target has 1 note, this workspace %1").arg(count(a(1)));
        return tr("the target has %1 notes, this workspace %2").arg(count(a(0)), count(a(1)));
    case Code::TransferGoalCountDiffers:
        if (one)
            return tr("the target has 1 own goal, this workspace %1").arg(count(a(1)));
        return tr("the target has %1 own goals, this workspace %2").arg(count(a(0)), count(a(1)));
    case Code::TransferPlanDiffers:
        return tr("saved plan version %1 differs").arg(count(a(0)));
    case Code::TransferGoalDiffers:
        return tr("their own goal %1 differs").arg(text(a(0)));
    case Code::TransferNoteDiffers:
        return tr("their note of %1 differs").arg(text(a(0)));
    case Code::TransferClientDiffers: {
        QStringList parts;
        for (const Message& part : a(0).clauses)
            parts << sentence(part);
        return tr("their details differ: %1").arg(parts.join(QStringLiteral(", ")));
    }
    case Code::TransferPartContact:
        return tr("contact");
    case Code::TransferPartNotes:
        return tr("notes");
    case Code::TransferPartCatalog:
        return tr("catalog");
    case Code::TransferPartProfile:
        return tr("profile");
    case Code::TransferAddedMeanwhile:
        return tr("someone added a client of this name on the target while the copy ran");
    default:
        return {};
    }
}

QString MessageWords::contentSentence(const Message& m) const {
    const auto a = [&](std::size_t i) -> const MessageArg& { return at(m, i); };
    switch (m.code) {
    case Code::NoCatalog:
        return tr("There is no catalog %1 in the workspace.").arg(count(a(0)));
    case Code::NoCatalogToPlanAgainst:
        return tr("There is no catalog %1 in the workspace to plan against.").arg(count(a(0)));
    case Code::NoCatalogNamed:
        if (a(1).names.empty())
            return tr("There is no catalog named '%1' in the workspace.").arg(text(a(0)));
        return tr("There is no catalog named '%1' in the workspace (there are: %2).")
            .arg(text(a(0)), labels(a(1), QStringLiteral(", ")));
    case Code::CatalogHasErrors:
        return tr("The catalog '%1' was not added because it has errors.").arg(text(a(0)));
    case Code::CatalogNameTaken:
        return tr("A catalog named '%1' is already in the workspace; choose another name.").arg(text(a(0)));
    case Code::CatalogNeedsName:
        return tr("A catalog needs a name.");
    case Code::NothingImported:
        return a(1).value == 1 ? tr("Nothing was imported from %1: it has one problem.").arg(text(a(0)))
                               : tr("Nothing was imported from %1: it has %2 problems.").arg(text(a(0)), count(a(1)));
    case Code::NothingImportedCatalogErrors:
        return a(1).value == 1
                   ? tr("Nothing was imported from %1: the catalog would have one error.").arg(text(a(0)))
                   : tr("Nothing was imported from %1: the catalog would have %2 errors.").arg(text(a(0)), count(a(1)));
    case Code::ChangeNotSaved:
        return a(0).value == 1 ? tr("The change was not saved: the catalog would have one error.")
                               : tr("The change was not saved: the catalog would have %1 errors.").arg(count(a(0)));
    case Code::CredentialIdInvalid:
        return tr("The credential was not saved: '%1' is not an id; an id is made of letters, digits, '.', '_' and "
                  "'-'.")
            .arg(text(a(0)));
    case Code::CredentialNestsTooDeep:
        return tr("The credential %1 was not saved: its requirement nests groups %2 deep; at most %3 levels are "
                  "allowed.")
            .arg(text(a(0)), count(a(1)), count(a(2)));
    case Code::NoCredentialInCatalog:
        return tr("The catalog has no credential '%1'.").arg(text(a(0)));
    case Code::NoSkillInCatalog:
        return tr("The catalog has no skill '%1'.").arg(text(a(0)));
    case Code::SkillNotSaved:
        return tr("The skill was not saved: the catalog would have errors.");
    case Code::SkillNotDeleted:
        return tr("The skill '%1' was not deleted: the catalog would have errors.").arg(text(a(0)));
    case Code::NoClient:
        return tr("There is no client %1 in the workspace.").arg(count(a(0)));
    case Code::NoClientNamed:
        return tr("There is no client named '%1' in the workspace.").arg(text(a(0)));
    case Code::ClientsShareName:
        return tr("Several clients are named '%1' (ids %2); use the id instead.")
            .arg(text(a(0)), labels(a(1), QStringLiteral(", ")));
    case Code::ClientNeedsName:
        return tr("A client needs a name.");
    case Code::NoSavedPlan:
        return tr("There is no saved plan %1 in the workspace.").arg(count(a(0)));
    case Code::PlanOfAnotherClient:
        return tr("The saved plan %1 belongs to another client, not to %2.").arg(count(a(0)), text(a(1)));
    case Code::NoteNeedsText:
        return tr("A note needs some text.");
    case Code::NoNote:
        return tr("There is no note %1 in the workspace.").arg(count(a(0)));
    case Code::NoClientGoal:
        return tr("%1 has no goal '%2' of their own.").arg(text(a(1)), text(a(0)));
    case Code::ClientGoalInvalid:
        return a(1).value == 1 ? tr("The goal was not saved for %1: it has one error.").arg(text(a(0)))
                               : tr("The goal was not saved for %1: it has %2 errors.").arg(text(a(0)), count(a(1)));
    case Code::ClientChangedMeanwhile:
        return tr("%1 was changed by someone else since you opened this client; nothing was saved.").arg(text(a(0)));
    case Code::ClientDeletedMeanwhile:
        return tr("%1 was deleted by someone else since you opened this client; nothing was saved.").arg(text(a(0)));
    case Code::PlanChangedMeanwhile:
        return tr("Version %1 of %2's saved plan was changed by someone else since you opened it; nothing was saved.")
            .arg(count(a(0)), text(a(1)));
    case Code::PlanDeletedMeanwhile:
        return tr("The saved plan %1 was deleted by someone else since you opened it; nothing was saved.")
            .arg(count(a(0)));
    case Code::CatalogChangedMeanwhile:
        return tr("Someone else renamed the catalog to '%1' since you opened it; nothing was saved.").arg(text(a(0)));
    case Code::CatalogDeletedMeanwhile:
        return tr("The catalog %1 was deleted by someone else since you opened it; nothing was saved.")
            .arg(count(a(0)));
    case Code::CredentialChangedMeanwhile:
        return tr("The credential %1 was changed by someone else since you opened it; nothing was saved.")
            .arg(text(a(0)));
    case Code::CredentialDeletedMeanwhile:
        return tr("The credential %1 was deleted by someone else since you opened it; nothing was saved.")
            .arg(text(a(0)));
    case Code::SkillChangedMeanwhile:
        return tr("The skill %1 was changed by someone else since you opened it; nothing was saved.").arg(text(a(0)));
    case Code::ClientGoalChangedMeanwhile:
        return tr("%1's goal %2 was changed by someone else since you opened it; nothing was saved.")
            .arg(text(a(1)), text(a(0)));
    case Code::ClientGoalDeletedMeanwhile:
        return tr("%1's goal %2 was deleted by someone else since you opened it; nothing was saved.")
            .arg(text(a(1)), text(a(0)));
    case Code::SkillDeletedMeanwhile:
        return tr("The skill %1 was deleted by someone else since you opened it; nothing was saved.").arg(text(a(0)));
    default:
        return {};
    }
}

QString MessageWords::doingSentence(const Message& m) const {
    const QString arg = text(at(m, 0));
    switch (m.code) {
    case Code::DoingOpenWorkspace:
        return tr("open the workspace");
    case Code::DoingCheckWorkspace:
        return tr("check the workspace");
    case Code::DoingReadVersion:
        return tr("read the workspace's version");
    case Code::DoingPrepareUpgrade:
        return tr("prepare the upgrade");
    case Code::DoingUpgrade:
        return tr("upgrade it to version %1").arg(count(at(m, 0)));
    case Code::DoingStartChange:
        return tr("start a change");
    case Code::DoingSaveChange:
        return tr("save the change");
    case Code::DoingListCatalogs:
        return tr("list the catalogs");
    case Code::DoingFindCatalog:
        return tr("find the catalog");
    case Code::DoingReadCatalog:
        return tr("read the catalog");
    case Code::DoingAddCatalog:
        return tr("add the catalog");
    case Code::DoingChangeCatalog:
        return tr("change the catalog");
    case Code::DoingRenameCatalog:
        return tr("rename the catalog");
    case Code::DoingDeleteCatalog:
        return tr("delete the catalog");
    case Code::DoingPrepareCatalogTables:
        return tr("prepare the catalog tables");
    case Code::DoingReadSkills:
        return tr("read the skills");
    case Code::DoingReadCredentials:
        return tr("read the credentials");
    case Code::DoingReadPrograms:
        return tr("read the programs");
    case Code::DoingReadGoals:
        return tr("read the goals");
    case Code::DoingReadOffers:
        return tr("read the offers");
    case Code::DoingSaveSkill:
        return arg.isEmpty() ? tr("save the skill") : tr("save the skill %1").arg(arg);
    case Code::DoingDeleteSkill:
        return tr("delete the skill");
    case Code::DoingSaveCredential:
        return tr("save the credential %1").arg(arg);
    case Code::DoingReplaceCredential:
        return tr("replace the credential %1").arg(arg);
    case Code::DoingDeleteCredential:
        return tr("delete the credential %1").arg(arg);
    case Code::DoingSaveKeeping:
        return tr("save the renewal and ranges of credential %1").arg(arg);
    case Code::DoingSaveProgram:
        return tr("save the program %1").arg(arg);
    case Code::DoingSaveGoal:
        return tr("save the goal %1").arg(arg);
    case Code::DoingSaveOffer:
        return tr("save the offer %1").arg(arg);
    case Code::DoingListClients:
        return tr("list the clients");
    case Code::DoingFindClient:
        return tr("find the client");
    case Code::DoingReadClient:
        return tr("read the client");
    case Code::DoingAddClient:
        return tr("add the client %1").arg(arg);
    case Code::DoingSaveClient:
        return tr("save the client %1").arg(arg);
    case Code::DoingDeleteClient:
        return tr("delete the client");
    case Code::DoingListPlans:
        return tr("list the saved plans");
    case Code::DoingSavePlan:
        return tr("save the plan");
    case Code::DoingReadPlan:
        return tr("read the saved plan");
    case Code::DoingDeletePlan:
        return tr("delete the plan");
    case Code::DoingAddNote:
        return tr("add a note for %1").arg(arg);
    case Code::DoingReadNotes:
        return tr("read the notes");
    case Code::DoingSaveNote:
        return tr("save the note");
    case Code::DoingDeleteNote:
        return tr("delete the note");
    case Code::DoingSetUpTeam:
        return tr("set up the team workspace");
    case Code::DoingAddTeamMember:
        return tr("add %1 to the team").arg(arg);
    case Code::DoingListTeam:
        return tr("list the team");
    case Code::DoingShareClient:
        return tr("share the client %1").arg(arg);
    case Code::DoingReassignClient:
        return tr("reassign the client %1").arg(arg);
    case Code::DoingTransfer:
        return tr("copy the workspace");
    default:
        return {};
    }
}

} // namespace cairn::text
