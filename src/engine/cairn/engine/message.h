#pragma once

#include "cairn/engine/date.h"
#include "cairn/engine/limits.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn {

// Every message the engine has for a person, as data: what is said (a code) and the facts it
// names (ids, titles, fields, numbers, dates, ranges, money). The engine has no words of its
// own; cairn_text (text::MessageWords) writes the sentence in the reader's language, so the
// same problem reads in English on the command line and in German in the window and the PDF.
// A new message is a new code here, its arguments in the order the code's comment gives, and
// its sentence in text/message_words.cpp (docs/architecture.md, "Errors are values").

// X(Code, "stable-name"): the stable name is what a saved plan stores. The workspace's errors
// (WorkspaceBusy to ClientGoalInvalid) are messages too; a `Doing…` code is the clause that says
// what the workspace was doing when the database refused ("open the workspace"), an argument of
// those.
#define CAIRN_MESSAGE_CODES(X)                                                                                         \
    X(Recorded, "recorded")                                     /* text: a sentence stored by an earlier Cairn */      \
    X(DuplicateSkillId, "duplicate-skill-id")                   /* id, count */                                        \
    X(DuplicateCredentialId, "duplicate-credential-id")         /* id, count */                                        \
    X(DuplicateProgramId, "duplicate-program-id")               /* id, count */                                        \
    X(DuplicateGoalId, "duplicate-goal-id")                     /* id, count */                                        \
    X(DuplicateOfferId, "duplicate-offer-id")                   /* id, count */                                        \
    X(CohortWithoutStarts, "cohort-without-starts")             /* subject */                                          \
    X(CohortStartsUnordered, "cohort-starts-unordered")         /* subject */                                          \
    X(GrantsUnknownSkill, "grants-unknown-skill")               /* subject, skill */                                   \
    X(GrantsBadLevel, "grants-bad-level")                       /* subject, skill, level */                            \
    X(RequiresItself, "requires-itself")                        /* subject, item */                                    \
    X(RequiresUnknownCredential, "requires-unknown-credential") /* subject, item, id */                                \
    X(RequiresUnknownSkill, "requires-unknown-skill")           /* subject, item, id */                                \
    X(RequiresBadLevel, "requires-bad-level")                   /* subject, item */                                    \
    X(EmptyGroup, "empty-group")                                /* subject, group ("all", "any", "min") */             \
    X(BadGroupMin, "bad-group-min")                             /* subject, k, distinct members */                     \
    X(ProgramCategoryTwice, "program-category-twice")           /* program (title or id), category */                  \
    X(GoalWithoutProgram, "goal-without-program")               /* subject */                                          \
    X(GoalUnknownProgram, "goal-unknown-program")               /* subject, program */                                 \
    X(GoalUnknownCategory, "goal-unknown-category")             /* subject, category, program, categories */           \
    X(CreditsUnknownProgram, "credits-unknown-program")         /* subject, program */                                 \
    X(CreditsUnknownCategory, "credits-unknown-category")       /* subject, category, program, categories */           \
    X(UnusedSkill, "unused-skill")                              /* subject */                                          \
    X(NumberOutOfRange, "number-out-of-range")                  /* subject, field, value, range */                     \
    X(DateOutOfRange, "date-out-of-range")                      /* subject, field, date, first date, last date */      \
    X(CohortWeeksOutOfRange, "cohort-weeks-out-of-range")       /* subject, weeks, least, most */                      \
    X(AsOfNotADate, "as-of-not-a-date")                         /* subject, text */                                    \
    X(CreditsOutOfRange, "credits-out-of-range")                /* subject, credits, program, range */                 \
    X(MinCreditsOutOfRange, "min-credits-out-of-range")         /* subject, credits, range */                          \
    X(CategoryBoundOutOfRange, "category-bound-out-of-range")   /* subject, category, field, value, range */           \
    X(CategoryMinAboveMax, "category-min-above-max")            /* subject, category, min, max */                      \
    X(BudgetOutOfRange, "budget-out-of-range")                  /* value, range */                                     \
    X(HoursPerWeekOutOfRange, "hours-per-week-out-of-range")    /* value, range */                                     \
    X(HourlyValueOutOfRange, "hourly-value-out-of-range")       /* value, range */                                     \
    X(StartOutOfRange, "start-out-of-range")                    /* date, first date, last date */                      \
    X(DeadlineOutOfRange, "deadline-out-of-range")              /* date, first date, last date */                      \
    X(OfferWithoutPeriod, "offer-without-period")               /* subject */                                          \
    X(PeriodOnNonSubscription, "period-on-non-subscription")    /* subject, kind */                                    \
    X(CredentialWithoutPrice, "credential-without-price")       /* subject */                                          \
    X(OfferCoversNothing, "offer-covers-nothing")               /* subject */                                          \
    X(OfferBadCoverItem, "offer-bad-cover-item")                /* subject, item */                                    \
    X(OfferCoversUnknownCredential, "offer-covers-unknown-credential") /* subject, item, id */                         \
    X(OfferCoversUnknownTag, "offer-covers-unknown-tag")               /* subject, item, tag */                        \
    X(Cycle, "cycle")                                                  /* names on the path, names caught in it */     \
    X(PrerequisiteNeedsOwnSkills, "prerequisite-needs-own-skills")     /* subject, clauses */                          \
    X(PrerequisiteNeverMet, "prerequisite-never-met")                  /* subject, clauses */                          \
    X(GoalNeedsOwnSkills, "goal-needs-own-skills")                     /* subject, clauses */                          \
    X(GoalNeverReached, "goal-never-reached")                          /* subject, clauses */                          \
    X(GoalCreditsUnreachable, "goal-credits-unreachable")              /* subject, credits, program, countable */      \
    X(GoalCategoryUnreachable, "goal-category-unreachable")            /* subject, credits, category, available */     \
    X(NeedsNothing, "needs-nothing")                                   /* (a clause) */                                \
    X(NeedsAll, "needs-all")                                           /* requirement */                               \
    X(NeedsAny, "needs-any")                                           /* requirement */                               \
    X(NeedsAtLeast, "needs-at-least")                                  /* requirement, met */                          \
    X(NeedsItself, "needs-itself")                                     /* item */                                      \
    X(NeedsUndefined, "needs-undefined")                               /* item */                                      \
    X(NeedsExcluded, "needs-excluded")                                 /* item, name */                                \
    X(NeedsUntakeable, "needs-untakeable")                             /* item, name */                                \
    X(NeedsLevelAboveMax, "needs-level-above-max")                     /* item, highest level */                       \
    X(NeedsUngranted, "needs-ungranted")                               /* item, level */                               \
    X(NeedsUngrantedByOthers, "needs-ungranted-by-others")             /* item, level */                               \
    X(NeedsGrantorsUntakeable, "needs-grantors-untakeable")            /* item, level, names, how many more */         \
    X(ProfileUnknownGoal, "profile-unknown-goal")                      /* id */                                        \
    X(ProfileUnknownSkill, "profile-unknown-skill")                    /* id */                                        \
    X(ProfileBadLevel, "profile-bad-level")                            /* id, level */                                 \
    X(ProfileUnknownCompleted, "profile-unknown-completed")            /* id */                                        \
    X(ProfileUnknownPinned, "profile-unknown-pinned")                  /* id */                                        \
    X(ProfileUnknownExcluded, "profile-unknown-excluded")              /* id */                                        \
    X(ProfileDeadlineBeforeStart, "profile-deadline-before-start")     /* deadline, start */                           \
    X(PinnedAndExcluded, "pinned-and-excluded")                        /* subject */                                   \
    X(PinnedCompleted, "pinned-completed")                             /* subject */                                   \
    X(CompletedLapsed, "completed-lapsed")                             /* subject, expiry date, start */               \
    X(PinnedUnreachable, "pinned-unreachable")                        /* subject, clauses (none: a catalog problem) */ \
    X(NoPlanMeetsConstraints, "no-plan-meets-constraints")            /* */                                            \
    X(NoCreditsCombination, "no-credits-combination")                 /* goal title */                                 \
    X(NoCombination, "no-combination")                                /* goal title */                                 \
    X(BudgetTooSmall, "budget-too-small")                             /* budget, cheapest */                           \
    X(BudgetTooSmallCheapestFound, "budget-too-small-cheapest-found") /* budget, cheapest found */                     \
    X(BudgetTooSmallWithin, "budget-too-small-within")                /* budget, bound, cheapest found */              \
    X(BudgetUnmet, "budget-unmet")                                    /* budget */                                     \
    X(BudgetUnmetBelowBound, "budget-unmet-below-bound")              /* budget, bound */                              \
    X(DeadlineUnmet, "deadline-unmet")                                /* deadline */                                   \
    X(BudgetAndDeadlineUnsettled, "budget-and-deadline-unsettled")    /* budget, deadline */                           \
    X(DeadlineMissed, "deadline-missed")                              /* deadline, earliest finish */                  \
    X(DeadlineMissedBeyondDates, "deadline-missed-beyond-dates")      /* deadline, last date */                        \
    X(BudgetAlsoTooSmall, "budget-also-too-small")                    /* cheapest */                                   \
    X(BudgetAndDeadline, "budget-and-deadline")                       /* budget, deadline */                           \
    X(DeadlineBeforeStart, "deadline-before-start")                   /* deadline, start */                            \
    X(NoHoursPerWeek, "no-hours-per-week")                            /* */                                            \
    X(StoppedCancelled, "stopped-cancelled")                          /* */                                            \
    X(StoppedTimeLimit, "stopped-time-limit")                         /* */                                            \
    X(StoppedEarly, "stopped-early")                                  /* */                                            \
    X(SharedOffersUnproven, "shared-offers-unproven")                 /* */                                            \
    X(SharedOffersAtLeast, "shared-offers-at-least")                  /* least money */                                \
    X(NoPlanFoundThatWay, "no-plan-found-that-way")                   /* */                                            \
    X(CohortDatesGreedy, "cohort-dates-greedy")                       /* */                                            \
    X(CohortDatesGreedySetOptimal, "cohort-dates-greedy-set-optimal") /* */                                            \
    X(CohortDatesGreedySetsAside, "cohort-dates-greedy-sets-aside")   /* */                                            \
    X(ScheduleOverBudget, "schedule-over-budget")                     /* schedule cost */                              \
    X(SubscriptionsCostMore, "subscriptions-cost-more")               /* scheduled, modelled */                        \
    X(SharedPlanSchedulesDearer, "shared-plan-schedules-dearer")      /* modelled, scheduled */                        \
    X(PastLastDate, "past-last-date")                                 /* last date */                                  \
    X(NoCohortStart, "no-cohort-start")                               /* credential title */                           \
    X(NoCohortStartAfterPrerequisites, "no-cohort-start-after-prerequisites") /* credential title */                   \
    X(UnknownGoal, "unknown-goal")                                            /* goal id */                            \
    X(PinnedNotInCatalog, "pinned-not-in-catalog")                            /* id */                                 \
    X(PinnedExcludedTitle, "pinned-excluded-title")                           /* credential title */                   \
    X(PinnedNeverTaken, "pinned-never-taken")               /* credential title, items (any of them) */                \
    X(PinnedNeedsExcluded, "pinned-needs-excluded")         /* credential title, excluded credentials' items */        \
    X(GoalOutOfReach, "goal-out-of-reach")                  /* goal title, items, all of them (count 1) or any */      \
    X(SumsTooLarge, "sums-too-large")                       /* */                                                      \
    X(RangeWithoutCost, "range-without-cost")               /* subject */                                              \
    X(RangeLowAboveHigh, "range-low-above-high")            /* subject, field, low, high */                            \
    X(RangeMissesTypical, "range-misses-typical")           /* subject, field, low, high, figure, typical */           \
    X(MonthsOutOfRange, "months-out-of-range")              /* subject, field, months, least, most */                  \
    X(RenewalWithoutValidity, "renewal-without-validity")   /* subject */                                              \
    X(RenewalAsOfNotADate, "renewal-as-of-not-a-date")      /* subject, text */                                        \
    X(RenewedByItself, "renewed-by-itself")                 /* subject */                                              \
    X(RenewedByUnknown, "renewed-by-unknown")               /* subject, id */                                          \
    X(HoldYearsOutOfRange, "hold-years-out-of-range")       /* years, least, most */                                   \
    X(HoldCostOutOfRange, "hold-cost-out-of-range")         /* credential id, most money */                            \
    X(HoldStoppedEarly, "hold-stopped-early")               /* */                                                      \
    X(HoldCheapestOverBudget, "hold-cheapest-over-budget")  /* */                                                      \
    X(HoldFeesShared, "hold-fees-shared")                   /* */                                                      \
    X(TooManyFundingSources, "too-many-funding-sources")    /* count, most */                                          \
    X(FundingNameLength, "funding-name-length")             /* characters, most */                                     \
    X(DuplicateFundingSource, "duplicate-funding-source")   /* source name */                                          \
    X(FundingShareOutOfRange, "funding-share-out-of-range") /* source name, share, range */                            \
    X(FundingCapOutOfRange, "funding-cap-out-of-range")     /* source name, cap, range */                              \
    X(FundingBadCoverItem, "funding-bad-cover-item")        /* source name, item */                                    \
    X(FundingCoversUnknownCredential, "funding-covers-unknown-credential") /* source name, id */                       \
    X(FundingCoversNothing, "funding-covers-nothing") /* source name, item, prefix ("provider" or "tag") */            \
    X(OutOfPocketBudgetNeedsObjective, "out-of-pocket-budget-needs-objective") /* */                                   \
    X(OutOfPocketBudgetUnmet, "out-of-pocket-budget-unmet")                    /* budget */                            \
    X(OutOfPocketNotProven, "out-of-pocket-not-proven")                        /* clauses: why */                      \
    X(OutOfPocketLeastNotProven, "out-of-pocket-least-not-proven")             /* clauses: why */                      \
    X(WhyMorePlansUntried, "why-more-plans-untried")                           /* (a clause) */                        \
    X(WhySearchStoppedEarly, "why-search-stopped-early")                       /* (a clause) */                        \
    X(WhySpareCredentials, "why-spare-credentials")                            /* (a clause) */                        \
    X(WhyCohortDatesGreedy, "why-cohort-dates-greedy")                         /* (a clause) */                        \
    X(WhyMoreOrdersUntried, "why-more-orders-untried")                         /* (a clause) */                        \
    X(WorkspaceBusy, "workspace-busy")                                         /* path, action (a clause) */           \
    X(WorkspaceBusyUpgrading, "workspace-busy-upgrading")                      /* path */                              \
    X(DiskFull, "disk-full")                                                   /* action (a clause), path */           \
    X(WorkspaceReadOnly, "workspace-read-only")                                /* path, action (a clause) */           \
    X(WorkspaceCannotOpen, "workspace-cannot-open")                            /* path, action (a clause) */           \
    X(WorkspaceFailed, "workspace-failed")   /* action (a clause), path, the database's own words */                   \
    X(WorkspaceDamaged, "workspace-damaged") /* path, backup, findings, what is unreadable: may be empty */            \
    X(WorkspaceNewer, "workspace-newer")     /* path, its version, the newest this Cairn reads */                      \
    X(WorkspaceFileReadOnly, "workspace-file-read-only")         /* path */                                            \
    X(WorkspaceFolderNotCreated, "workspace-folder-not-created") /* path, folder */                                    \
    X(WorkspaceFolderReadOnly, "workspace-folder-read-only")     /* path, folder */                                    \
    X(WorkspaceIsFolder, "workspace-is-folder")                  /* path, an example file path */                      \
    X(WorkspaceMissing, "workspace-missing")                     /* path */                                            \
    X(BackupFailed, "backup-failed")                             /* path, backup path */                               \
    X(FileUnreadable, "file-unreadable")                         /* path, why (the file reader's words) */             \
    X(ServerAddressInvalid, "server-address-invalid")            /* address, the part that is wrong */                 \
    X(ServerAddressPassword, "server-address-password")          /* address (its password blanked) */                  \
    X(ServerAddressParameter, "server-address-parameter")        /* address, the parameter's name */                   \
    X(ServerDriverMissing, "server-driver-missing")              /* address */                                         \
    X(ServerUnreachable, "server-unreachable")                   /* address, the server's or libpq's words */          \
    X(ServerAuthFailed, "server-auth-failed")                    /* address, user (may be empty) */                    \
    X(ServerDatabaseMissing, "server-database-missing")          /* address, database */                               \
    X(ServerTlsRefused, "server-tls-refused")                    /* address, the server's or libpq's words */          \
    X(ServerVersionTooOld, "server-version-too-old")             /* address, its version, the oldest Cairn uses */     \
    X(TeamNeedsServer, "team-needs-server")                      /* path */                                            \
    X(TeamCannotCreateRoles, "team-cannot-create-roles")         /* address, user */                                   \
    X(TeamNotSetUp, "team-not-set-up")                           /* address */                                         \
    X(TeamMemberNameInvalid, "team-member-name-invalid")         /* name */                                            \
    X(TeamMemberExists, "team-member-exists")                    /* name, address */                                   \
    X(TeamPasswordEmpty, "team-password-empty")                  /* name */                                            \
    X(NoAdvisorNamed, "no-advisor-named")                        /* name, address */                                   \
    X(CatalogsNotYours, "catalogs-not-yours")                    /* role (a clause) */                                 \
    X(ClientNotYours, "client-not-yours")                        /* client name */                                     \
    X(ReassignManagersOnly, "reassign-managers-only")            /* role (a clause) */                                 \
    X(PermissionDenied, "permission-denied")                     /* action (a clause), address, role (a clause) */     \
    X(RoleAdvisor, "role-advisor")                               /* (a clause) */                                      \
    X(RoleManager, "role-manager")                               /* (a clause) */                                      \
    X(RoleCatalogEditor, "role-catalog-editor")                  /* (a clause) */                                      \
    X(RoleNone, "role-none")                                     /* (a clause) */                                      \
    X(NoCatalog, "no-catalog")                                   /* catalog id */                                      \
    X(NoCatalogToPlanAgainst, "no-catalog-to-plan-against")      /* catalog id */                                      \
    X(NoCatalogNamed, "no-catalog-named")                        /* name, names there are (may be empty) */            \
    X(CatalogHasErrors, "catalog-has-errors")                    /* name */                                            \
    X(CatalogNameTaken, "catalog-name-taken")                    /* name */                                            \
    X(CatalogNeedsName, "catalog-needs-name")                    /* */                                                 \
    X(NothingImported, "nothing-imported")                       /* file, problems */                                  \
    X(NothingImportedCatalogErrors, "nothing-imported-catalog-errors") /* file, errors */                              \
    X(ChangeNotSaved, "change-not-saved")                              /* errors */                                    \
    X(CredentialIdInvalid, "credential-id-invalid")                    /* id */                                        \
    X(CredentialNestsTooDeep, "credential-nests-too-deep")             /* id, depth, most */                           \
    X(NoCredentialInCatalog, "no-credential-in-catalog")               /* id */                                        \
    X(NoSkillInCatalog, "no-skill-in-catalog")                         /* id */                                        \
    X(SkillNotSaved, "skill-not-saved")                                /* */                                           \
    X(SkillNotDeleted, "skill-not-deleted")                            /* id */                                        \
    X(NoClient, "no-client")                                           /* client id */                                 \
    X(NoClientNamed, "no-client-named")                                /* name */                                      \
    X(ClientsShareName, "clients-share-name")                          /* name, ids */                                 \
    X(ClientNeedsName, "client-needs-name")                            /* */                                           \
    X(NoSavedPlan, "no-saved-plan")                                    /* plan id */                                   \
    X(PlanOfAnotherClient, "plan-of-another-client")                   /* plan id, client name */                      \
    X(NoteNeedsText, "note-needs-text")                                /* */                                           \
    X(NoNote, "no-note")                                               /* note id */                                   \
    X(NoClientGoal, "no-client-goal")                                  /* goal id, client name */                      \
    X(ClientGoalInvalid, "client-goal-invalid")                        /* client name, errors */                       \
    X(ClientChangedMeanwhile, "client-changed-meanwhile")              /* client name */                               \
    X(ClientDeletedMeanwhile, "client-deleted-meanwhile")              /* client name */                               \
    X(PlanChangedMeanwhile, "plan-changed-meanwhile")                  /* plan version, client name */                 \
    X(PlanDeletedMeanwhile, "plan-deleted-meanwhile")                  /* plan id */                                   \
    X(CatalogChangedMeanwhile, "catalog-changed-meanwhile")            /* the catalog's name now */                    \
    X(CatalogDeletedMeanwhile, "catalog-deleted-meanwhile")            /* catalog id */                                \
    X(CredentialChangedMeanwhile, "credential-changed-meanwhile")      /* credential id */                             \
    X(CredentialDeletedMeanwhile, "credential-deleted-meanwhile")      /* credential id */                             \
    X(SkillChangedMeanwhile, "skill-changed-meanwhile")                /* skill id */                                  \
    X(SkillDeletedMeanwhile, "skill-deleted-meanwhile")                /* skill id */                                  \
    X(ClientGoalChangedMeanwhile, "client-goal-changed-meanwhile")     /* goal id, client name */                      \
    X(ClientGoalDeletedMeanwhile, "client-goal-deleted-meanwhile")     /* goal id, client name */                      \
    X(ReadBackCredential, "read-back-credential")                      /* (a clause) id */                             \
    X(ReadBackGoal, "read-back-goal")                                  /* (a clause) id */                             \
    X(ReadBackOffer, "read-back-offer")                                /* (a clause) id */                             \
    X(ReadBackCatalog, "read-back-catalog")                            /* (a clause) catalog id */                     \
    X(ReadBackProfile, "read-back-profile")                            /* (a clause) client name */                    \
    X(ReadBackPlan, "read-back-plan")                                  /* (a clause) saved plan id */                  \
    X(DoingOpenWorkspace, "doing-open-workspace")                      /* (a clause) */                                \
    X(DoingCheckWorkspace, "doing-check-workspace")                    /* (a clause) */                                \
    X(DoingReadVersion, "doing-read-version")                          /* (a clause) */                                \
    X(DoingPrepareUpgrade, "doing-prepare-upgrade")                    /* (a clause) */                                \
    X(DoingUpgrade, "doing-upgrade")                                   /* (a clause) version */                        \
    X(DoingStartChange, "doing-start-change")                          /* (a clause) */                                \
    X(DoingSaveChange, "doing-save-change")                            /* (a clause) */                                \
    X(DoingListCatalogs, "doing-list-catalogs")                        /* (a clause) */                                \
    X(DoingFindCatalog, "doing-find-catalog")                          /* (a clause) */                                \
    X(DoingReadCatalog, "doing-read-catalog")                          /* (a clause) */                                \
    X(DoingAddCatalog, "doing-add-catalog")                            /* (a clause) */                                \
    X(DoingChangeCatalog, "doing-change-catalog")                      /* (a clause) */                                \
    X(DoingRenameCatalog, "doing-rename-catalog")                      /* (a clause) */                                \
    X(DoingDeleteCatalog, "doing-delete-catalog")                      /* (a clause) */                                \
    X(DoingPrepareCatalogTables, "doing-prepare-catalog-tables")       /* (a clause) */                                \
    X(DoingReadSkills, "doing-read-skills")                            /* (a clause) */                                \
    X(DoingReadCredentials, "doing-read-credentials")                  /* (a clause) */                                \
    X(DoingReadPrograms, "doing-read-programs")                        /* (a clause) */                                \
    X(DoingReadGoals, "doing-read-goals")                              /* (a clause) */                                \
    X(DoingReadOffers, "doing-read-offers")                            /* (a clause) */                                \
    X(DoingSaveSkill, "doing-save-skill")                              /* (a clause) id (may be empty) */              \
    X(DoingDeleteSkill, "doing-delete-skill")                          /* (a clause) */                                \
    X(DoingSaveCredential, "doing-save-credential")                    /* (a clause) id */                             \
    X(DoingReplaceCredential, "doing-replace-credential")              /* (a clause) id */                             \
    X(DoingDeleteCredential, "doing-delete-credential")                /* (a clause) id */                             \
    X(DoingSaveKeeping, "doing-save-keeping")                          /* (a clause) credential id */                  \
    X(DoingSaveProgram, "doing-save-program")                          /* (a clause) id */                             \
    X(DoingSaveGoal, "doing-save-goal")                                /* (a clause) id */                             \
    X(DoingSaveOffer, "doing-save-offer")                              /* (a clause) id */                             \
    X(DoingListClients, "doing-list-clients")                          /* (a clause) */                                \
    X(DoingFindClient, "doing-find-client")                            /* (a clause) */                                \
    X(DoingReadClient, "doing-read-client")                            /* (a clause) */                                \
    X(DoingAddClient, "doing-add-client")                              /* (a clause) name */                           \
    X(DoingSaveClient, "doing-save-client")                            /* (a clause) name */                           \
    X(DoingDeleteClient, "doing-delete-client")                        /* (a clause) */                                \
    X(DoingListPlans, "doing-list-plans")                              /* (a clause) */                                \
    X(DoingSavePlan, "doing-save-plan")                                /* (a clause) */                                \
    X(DoingReadPlan, "doing-read-plan")                                /* (a clause) */                                \
    X(DoingDeletePlan, "doing-delete-plan")                            /* (a clause) */                                \
    X(DoingAddNote, "doing-add-note")                                  /* (a clause) client name */                    \
    X(DoingReadNotes, "doing-read-notes")                              /* (a clause) */                                \
    X(DoingSaveNote, "doing-save-note")                                /* (a clause) */                                \
    X(DoingDeleteNote, "doing-delete-note")                            /* (a clause) */                                \
    X(DoingSetUpTeam, "doing-set-up-team")                             /* (a clause) */                                \
    X(DoingAddTeamMember, "doing-add-team-member")                     /* (a clause) name */                           \
    X(DoingListTeam, "doing-list-team")                                /* (a clause) */                                \
    X(DoingShareClient, "doing-share-client")                          /* (a clause) client name */                    \
    X(DoingReassignClient, "doing-reassign-client")                    /* (a clause) client name */                    \
    X(DoingTransfer, "doing-transfer")                                 /* (a clause) */                                \
    /* copying between workspaces (store/workspace_transfer.h): what differs on the target */                          \
    X(TransferSameWorkspace, "transfer-same-workspace")   /* path */                                                   \
    X(TransferCatalogDiffers, "transfer-catalog-differs") /* target's revision, this one's, their credential counts */ \
    X(TransferNameShared, "transfer-name-shared")         /* clients of the name here, on the target */                \
    X(TransferPlanCountDiffers, "transfer-plan-count-differs") /* on the target, here */                               \
    X(TransferNoteCountDiffers, "transfer-note-count-differs") /* on the target, here */                               \
    X(TransferGoalCountDiffers, "transfer-goal-count-differs") /* on the target, here */                               \
    X(TransferPlanDiffers, "transfer-plan-differs")            /* plan version */                                      \
    X(TransferGoalDiffers, "transfer-goal-differs")            /* goal id */                                           \
    X(TransferNoteDiffers, "transfer-note-differs")            /* the note's date and time */                          \
    X(TransferClientDiffers, "transfer-client-differs")        /* clauses: the parts (TransferPart codes) */           \
    X(TransferPartContact, "transfer-part-contact")            /* (a clause) */                                        \
    X(TransferPartNotes, "transfer-part-notes")                /* (a clause) */                                        \
    X(TransferPartCatalog, "transfer-part-catalog")            /* (a clause) */                                        \
    X(TransferPartProfile, "transfer-part-profile")            /* (a clause) */                                        \
    X(TransferAddedMeanwhile, "transfer-added-meanwhile")      /* */                                                   \
    /* the requirement text form's syntax (parseRequirementText); "found" is a character in quotes or a clause */      \
    X(RequirementTextAfterEnd, "requirement-text-after-end")                          /* found */                      \
    X(RequirementTextExpected, "requirement-text-expected")                           /* character, found */           \
    X(RequirementTextTooDeep, "requirement-text-too-deep")                            /* most groups */                \
    X(RequirementTextExpectedItem, "requirement-text-expected-item")                  /* found */                      \
    X(RequirementTextUnknownItemKind, "requirement-text-unknown-item-kind")           /* word */                       \
    X(RequirementTextUnknownGroup, "requirement-text-unknown-group")                  /* word */                       \
    X(RequirementTextBareWord, "requirement-text-bare-word")                          /* word */                       \
    X(RequirementTextExpectedCredentialId, "requirement-text-expected-credential-id") /* found */                      \
    X(RequirementTextExpectedSkillId, "requirement-text-expected-skill-id")           /* found */                      \
    X(RequirementTextExpectedLevel, "requirement-text-expected-level")        /* skill id, least, most, found */       \
    X(RequirementTextLevelOutOfRange, "requirement-text-level-out-of-range")  /* least, most, digits */                \
    X(RequirementTextExpectedMinCount, "requirement-text-expected-min-count") /* found */                              \
    X(RequirementTextMinBelowOne, "requirement-text-min-below-one")           /* digits */                             \
    X(RequirementTextEmptyGroup, "requirement-text-empty-group")              /* */                                    \
    X(RequirementTextTrailingComma, "requirement-text-trailing-comma")        /* */                                    \
    X(RequirementTextExpectedCommaOrClose, "requirement-text-expected-comma-or-close") /* group word, found */         \
    X(RequirementTextMinAboveMembers, "requirement-text-min-above-members")            /* k, members */                \
    X(RequirementTextFoundEnd, "requirement-text-found-end")         /* (a clause: what was found) */                  \
    X(RequirementTextFoundControl, "requirement-text-found-control") /* (a clause) code point in hex */                \
    X(RequirementTextFoundByte, "requirement-text-found-byte")       /* (a clause) a byte that is not UTF-8, hex */    \
    /* io's reading errors, worded by text::LoadWords (io::LoadError::what): a JSON file's syntax */                   \
    X(JsonEmpty, "json-empty")                                      /* */                                              \
    X(JsonAfterEnd, "json-after-end")                               /* found */                                        \
    X(JsonFoundEnd, "json-found-end")                               /* (a clause: what was found) */                   \
    X(JsonFoundControl, "json-found-control")                       /* (a clause) code point in hex */                 \
    X(JsonFoundArray, "json-found-array")                           /* (a clause) */                                   \
    X(JsonFoundObject, "json-found-object")                         /* (a clause) */                                   \
    X(JsonEndInValue, "json-end-in-value")                          /* */                                              \
    X(JsonTooDeep, "json-too-deep")                                 /* most levels */                                  \
    X(JsonSingleQuotes, "json-single-quotes")                       /* */                                              \
    X(JsonComment, "json-comment")                                  /* */                                              \
    X(JsonPlusSign, "json-plus-sign")                               /* */                                              \
    X(JsonLeadingPoint, "json-leading-point")                       /* */                                              \
    X(JsonNotANumber, "json-not-a-number")                          /* word */                                         \
    X(JsonUnexpectedWord, "json-unexpected-word")                   /* word */                                         \
    X(JsonExpectedValue, "json-expected-value")                     /* found */                                        \
    X(JsonTrailingCommaObject, "json-trailing-comma-object")        /* */                                              \
    X(JsonObjectNotClosed, "json-object-not-closed")                /* */                                              \
    X(JsonSingleQuotedName, "json-single-quoted-name")              /* */                                              \
    X(JsonExpectedName, "json-expected-name")                       /* found */                                        \
    X(JsonDuplicateField, "json-duplicate-field")                   /* key, first line, first column */                \
    X(JsonExpectedColon, "json-expected-colon")                     /* key, found */                                   \
    X(JsonMissingComma, "json-missing-comma")                       /* */                                              \
    X(JsonExpectedCommaOrBrace, "json-expected-comma-or-brace")     /* key, found */                                   \
    X(JsonTrailingCommaArray, "json-trailing-comma-array")          /* */                                              \
    X(JsonArrayNotClosed, "json-array-not-closed")                  /* */                                              \
    X(JsonExpectedCommaOrBracket, "json-expected-comma-or-bracket") /* found */                                        \
    X(JsonExpectedHex, "json-expected-hex")                         /* found */                                        \
    X(JsonLoneHighSurrogate, "json-lone-high-surrogate")            /* */                                              \
    X(JsonLoneLowSurrogate, "json-lone-low-surrogate")              /* */                                              \
    X(JsonEndInString, "json-end-in-string")                        /* */                                              \
    X(JsonBadEscape, "json-bad-escape")                             /* character */                                    \
    X(JsonStringNotClosed, "json-string-not-closed")                /* */                                              \
    X(JsonStringNotClosedOnLine, "json-string-not-closed-on-line")  /* */                                              \
    X(JsonControlInString, "json-control-in-string")                /* found */                                        \
    X(JsonStringNotUtf8, "json-string-not-utf8")                    /* */                                              \
    X(JsonLeadingZeros, "json-leading-zeros")                       /* */                                              \
    X(JsonDigitAfterMinus, "json-digit-after-minus")                /* found */                                        \
    X(JsonDigitAfterPoint, "json-digit-after-point")                /* found */                                        \
    X(JsonDigitInExponent, "json-digit-in-exponent")                /* found */                                        \
    X(JsonUnexpectedInNumber, "json-unexpected-in-number")          /* found */                                        \
    X(JsonNumberTooLarge, "json-number-too-large")                  /* number as written */                            \
    /* a Cairn JSON document's format and version */                                                                   \
    X(JsonReadsVersion, "json-reads-version")             /* (a clause) format, version */                             \
    X(JsonReadsVersions, "json-reads-versions")           /* (a clause) format, first, last version */                 \
    X(JsonDocumentNotObject, "json-document-not-object")  /* format, found */                                          \
    X(JsonFormatMissing, "json-format-missing")           /* reads (a clause) */                                       \
    X(JsonUnknownFormat, "json-unknown-format")           /* found, reads */                                           \
    X(JsonVersionMissing, "json-version-missing")         /* reads */                                                  \
    X(JsonVersionUnsupported, "json-version-unsupported") /* format, found, reads */                                   \
    /* a JSON object's fields; found: a value as written or a JsonFound… clause; what: JsonWhat… */                \
    X(JsonNotObject, "json-not-object")                              /* what, found */                                 \
    X(JsonUnknownField, "json-unknown-field")                        /* key, what, its fields */                       \
    X(JsonUnknownFieldDidYouMean, "json-unknown-field-did-you-mean") /* key, what, the field meant */                  \
    X(JsonFieldMissing, "json-field-missing")                        /* key, what */                                   \
    X(JsonNotString, "json-not-string")                              /* field (text or a JsonEachOf clause), found */  \
    X(JsonNotId, "json-not-id")                                      /* field, found */                                \
    X(JsonNotDate, "json-not-date")                                  /* field, found */                                \
    X(JsonNotDateOrNull, "json-not-date-or-null")                    /* field, found */                                \
    X(JsonDateOutOfRange, "json-date-out-of-range")                  /* field, first date, last date, found */         \
    X(JsonDateOutOfRangeOrNull, "json-date-out-of-range-or-null")    /* field, first date, last date, found */         \
    X(JsonNotNumberInRange, "json-not-number-in-range")              /* key, range, found */                           \
    X(JsonNotWholeNumber, "json-not-whole-number")                   /* key, least, most, found */                     \
    X(JsonNotWholeNumberAtLeast, "json-not-whole-number-at-least")   /* key, least, found */                           \
    X(JsonNotArray, "json-not-array")                                /* key, found */                                  \
    X(JsonNotBoolean, "json-not-boolean")                            /* key, found */                                  \
    X(JsonNotOneOf, "json-not-one-of")                               /* key, the words it may be, found */             \
    X(JsonEachOf, "json-each-of")                                    /* (a clause) key */                              \
    X(JsonEachStart, "json-each-start")                              /* (a clause) */                                  \
    X(JsonWhatSkillLevel, "json-what-skill-level")                   /* (a clause) */                                  \
    X(JsonWhatSkill, "json-what-skill")                              /* (a clause) */                                  \
    X(JsonWhatPace, "json-what-pace")                                /* (a clause) */                                  \
    X(JsonWhatCreditOffer, "json-what-credit-offer")                 /* (a clause) */                                  \
    X(JsonWhatCredential, "json-what-credential")                    /* (a clause) */                                  \
    X(JsonWhatProgram, "json-what-program")                          /* (a clause) */                                  \
    X(JsonWhatCategoryRule, "json-what-category-rule")               /* (a clause) */                                  \
    X(JsonWhatGoal, "json-what-goal")                                /* (a clause) */                                  \
    X(JsonWhatOffer, "json-what-offer")                              /* (a clause) */                                  \
    X(JsonWhatCatalog, "json-what-catalog")                          /* (a clause) */                                  \
    X(JsonWhatRange, "json-what-range")                              /* (a clause) */                                  \
    X(JsonWhatRenewal, "json-what-renewal")                          /* (a clause) */                                  \
    X(JsonWhatKeeping, "json-what-keeping")                          /* (a clause) */                                  \
    X(JsonWhatCompletionDates, "json-what-completion-dates")         /* (a clause) */                                  \
    X(JsonWhatProfile, "json-what-profile")                          /* (a clause) */                                  \
    X(JsonWhatRequirementGroup, "json-what-requirement-group")       /* (a clause) */                                  \
    X(JsonWhatFundingSource, "json-what-funding-source")             /* (a clause) */                                  \
    /* what catalogs, profiles and goals may hold */                                                                   \
    X(JsonOnlyForCohort, "json-only-for-cohort")                    /* key */                                          \
    X(JsonOnlyForCreditsGoal, "json-only-for-credits-goal")         /* key */                                          \
    X(JsonOnlyForSubscription, "json-only-for-subscription")        /* key */                                          \
    X(JsonStartsUnordered, "json-starts-unordered")                 /* date, the date before it */                     \
    X(JsonRequiresTooDeep, "json-requires-too-deep")                /* depth, most */                                  \
    X(JsonEstimatedNotAField, "json-estimated-not-a-field")         /* the fields, found */                            \
    X(JsonMaxBelowMin, "json-max-below-min")                        /* min found, max found */                         \
    X(JsonOfferCoverItem, "json-offer-cover-item")                  /* found */                                        \
    X(JsonOfferCoversNothing, "json-offer-covers-nothing")          /* */                                              \
    X(JsonCurrencyCode, "json-currency-code")                       /* currency as written */                          \
    X(JsonDatesNotCompleted, "json-dates-not-completed")            /* credential id */                                \
    X(JsonDatesTwice, "json-dates-twice")                           /* credential id */                                \
    X(JsonExpiresBeforeEarned, "json-expires-before-earned")        /* credential id, expires, earned */               \
    X(JsonBudgetNotNumber, "json-budget-not-number")                /* range, found */                                 \
    X(JsonRequirementItemInvalid, "json-requirement-item-invalid")  /* found, why (a clause: the parser's message)*/   \
    X(JsonRequirementItemEmpty, "json-requirement-item-empty")      /* */                                              \
    X(JsonRequirementGroupAsText, "json-requirement-group-as-text") /* found */                                        \
    X(JsonRequirementMembers, "json-requirement-members")           /* key, found */                                   \
    X(JsonRequirementShape, "json-requirement-shape")               /* found */                                        \
    X(JsonRequirementGroupKinds, "json-requirement-group-kinds")    /* */                                              \
    X(JsonRequirementGroupKind, "json-requirement-group-kind")      /* */                                              \
    X(JsonGroupMinAboveMembers, "json-group-min-above-members")     /* min, members */                                 \
    X(JsonTextLength, "json-text-length")                           /* key, most characters */                         \
    X(JsonGoalTooManySkills, "json-goal-too-many-skills")           /* most */                                         \
    X(JsonGoalSkillUnnamed, "json-goal-skill-unnamed")              /* */                                              \
    X(JsonFundingNameLength, "json-funding-name-length")            /* most characters */                              \
    X(JsonCapNotNumber, "json-cap-not-number")                      /* range, found */                                 \
    X(JsonFundingCoverItem, "json-funding-cover-item")              /* found */                                        \
    X(JsonTooManyFundingSources, "json-too-many-funding-sources")   /* count, most */                                  \
    /* reading a file at all (FileContent::error, a clause without the file's name) */                                 \
    X(FileCannotOpen, "file-cannot-open")           /* the system's reason */                                          \
    X(FileCannotRead, "file-cannot-read")           /* the system's reason */                                          \
    X(FileTooLarge, "file-too-large")               /* most MiB */                                                     \
    X(FileWriteNoName, "file-write-no-name")        /* */                                                              \
    X(FileWriteFolder, "file-write-folder")         /* path */                                                         \
    X(FileWriteNotAFile, "file-write-not-a-file")   /* path */                                                         \
    X(FileWriteNoFolder, "file-write-no-folder")    /* path, folder */                                                 \
    X(FileWriteFailed, "file-write-failed")         /* path, why (the system's words or a clause) */                   \
    X(FileWriteUnfinished, "file-write-unfinished") /* path, why */                                                    \
    X(FileDiskFull, "file-disk-full")               /* (a clause: why a write failed) */                               \
    X(FileNoReason, "file-no-reason")               /* (a clause) */                                                   \
    /* Cairn's ESCO data */                                                                                            \
    X(EscoEmpty, "esco-empty")                                       /* */                                             \
    X(EscoBadHeader, "esco-bad-header")                              /* */                                             \
    X(EscoNotUtf8, "esco-not-utf8")                                  /* */                                             \
    X(EscoUnknownRecord, "esco-unknown-record")                      /* record letter */                               \
    X(EscoFieldCount, "esco-field-count")                            /* record letter, fields, expected */             \
    X(EscoSkillIdLength, "esco-skill-id-length")                     /* most characters */                             \
    X(EscoOccupationIdLength, "esco-occupation-id-length")           /* most characters */                             \
    X(EscoTooManySkills, "esco-too-many-skills")                     /* most */                                        \
    X(EscoTooManyOccupations, "esco-too-many-occupations")           /* most */                                        \
    X(EscoSkillType, "esco-skill-type")                              /* */                                             \
    X(EscoReuseLevel, "esco-reuse-level")                            /* */                                             \
    X(EscoSkillNumber, "esco-skill-number")                          /* found */                                       \
    X(EscoLabelsFirst, "esco-labels-first")                          /* */                                             \
    X(EscoLanguage, "esco-language")                                 /* */                                             \
    X(EscoPreferredLength, "esco-preferred-length")                  /* most bytes */                                  \
    X(EscoAlternativeLength, "esco-alternative-length")              /* most bytes */                                  \
    X(EscoTooManyAlternatives, "esco-too-many-alternatives")         /* most */                                        \
    X(EscoNoSuchSkill, "esco-no-such-skill")                         /* skill number, skills */                        \
    X(EscoOccupationWithoutLabels, "esco-occupation-without-labels") /* occupation id */                               \
    X(EscoSkillWithoutLabels, "esco-skill-without-labels")           /* skill id */                                    \
    /* Cairn's O*NET data */                                                                                           \
    X(OnetEmpty, "onet-empty")                              /* */                                                      \
    X(OnetBadHeader, "onet-bad-header")                     /* */                                                      \
    X(OnetNotUtf8, "onet-not-utf8")                         /* */                                                      \
    X(OnetUnknownRecord, "onet-unknown-record")             /* record letter */                                        \
    X(OnetTooManyRecords, "onet-too-many-records")          /* most */                                                 \
    X(OnetTextLength, "onet-text-length")                   /* field, most bytes */                                    \
    X(OnetCode, "onet-code")                                /* found */                                                \
    X(OnetDuplicateOccupation, "onet-duplicate-occupation") /* code */                                                 \
    X(OnetTechnologyNumber, "onet-technology-number")       /* found */                                                \
    X(OnetNoSuchTechnology, "onet-no-such-technology")      /* technology number, technologies */                      \
    /* Open Badges and CTDL documents */                                                                               \
    X(BadgeNotRecognised, "badge-not-recognised")                      /* */                                           \
    X(CtdlTooDeep, "ctdl-too-deep")                                    /* */                                           \
    X(CtdlArrayItemNotNode, "ctdl-array-item-not-node")                /* path */                                      \
    X(CtdlNotObjectOrArray, "ctdl-not-object-or-array")                /* */                                           \
    X(CtdlGraphNotArray, "ctdl-graph-not-array")                       /* path prefix ("" or "x.") */                  \
    X(CtdlEnvelopeNotDecoded, "ctdl-envelope-not-decoded")             /* */                                           \
    X(CtdlDocumentNotNode, "ctdl-document-not-node")                   /* */                                           \
    X(CtdlNotNode, "ctdl-not-node")                                    /* path */                                      \
    X(CtdlNoNode, "ctdl-no-node")                                      /* */                                           \
    X(CtdlPlaceholder, "ctdl-placeholder")                             /* the text written */                          \
    X(BadgeEndorsement, "badge-endorsement")                           /* (skipped) */                                 \
    X(BadgeClrWithoutAchievements, "badge-clr-without-achievements")   /* (skipped) */                                 \
    X(CtdlPathwayCreditsOnly, "ctdl-pathway-credits-only")             /* goal id (a pathway refused) */               \
    X(CtdlMissingOwner, "ctdl-missing-owner")                          /* (a required field the pathway lacks) */      \
    X(CtdlMissingPathwayWebpage, "ctdl-missing-pathway-webpage")       /* (the same) */                                \
    X(CtdlMissingComponentWebpages, "ctdl-missing-component-webpages") /* components without one */                    \
    /* the rows of a credential CSV file (store/credential_csv.cpp, store/csv.cpp) */                                  \
    X(CsvNulByte, "csv-nul-byte")                          /* */                                                       \
    X(CsvNotUtf8, "csv-not-utf8")                          /* the byte in hex */                                       \
    X(CsvQuoteNotClosed, "csv-quote-not-closed")           /* */                                                       \
    X(CsvQuoteInsideField, "csv-quote-inside-field")       /* */                                                       \
    X(CsvTextAfterQuote, "csv-text-after-quote")           /* */                                                       \
    X(CsvEmpty, "csv-empty")                               /* */                                                       \
    X(CsvUnknownColumn, "csv-unknown-column")              /* column, the columns */                                   \
    X(CsvColumnTwice, "csv-column-twice")                  /* column */                                                \
    X(CsvColumnMissing, "csv-column-missing")              /* column */                                                \
    X(CsvFieldCount, "csv-field-count")                    /* fields, header's fields */                               \
    X(CsvDuplicateId, "csv-duplicate-id")                  /* id, first line */                                        \
    X(CsvIdMissing, "csv-id-missing")                      /* */                                                       \
    X(CsvNotAnId, "csv-not-an-id")                         /* text */                                                  \
    X(CsvAsOfNotADate, "csv-as-of-not-a-date")             /* text */                                                  \
    X(CsvNotEstimable, "csv-not-estimable")                /* text, the fields */                                      \
    X(CsvNotANumber, "csv-not-a-number")                   /* text */                                                  \
    X(CsvCostNotANumber, "csv-cost-not-a-number")          /* text */                                                  \
    X(CsvPace, "csv-pace")                                 /* text */                                                  \
    X(CsvWeeksWithoutCohort, "csv-weeks-without-cohort")   /* */                                                       \
    X(CsvStartsWithoutCohort, "csv-starts-without-cohort") /* */                                                       \
    X(CsvWeeksMissing, "csv-weeks-missing")                /* most weeks */                                            \
    X(CsvWeeksInvalid, "csv-weeks-invalid")                /* text, most weeks */                                      \
    X(CsvStartNotADate, "csv-start-not-a-date")            /* text */                                                  \
    X(CsvGrant, "csv-grant")                               /* text, least level, most level */                         \
    X(CsvRequirementInvalid, "csv-requirement-invalid")    /* why (a clause: the requirement parser's message) */      \
    X(CsvGroupsTooDeep, "csv-groups-too-deep")             /* depth, most */                                           \
    X(CsvCreditOffer, "csv-credit-offer")                  /* text */

