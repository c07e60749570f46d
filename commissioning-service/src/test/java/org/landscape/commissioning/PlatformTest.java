package org.landscape.commissioning;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.landscape.testsupport.PostgresTestResource;
import org.landscape.testsupport.ServicePlatformContract;

/** The suite's platform contract, run against this service and a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class PlatformTest extends ServicePlatformContract {}
