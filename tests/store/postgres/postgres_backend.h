#pragma once

#include "private_cluster.h"
#include "workspace_backends.h"

namespace cairn::store::test {

/// Each workspace a database of its own on the private cluster, created empty on request.
std::unique_ptr<Backend> postgresBackend(cairn::test::PrivateCluster& cluster);

/// The cluster the executable started (see postgres/main.cpp).
cairn::test::PrivateCluster& cluster();
void useCluster(cairn::test::PrivateCluster* cluster);

} // namespace cairn::store::test