struct Message;

/// One fact a message names. Which fields are set depends on the kind.
struct MessageArg {
    enum class Kind {
        Text,    ///< as written: an id, a field name, a requirement item ("skill:sql@2"), a category
        Name,    ///< a credential, goal, skill, program or offer: its title (`text`) and `id`
        Number,  ///< a figure as given (`value`), any size, NaN and infinities included
        Count,   ///< a whole number (`value`)
        Date,    ///< `date`
        Range,   ///< `value` to `max`, or above `value` when `aboveMin`
        Money,   ///< `value` in the currency `text`
        Names,   ///< `names`, each a Name
        Texts,   ///< `names`, each a Text
        Clauses, ///< `clauses`: what is missing, each a message of its own
    };
    /// What a Name is, for the sentences that start with it ("Credential “SQL” (sql)").
    enum class Noun { None, Credential, Goal, Skill, Program, Offer };

    Kind kind = Kind::Text;
    Noun noun = Noun::None;
    std::string text;
    std::string id;
    double value = 0;
    double max = 0;
    bool aboveMin = false;
    Date date;
    std::vector<MessageArg> names;
    std::vector<Message> clauses;

    bool operator==(const MessageArg&) const;
};

/// A sentence as data. `Recorded` carries a sentence an earlier Cairn stored, in its words.
struct Message {
    enum class Code {
#define CAIRN_MESSAGE_ENUM(name, text) name,
        CAIRN_MESSAGE_CODES(CAIRN_MESSAGE_ENUM)
#undef CAIRN_MESSAGE_ENUM
    };

    Code code = Code::Recorded;
    std::vector<MessageArg> args;

    // Written out rather than defaulted: Message and MessageArg contain each other, and
    // clang 14 crashes instantiating the defaulted comparison of that recursion.
    bool operator==(const Message&) const;
};

/// The sentences of a plan's reason (Plan::reason), one after another.
using Sentences = std::vector<Message>;

/// Stable name of a code ("budget-too-small"), and the code of a name.
[[nodiscard]] const char* codeName(Message::Code code);
[[nodiscard]] std::optional<Message::Code> codeFromName(std::string_view name);

/// Building arguments, so that a message reads as one line where it is made.
namespace arg {
MessageArg text(std::string text);
MessageArg name(MessageArg::Noun noun, std::string title, std::string id);
MessageArg number(double value);
MessageArg count(long long value);
MessageArg date(Date date);
MessageArg range(const NumberRange& range);
MessageArg money(double amount, std::string currency);
MessageArg names(std::vector<MessageArg> names);
MessageArg texts(const std::vector<std::string>& texts);
MessageArg clauses(std::vector<Message> clauses);
} // namespace arg

} // namespace cairn
